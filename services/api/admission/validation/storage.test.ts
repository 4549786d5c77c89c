import test from "ava";
import { defaultPersistentVolume, defaultStorageClass } from "../defaults/storage.ts";
import { validatePersistentVolume, validatePersistentVolumeUpdate, validateStorageClass, validateStorageClassUpdate } from "./storage.ts";

function volume(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = { spec: { capacity: { storage: "5Gi" }, accessModes: ["ReadWriteOnce"], hostPath: { path: "/srv/pv" }, ...spec } };
  defaultPersistentVolume(value);
  return value;
}

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("a volume needs a storage capacity and access modes", (t) => {
  t.deepEqual(validatePersistentVolume(volume()), []);
  t.deepEqual(validatePersistentVolume(volume({ hostPath: undefined })), [], "a volume may have no source yet");
  t.deepEqual(problems(validatePersistentVolume(volume({ capacity: {}, accessModes: [] }))), ["spec.accessModes FieldValueRequired", "spec.capacity FieldValueRequired"]);
  t.deepEqual(problems(validatePersistentVolume(volume({ capacity: { storage: "5Gi", cpu: "1" } }))), ["spec.capacity FieldValueNotSupported"]);
  t.deepEqual(problems(validatePersistentVolume(volume({ capacity: { storage: "five" }, accessModes: ["ReadWriteAll"] }))), [
    "spec.accessModes FieldValueNotSupported",
    "spec.capacity[storage] FieldValueInvalid",
  ]);
});

test("a volume has at most one source, each with a clean path", (t) => {
  t.deepEqual(problems(validatePersistentVolume(volume({ local: { path: "/mnt" }, nodeAffinity: { required: { nodeSelectorTerms: [] } } }))), ["spec.local FieldValueForbidden"]);
  t.deepEqual(problems(validatePersistentVolume(volume({ hostPath: { path: "/srv/../etc" } }))), ["spec.hostPath.path FieldValueInvalid"]);
  t.deepEqual(problems(validatePersistentVolume(volume({ hostPath: undefined, local: { path: "" } }))), ["spec.local.path FieldValueRequired", "spec.nodeAffinity FieldValueRequired"]);
});

test("reclaim policy and volume mode must be known", (t) => {
  t.deepEqual(problems(validatePersistentVolume(volume({ persistentVolumeReclaimPolicy: "Shred", volumeMode: "Raw" }))), [
    "spec.persistentVolumeReclaimPolicy FieldValueNotSupported",
    "spec.volumeMode FieldValueNotSupported",
  ]);
});

test("a volume's source and mode are fixed after creation", (t) => {
  t.deepEqual(validatePersistentVolumeUpdate(volume({ capacity: { storage: "10Gi" } }), volume()), []);
  t.deepEqual(problems(validatePersistentVolumeUpdate(volume({ hostPath: { path: "/elsewhere" }, volumeMode: "Block" }), volume())), [
    "spec.persistentvolumesource FieldValueForbidden",
    "spec.volumeMode FieldValueInvalid",
  ]);
});

test("storage classes need a qualified provisioner and known policies", (t) => {
  const storageClass = (fields: Record<string, unknown>) => {
    const value: Record<string, any> = { provisioner: "troupe.io/local", ...fields };
    defaultStorageClass(value);
    return value;
  };
  t.deepEqual(validateStorageClass(storageClass({})), []);
  t.deepEqual(problems(validateStorageClass(storageClass({ provisioner: "" }))), ["provisioner FieldValueRequired"]);
  t.deepEqual(problems(validateStorageClass(storageClass({ provisioner: "a/b/c", reclaimPolicy: "Recycle", volumeBindingMode: "Later" }))), [
    "provisioner FieldValueInvalid",
    "reclaimPolicy FieldValueNotSupported",
    "volumeBindingMode FieldValueNotSupported",
  ]);
});

test("a storage class only changes in labels and annotations", (t) => {
  const old = { provisioner: "troupe.io/local", parameters: { path: "/srv" }, reclaimPolicy: "Delete", volumeBindingMode: "Immediate" };
  t.deepEqual(validateStorageClassUpdate({ ...old, metadata: { labels: { a: "b" } } }, old), []);
  t.deepEqual(problems(validateStorageClassUpdate({ provisioner: "x.io/y", parameters: { path: "/other" }, reclaimPolicy: "Retain", volumeBindingMode: "WaitForFirstConsumer" }, old)), [
    "parameters FieldValueForbidden",
    "provisioner FieldValueForbidden",
    "reclaimPolicy FieldValueForbidden",
    "volumeBindingMode FieldValueInvalid",
  ]);
});

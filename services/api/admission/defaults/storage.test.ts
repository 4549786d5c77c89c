import test from "ava";
import { defaultPersistentVolume, defaultPersistentVolumeClaim, defaultStorageClass } from "./storage.ts";

test("claims default to filesystem volumes and start pending", (t) => {
  const claim: Record<string, any> = { spec: { accessModes: ["ReadWriteOnce"] } };
  defaultPersistentVolumeClaim(claim);
  t.is(claim.spec.volumeMode, "Filesystem");
  t.is(claim.status.phase, "Pending");
});

test("volumes are retained by default and start pending", (t) => {
  const volume: Record<string, any> = { spec: { volumeMode: "Block" }, status: { phase: "Bound" } };
  defaultPersistentVolume(volume);
  t.like(volume.spec, { persistentVolumeReclaimPolicy: "Retain", volumeMode: "Block" });
  t.is(volume.status.phase, "Bound");
});

test("storage classes delete their volumes and bind immediately by default", (t) => {
  const storageClass: Record<string, any> = { provisioner: "troupe.io/local" };
  defaultStorageClass(storageClass);
  t.like(storageClass, { reclaimPolicy: "Delete", volumeBindingMode: "Immediate" });
});

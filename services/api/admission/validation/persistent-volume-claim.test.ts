import test from "ava";
import { defaultPersistentVolumeClaim } from "../defaults/storage.ts";
import { validatePersistentVolumeClaim, validatePersistentVolumeClaimUpdate } from "./persistent-volume-claim.ts";

function claim(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = { spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...spec } };
  defaultPersistentVolumeClaim(value);
  return value;
}

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("a claim needs valid access modes and a positive storage request", (t) => {
  t.deepEqual(validatePersistentVolumeClaim(claim()), []);
  const errors = validatePersistentVolumeClaim(claim({ accessModes: [], resources: { requests: {} } }));
  t.deepEqual(problems(errors), ["spec.accessModes FieldValueRequired", "spec.resources.requests[storage] FieldValueRequired"]);
  t.is(errors[0].message, "Required value: at least 1 access mode is required");
  t.deepEqual(problems(validatePersistentVolumeClaim(claim({ accessModes: ["ReadWriteOncePod", "ReadOnlyMany"], resources: { requests: { storage: "0" } } }))), [
    "spec.accessModes FieldValueForbidden",
    "spec.resources.requests[storage] FieldValueInvalid",
  ]);
});

test("a claim's class and volume mode must be valid", (t) => {
  t.deepEqual(problems(validatePersistentVolumeClaim(claim({ storageClassName: "Fast_SSD", volumeMode: "Raw" }))), [
    "spec.volumeMode FieldValueNotSupported",
    "spec.storageClassName FieldValueInvalid",
  ]);
});

test("a claim may grow and be bound, but nothing else changes", (t) => {
  t.deepEqual(validatePersistentVolumeClaimUpdate(claim({ resources: { requests: { storage: "2Gi" } }, volumeName: "pv-1" }), claim()), []);
  t.deepEqual(problems(validatePersistentVolumeClaimUpdate(claim({ resources: { requests: { storage: "512Mi" } } }), claim())), ["spec.resources.requests[storage] FieldValueForbidden"]);
  t.deepEqual(problems(validatePersistentVolumeClaimUpdate(claim({ accessModes: ["ReadWriteMany"] }), claim())), ["spec FieldValueForbidden"]);
  t.deepEqual(problems(validatePersistentVolumeClaimUpdate(claim({ volumeName: "pv-2" }), claim({ volumeName: "pv-1" }))), ["spec FieldValueForbidden"]);
});

import test from "ava";
import { validateVolumeMounts, validateVolumes } from "./volumes.ts";

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("volumes have unique DNS-label names", (t) => {
  const errors = validateVolumes([{ name: "data", emptyDir: {} }, { name: "data", emptyDir: {} }, { name: "Bad_Name", emptyDir: {} }, { emptyDir: {} }], "v");
  t.deepEqual(problems(errors), ["v[1].name FieldValueDuplicate", "v[2].name FieldValueInvalid", "v[3].name FieldValueRequired"]);
});

test("a volume has exactly one source", (t) => {
  const errors = validateVolumes([{ name: "none" }, { name: "two", emptyDir: {}, hostPath: { path: "/tmp" } }], "v");
  t.deepEqual(problems(errors), ["v[0] FieldValueRequired", "v[1].hostPath FieldValueForbidden"]);
  t.is(errors[0].message, "Required value: must specify a volume type");
});

test("volume sources need the name or path they point at", (t) => {
  const errors = validateVolumes([
    { name: "a", hostPath: { path: "", type: "Folder" } },
    { name: "b", configMap: { name: "", defaultMode: 0o1777 } },
    { name: "c", secret: { secretName: "", items: [{ key: "", path: "/abs" }, { key: "k", path: "../up" }] } },
    { name: "d", persistentVolumeClaim: { claimName: "" } },
    { name: "e", emptyDir: { sizeLimit: "lots" } },
  ], "v");
  t.deepEqual(problems(errors), [
    "v[0].hostPath.path FieldValueRequired",
    "v[0].hostPath.type FieldValueNotSupported",
    "v[1].configMap.name FieldValueRequired",
    "v[1].configMap.defaultMode FieldValueInvalid",
    "v[2].secret.secretName FieldValueRequired",
    "v[2].secret.items[0].key FieldValueRequired",
    "v[2].secret.items[0].path FieldValueInvalid",
    "v[2].secret.items[1].path FieldValueInvalid",
    "v[2].secret.items[1].path FieldValueInvalid",
    "v[3].persistentVolumeClaim.claimName FieldValueRequired",
    "v[4].emptyDir.sizeLimit FieldValueInvalid",
  ]);
});

test("mounts need a known volume and a unique absolute path", (t) => {
  const names = new Set(["data"]);
  t.deepEqual(validateVolumeMounts([{ name: "data", mountPath: "/data", subPath: "sub/dir" }], names, "m"), []);
  const errors = validateVolumeMounts([
    { name: "data", mountPath: "/data" },
    { name: "data", mountPath: "/data" },
    { name: "ghost", mountPath: "relative" },
    { name: "", mountPath: "" },
    { name: "data", mountPath: "/x", subPath: "../escape", mountPropagation: "Sideways" },
  ], names, "m");
  t.deepEqual(problems(errors), [
    "m[1].mountPath FieldValueInvalid",
    "m[2].name FieldValueInvalid",
    "m[2].mountPath FieldValueInvalid",
    "m[3].name FieldValueRequired",
    "m[3].mountPath FieldValueRequired",
    "m[4].subPath FieldValueInvalid",
    "m[4].mountPropagation FieldValueNotSupported",
  ]);
  t.is(errors[2].message, 'Invalid value: "relative": must be an absolute path');
});

test("downwardAPI and projected volumes are sources whose item paths stay inside the volume", (t) => {
  const errors = validateVolumes([
    { name: "ok", downwardAPI: { items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }] } },
    { name: "bad", downwardAPI: { items: [{ path: "../up", fieldRef: { fieldPath: "metadata.name" } }, { path: "both", fieldRef: { fieldPath: "metadata.name" }, resourceFieldRef: { resource: "limits.cpu" } }] } },
    { name: "proj", projected: { sources: [{ configMap: { name: "c", items: [{ key: "k", path: "/abs" }] } }, { secret: { name: "s" }, configMap: { name: "c" } }] } },
  ], "v");
  t.deepEqual(problems(errors), [
    "v[1].downwardAPI.items[0].path FieldValueInvalid",
    "v[1].downwardAPI.items[1] FieldValueInvalid",
    "v[2].projected.sources[0].configMap.items[0].path FieldValueInvalid",
    "v[2].projected.sources[1] FieldValueForbidden",
  ]);
});

import test from "ava";
import { isDns1123Label, isDns1123Subdomain } from "../../../../runtime/validation/names.ts";
import { validateObjectMeta, validateObjectMetaUpdate } from "./object-meta.ts";

const subdomain = { nameRule: isDns1123Subdomain, namespaced: true };

function fields(errors: Array<{ field: string }>): string[] {
  return errors.map((error) => error.field);
}

test("a name or a generateName prefix is required", (t) => {
  const errors = validateObjectMeta({}, subdomain);
  t.deepEqual(errors, [{ type: "FieldValueRequired", field: "metadata.name", message: "Required value: name or generateName is required" }]);
  t.deepEqual(validateObjectMeta({ generateName: "web-" }, subdomain), []);
  t.deepEqual(fields(validateObjectMeta({ generateName: "Web-" }, subdomain)), ["metadata.generateName"]);
});

test("names follow the kind's rule", (t) => {
  t.deepEqual(validateObjectMeta({ name: "a.b" }, subdomain), []);
  t.deepEqual(fields(validateObjectMeta({ name: "a.b" }, { nameRule: isDns1123Label, namespaced: false })), ["metadata.name"]);
});

test("namespaces must be DNS labels, and are forbidden on cluster-scoped kinds", (t) => {
  t.deepEqual(fields(validateObjectMeta({ name: "a", namespace: "Team" }, subdomain)), ["metadata.namespace"]);
  t.deepEqual(fields(validateObjectMeta({ name: "a", namespace: "team" }, { ...subdomain, namespaced: false })), ["metadata.namespace"]);
});

test("owner references need apiVersion, kind, name and uid, and at most one controller", (t) => {
  const errors = validateObjectMeta({
    name: "a",
    ownerReferences: [
      { apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: "1", controller: true },
      { apiVersion: "apps/", kind: "", name: "", uid: "", controller: true },
    ],
  }, subdomain);
  t.deepEqual(fields(errors), [
    "metadata.ownerReferences[1].apiVersion",
    "metadata.ownerReferences[1].kind",
    "metadata.ownerReferences[1].name",
    "metadata.ownerReferences[1].uid",
    "metadata.ownerReferences",
  ]);
  t.is(errors[0].message, 'Invalid value: "apps/": version must not be empty');
  t.true(errors[4].message.includes('Found "true" in references for ReplicaSet/web and /'));
});

test("finalizers are qualified names, and orphan excludes foreground deletion", (t) => {
  t.deepEqual(validateObjectMeta({ name: "a", finalizers: ["troupe.io/pvc-protection", "kubernetes"] }, subdomain), []);
  t.deepEqual(fields(validateObjectMeta({ name: "a", finalizers: ["ok", "not/a/name"] }, subdomain)), ["metadata.finalizers[1]"]);
  t.deepEqual(fields(validateObjectMeta({ name: "a", finalizers: ["orphan", "foregroundDeletion"] }, subdomain)), ["metadata.finalizers"]);
});

test("labels and annotations of the object are checked", (t) => {
  t.deepEqual(fields(validateObjectMeta({ name: "a", labels: { "a b": "c" }, annotations: { "/x": "y" } }, subdomain)), ["metadata.labels", "metadata.annotations"]);
});

test("updates keep name, namespace, uid and creation time", (t) => {
  const old = { name: "a", namespace: "n", uid: "u1", creationTimestamp: "2026-01-01T00:00:00Z", labels: { x: "1" } };
  t.deepEqual(validateObjectMetaUpdate({ ...old, labels: { x: "2" } }, old), []);
  const errors = validateObjectMetaUpdate({ name: "b", namespace: "m", uid: "u2", creationTimestamp: "" }, old);
  t.deepEqual(fields(errors), ["metadata.name", "metadata.namespace", "metadata.uid", "metadata.creationTimestamp"]);
  t.is(errors[0].message, 'Invalid value: "b": field is immutable');
});

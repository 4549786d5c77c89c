import test from "ava";
import { fieldSetFromFieldsV1, fieldsV1FromFieldSet } from "./field-set.ts";
import type { JsonObject } from "./json-value.ts";
import { recordUpdate, decodeManagedFields, encodeManagedFields } from "./managed-fields.ts";
import { serverSideApply } from "./server-side-apply.ts";

const manifest = (spec: JsonObject, labels: JsonObject = { app: "web" }): JsonObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "default", labels }, spec,
});
const template = (image: string, more: JsonObject[] = []): JsonObject => ({
  metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image }, ...more] },
});
const writer = (manager: string, time = "2026-12-02T10:00:00Z") => ({ manager, apiVersion: "apps/v1", subresource: "", time });
const apply = (live: JsonObject | undefined, config: JsonObject, manager: string, force = false) =>
  serverSideApply({ live, config, typeName: "Deployment", hasStatus: true, writer: writer(manager), force });
const update = (before: JsonObject, after: JsonObject, manager: string): JsonObject => {
  const managers = recordUpdate({ before, after, typeName: "Deployment", hasStatus: true, managers: decodeManagedFields((before.metadata as JsonObject).managedFields), writer: writer(manager, "2026-12-02T11:00:00Z") });
  return { ...after, metadata: { ...(after.metadata as JsonObject), managedFields: encodeManagedFields(managers) as never } };
};
const spec = (o: JsonObject) => o.spec as JsonObject;
const entries = (o: JsonObject) => (o.metadata as JsonObject).managedFields as JsonObject[];

test("apply records the configuration's fields in Kubernetes' FieldsV1 form", (t) => {
  const out = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "troupe");
  const [entry] = entries(out);
  t.like(entry, { manager: "troupe", operation: "Apply", apiVersion: "apps/v1", fieldsType: "FieldsV1" });
  t.deepEqual(entry.fieldsV1, {
    "f:metadata": { "f:labels": { "f:app": {} } },
    "f:spec": {
      "f:replicas": {},
      "f:template": { "f:metadata": { "f:labels": { "f:app": {} } }, "f:spec": { "f:containers": { 'k:{"name":"web"}': { ".": {}, "f:image": {}, "f:name": {} } } } },
    },
  });
});

test("field sets round-trip through FieldsV1", (t) => {
  const fields = { "f:metadata": { "f:labels": { ".": {}, "f:app": {} } }, "f:spec": { "f:ports": { 'k:{"port":80,"protocol":"TCP"}': { ".": {}, "f:port": {} } } } };
  t.deepEqual(fieldsV1FromFieldSet(fieldSetFromFieldsV1(fields)), fields);
});

test("apply removes fields the manager applied before and leaves out now", (t) => {
  const first = apply(undefined, manifest({ replicas: 2, template: template("web:1", [{ name: "side", image: "s:1" }]) }, { app: "web", tier: "fe" }), "troupe");
  const second = apply(first, manifest({ template: template("web:2") }), "troupe");
  t.false("replicas" in spec(second));
  t.deepEqual((second.metadata as JsonObject).labels, { app: "web" });
  t.deepEqual(((spec(second).template as JsonObject).spec as JsonObject).containers, [{ name: "web", image: "web:2" }]);
});

test("apply keeps a field another manager set by update (kubectl scale) when the manifest omits it", (t) => {
  const created = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "troupe");
  const scaled = update(created, { ...created, spec: { ...spec(created), replicas: 5 } }, "troupe-scale");
  t.deepEqual(entries(scaled).map((e) => `${e.manager}/${e.operation}`), ["troupe/Apply", "troupe-scale/Update"]);
  const reapplied = apply(scaled, manifest({ template: template("web:1") }), "troupe");
  t.is(spec(reapplied).replicas, 5);
});

test("apply of a value another manager owns is a conflict worded as Kubernetes words it", (t) => {
  const created = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "troupe");
  const scaled = update(created, { ...created, spec: { ...spec(created), replicas: 5 } }, "kubectl-client-side-apply");
  const error = t.throws(() => apply(scaled, manifest({ replicas: 2, template: template("web:1") }), "troupe")) as Error & { code: number; reason: string; details: { causes: unknown[] } };
  t.is(error.code, 409);
  t.is(error.reason, "Conflict");
  t.is(error.message, 'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1 at 2026-12-02T11:00:00Z: .spec.replicas');
  t.deepEqual(error.details.causes, [{ reason: "FieldManagerConflict", message: 'conflict with "kubectl-client-side-apply" using apps/v1 at 2026-12-02T11:00:00Z', field: ".spec.replicas" }]);
});

test("apply of the value another manager already set shares the field without conflict", (t) => {
  const created = apply(undefined, manifest({ replicas: 3, template: template("web:1") }), "a");
  const shared = apply(created, manifest({ replicas: 3 }), "b");
  t.is(spec(shared).replicas, 3);
  // a drops replicas: b still owns it, so it stays.
  const dropped = apply(shared, manifest({ template: template("web:1") }), "a");
  t.is(spec(dropped).replicas, 3);
});

test("force moves ownership of conflicting fields", (t) => {
  const created = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "a");
  const forced = apply(created, manifest({ replicas: 4 }), "b", true);
  t.is(spec(forced).replicas, 4);
  const fields = entries(forced).find((e) => e.manager === "a")?.fieldsV1 as JsonObject;
  t.false("f:replicas" in (fields["f:spec"] as JsonObject));
});

test("several conflicts are listed per manager", (t) => {
  const created = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "a");
  const error = t.throws(() => apply(created, manifest({ replicas: 2, template: template("web:2") }), "b")) as Error;
  t.is(error.message, 'Apply failed with 2 conflicts: conflicts with "a":\n- .spec.replicas\n- .spec.template.spec.containers[name="web"].image');
});

test("update records what it changed and takes it from other managers", (t) => {
  const created = apply(undefined, manifest({ replicas: 1, template: template("web:1") }), "troupe");
  const labelled = update(created, { ...created, metadata: { ...(created.metadata as JsonObject), annotations: { note: "x" } } }, "kubectl-annotate");
  const entry = entries(labelled).find((e) => e.manager === "kubectl-annotate");
  t.deepEqual(entry?.fieldsV1, { "f:metadata": { "f:annotations": { ".": {}, "f:note": {} } } });
  t.is(entry?.time, "2026-12-02T11:00:00Z");
});

test("a keyed list entry another manager added survives the first manager's re-apply", (t) => {
  const created = apply(undefined, manifest({ template: template("web:1") }), "a");
  const withSidecar = apply(created, manifest({ template: { spec: { containers: [{ name: "side", image: "s:1" }] } } }), "b");
  const again = apply(withSidecar, manifest({ template: template("web:2") }), "a");
  t.deepEqual(((spec(again).template as JsonObject).spec as JsonObject).containers, [{ name: "web", image: "web:2" }, { name: "side", image: "s:1" }]);
});

test("a merged keyed list takes the configuration's order and keeps other entries in place", (t) => {
  const live = manifest({ template: { spec: { containers: [{ name: "a", image: "a" }, { name: "x", image: "x" }, { name: "b", image: "b" }] } } });
  const out = apply(live, manifest({ template: { spec: { containers: [{ name: "b", image: "b2" }, { name: "a", image: "a" }, { name: "c", image: "c" }] } } }), "m");
  const names = ((spec(out).template as JsonObject).spec as JsonObject).containers as JsonObject[];
  t.deepEqual(names.map((c) => `${c.name}=${c.image}`), ["x=x", "b=b2", "a=a", "c=c"]);
});

test("ports are keyed by containerPort and protocol, TCP when left out", (t) => {
  const out = apply(undefined, manifest({ template: { spec: { containers: [{ name: "web", image: "w", ports: [{ containerPort: 80 }] }] } } }), "m");
  const fields = JSON.stringify(entries(out)[0].fieldsV1);
  t.true(fields.includes('"k:{\\"containerPort\\":80,\\"protocol\\":\\"TCP\\"}"'), fields);
});

import test from "ava";
import { validateEvent, validateLease, validateNamespace, validateNode } from "./cluster.ts";

function problems(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

test("namespace finalizers are standard or fully qualified", (t) => {
  t.deepEqual(validateNamespace({ spec: { finalizers: ["kubernetes", "troupe.io/cleanup"] } }), []);
  const errors = validateNamespace({ spec: { finalizers: ["cleanup", "a/b/c"] } });
  t.deepEqual(problems(errors), ["spec.finalizers[0] FieldValueInvalid", "spec.finalizers[1] FieldValueInvalid"]);
  t.is(errors[0].message, 'Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified');
});

test("node taints need a key, a label value and an effect, unique by key and effect", (t) => {
  t.deepEqual(validateNode({ spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }, { key: "dedicated", value: "gpu", effect: "NoExecute" }] } }), []);
  const errors = validateNode({
    spec: { taints: [{ key: "", effect: "NoSchedule" }, { key: "a", value: "bad value", effect: "Never" }, { key: "b", effect: "NoSchedule" }, { key: "b", effect: "NoSchedule" }] },
  });
  t.deepEqual(problems(errors), [
    "spec.taints[0].key FieldValueInvalid",
    "spec.taints[0].key FieldValueInvalid",
    "spec.taints[1].value FieldValueInvalid",
    "spec.taints[1].effect FieldValueNotSupported",
    "spec.taints[3] FieldValueDuplicate",
  ]);
  t.true(errors[4].message.endsWith("taints must be unique by key and effect pair"));
});

test("node capacity and allocatable are quantities", (t) => {
  t.deepEqual(validateNode({ status: { capacity: { cpu: "4", memory: "8Gi", pods: "110" } } }), []);
  t.deepEqual(problems(validateNode({ status: { allocatable: { memory: "8 GB" } } })), ["status.allocatable[memory] FieldValueInvalid"]);
});

test("events name their object and live in its namespace", (t) => {
  const event = (namespace: string, involved: Record<string, string>) => ({ metadata: { name: "e", namespace }, involvedObject: involved, type: "Normal" });
  t.deepEqual(validateEvent(event("shop", { kind: "Pod", name: "web", namespace: "shop" })), []);
  t.deepEqual(validateEvent(event("default", { kind: "Node", name: "node-a" })), []);
  t.deepEqual(problems(validateEvent(event("shop", { kind: "Node", name: "node-a" }))), ["involvedObject.namespace FieldValueInvalid"]);
  t.deepEqual(problems(validateEvent(event("shop", { namespace: "other" }))), [
    "involvedObject.kind FieldValueRequired",
    "involvedObject.name FieldValueRequired",
    "involvedObject.namespace FieldValueInvalid",
  ]);
  t.deepEqual(problems(validateEvent({ ...event("shop", { kind: "Pod", name: "web", namespace: "shop" }), type: "Info" })), ["type FieldValueNotSupported"]);
});

test("leases last a positive time and count transitions from zero", (t) => {
  t.deepEqual(validateLease({ spec: { holderIdentity: "a", leaseDurationSeconds: 15, leaseTransitions: 0 } }), []);
  t.deepEqual(problems(validateLease({ spec: { leaseDurationSeconds: 0, leaseTransitions: -1 } })), ["spec.leaseDurationSeconds FieldValueInvalid", "spec.leaseTransitions FieldValueInvalid"]);
});

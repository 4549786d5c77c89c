import test from "ava";
import { resolvePodPriority, SYSTEM_CLUSTER_CRITICAL } from "./priority-admission.ts";
import { validatePriorityClass, validatePriorityClassUpdate } from "./validation/priority-class.ts";

const high = { metadata: { name: "high" }, value: 1000, preemptionPolicy: "Never" };
const fallback = { metadata: { name: "normal" }, value: 10, globalDefault: true };

test("priorityClassName resolves to the class; none named takes the globalDefault; neither gives no class", (t) => {
  t.is(resolvePodPriority({ spec: { priorityClassName: "high" } }, [high, fallback]).priorityClass?.value, 1000);
  t.is(resolvePodPriority({ spec: {} }, [high, fallback]).priorityClass?.metadata?.name, "normal");
  t.deepEqual(resolvePodPriority({ spec: {} }, [high]), { priorityClass: undefined });
  t.deepEqual(resolvePodPriority({ spec: { priorityClassName: "missing" } }, [high]), { error: "no PriorityClass with name missing was found" });
});

test("the system classes exist without being stored", (t) => {
  t.is(resolvePodPriority({ spec: { priorityClassName: SYSTEM_CLUSTER_CRITICAL } }, []).priorityClass?.value, 2_000_000_000);
  t.is(resolvePodPriority({ spec: { priorityClassName: "system-node-critical" } }, []).priorityClass?.value, 2_000_001_000);
});

test("PriorityClass validation: user values up to 1e9, the system- prefix reserved, known preemption policies, immutable value", (t) => {
  t.deepEqual(validatePriorityClass(high), []);
  const fields = (errors: { field: string; type: string }[]) => errors.map((error) => `${error.field} ${error.type}`);
  t.deepEqual(fields(validatePriorityClass({ metadata: { name: "huge" }, value: 1_000_000_001 })), ["value FieldValueForbidden"]);
  t.deepEqual(fields(validatePriorityClass({ metadata: { name: "system-mine" }, value: 5 })), ["metadata.name FieldValueForbidden"]);
  t.deepEqual(validatePriorityClass({ metadata: { name: SYSTEM_CLUSTER_CRITICAL }, value: 2_000_000_000 }), []);
  const policy = validatePriorityClass({ metadata: { name: "p" }, value: 1, preemptionPolicy: "Sometimes" });
  t.is(policy[0]?.message, 'Unsupported value: "Sometimes": supported values: "Never", "PreemptLowerPriority"');
  t.deepEqual(fields(validatePriorityClassUpdate({ ...high, value: 5 }, high)), ["value FieldValueInvalid"]);
});

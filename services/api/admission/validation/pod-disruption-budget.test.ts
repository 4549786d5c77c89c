import test from "ava";
import { validatePodDisruptionBudget } from "./pod-disruption-budget.ts";

const budget = (spec: Record<string, unknown>) => ({ spec: { selector: { matchLabels: { app: "web" } }, ...spec } });
const messages = (spec: Record<string, unknown>) => validatePodDisruptionBudget(budget(spec)).map((error) => `${error.field}: ${error.message}`);

test("a disruption budget may bound minAvailable or maxUnavailable by a count or a percent", (t) => {
  t.deepEqual(messages({ minAvailable: { intVal: 2 } }), []);
  t.deepEqual(messages({ maxUnavailable: { strVal: "50%" } }), []);
  t.deepEqual(messages({ unhealthyPodEvictionPolicy: "AlwaysAllow", minAvailable: { strVal: "100%" } }), []);
});

test("a disruption budget refuses both bounds at once, as Kubernetes words it", (t) => {
  const [error] = messages({ minAvailable: { intVal: 1 }, maxUnavailable: { intVal: 1 } });
  t.true(error?.startsWith("spec: Invalid value: "));
  t.true(error?.endsWith(": minAvailable and maxUnavailable cannot be both set"));
});

test("a disruption budget refuses negative counts, percents over 100% and malformed percents", (t) => {
  t.deepEqual(messages({ minAvailable: { intVal: -1 } }), ["spec.minAvailable: Invalid value: -1: must be greater than or equal to 0"]);
  t.deepEqual(messages({ maxUnavailable: { strVal: "150%" } }), ['spec.maxUnavailable: Invalid value: "150%": must not be greater than 100%']);
  t.is(messages({ minAvailable: { strVal: "-5%" } }).length, 1);
  t.deepEqual(validatePodDisruptionBudget(budget({ unhealthyPodEvictionPolicy: "Never" })).map((error) => error.field), ["spec.unhealthyPodEvictionPolicy"]);
});

import test from "ava";
import { validateInterPodAffinity, validateTopologySpreadConstraints } from "./scheduling-constraints.ts";

function fields(errors: { field: string; type: string }[]): string[] {
  return errors.map((error) => `${error.field} ${error.type}`);
}

const spread = (overrides: Record<string, unknown> = {}) => ({ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "web" } }, ...overrides });

test("a valid spread constraint passes", (t) => {
  t.deepEqual(validateTopologySpreadConstraints([spread({ minDomains: 3, nodeAffinityPolicy: "Honor", nodeTaintsPolicy: "Ignore", matchLabelKeys: ["pod-template-hash"] })], "spec.topologySpreadConstraints"), []);
});

test("maxSkew 0 is refused with Kubernetes' field path and text", (t) => {
  const errors = validateTopologySpreadConstraints([spread({ maxSkew: 0 })], "spec.topologySpreadConstraints");
  t.deepEqual(fields(errors), ["spec.topologySpreadConstraints[0].maxSkew FieldValueInvalid"]);
  t.is(errors[0].message, "Invalid value: 0: must be greater than zero");
});

test("whenUnsatisfiable, policies, minDomains, duplicates and matchLabelKeys are checked", (t) => {
  const errors = validateTopologySpreadConstraints([
    spread({ whenUnsatisfiable: "Sometimes", nodeAffinityPolicy: "Maybe" }),
    spread({ whenUnsatisfiable: "ScheduleAnyway", minDomains: 0, matchLabelKeys: ["app"] }),
    spread({ whenUnsatisfiable: "ScheduleAnyway", topologyKey: "" }),
    spread(),
    spread(),
    spread({ labelSelector: undefined, topologyKey: "kubernetes.io/hostname", matchLabelKeys: ["x"] }),
  ], "s");
  t.deepEqual(fields(errors), [
    "s[0].whenUnsatisfiable FieldValueNotSupported",
    "s[0].nodeAffinityPolicy FieldValueNotSupported",
    "s[1].minDomains FieldValueInvalid",
    "s[1].minDomains FieldValueInvalid",
    "s[1].matchLabelKeys[0] FieldValueInvalid",
    "s[2].topologyKey FieldValueRequired",
    "s[4].{topologyKey, whenUnsatisfiable} FieldValueDuplicate",
    "s[5].matchLabelKeys FieldValueForbidden",
  ]);
  t.is(errors[0].message, 'Unsupported value: "Sometimes": supported values: "DoNotSchedule", "ScheduleAnyway"');
  t.is(errors[3].message, "Invalid value: 0: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway");
});

test("pod affinity terms need a topologyKey, valid selectors and weights in 1-100", (t) => {
  const errors = validateInterPodAffinity({
    podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "db" } }, topologyKey: "" }] },
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 101, podAffinityTerm: { topologyKey: "kubernetes.io/hostname", namespaces: ["Bad_NS"], labelSelector: { matchExpressions: [{ key: "app", operator: "Near" }] } } }],
      requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: { app: "web" } }, matchLabelKeys: ["v", "app"], mismatchLabelKeys: ["v"] }],
    },
  }, "spec.affinity");
  t.deepEqual(fields(errors), [
    "spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey FieldValueRequired",
    "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[1] FieldValueInvalid",
    "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].matchLabelKeys[0] FieldValueInvalid",
    "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight FieldValueInvalid",
    "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchExpressions[0].operator FieldValueInvalid",
    "spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaces[0] FieldValueInvalid",
  ]);
  t.is(errors[0].message, "Required value: can not be empty");
  t.is(errors[3].message, "Invalid value: 101: must be in the range 1-100");
});

import test from "ava";
import { defaultPodSpec } from "../defaults/pod.ts";
import { validatePodSpec } from "./pod-spec.ts";

function spec(overrides: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = { containers: [{ name: "web", image: "web:1" }], ...overrides };
  defaultPodSpec(value);
  return value;
}

function problems(value: Record<string, any>): string[] {
  return validatePodSpec(value, "spec").map((error) => `${error.field} ${error.type}`);
}

test("a defaulted pod spec with one container is valid", (t) => {
  t.deepEqual(problems(spec()), []);
});

test("a pod needs at least one container", (t) => {
  t.deepEqual(problems(spec({ containers: [] })), ["spec.containers FieldValueRequired"]);
});

test("container names are unique across init containers and containers", (t) => {
  const value = spec({ initContainers: [{ name: "web", image: "busybox" }] });
  t.deepEqual(problems(value), ["spec.containers[0].name FieldValueDuplicate"]);
});

test("host ports may not be claimed twice for the same protocol", (t) => {
  const value = spec({
    containers: [
      { name: "a", image: "a", ports: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 81, hostPort: 8080, protocol: "UDP" }] },
      { name: "b", image: "b", ports: [{ containerPort: 80, hostPort: 8080 }] },
    ],
  });
  const errors = validatePodSpec(value, "spec");
  t.deepEqual(errors.map((error) => error.field), ["spec.containers[1].ports[0].hostPort"]);
  t.is(errors[0].message, 'Duplicate value: "/TCP/8080"');
});

test("restart and DNS policies must be known values", (t) => {
  const value = spec({ restartPolicy: "Sometimes", dnsPolicy: "Google" });
  t.deepEqual(problems(value), ["spec.restartPolicy FieldValueNotSupported", "spec.dnsPolicy FieldValueNotSupported"]);
  t.true(validatePodSpec(value, "spec")[0].message.endsWith('supported values: "Always", "Never", "OnFailure"'));
});

test("grace periods may not be negative and deadlines must be positive", (t) => {
  t.deepEqual(problems(spec({ terminationGracePeriodSeconds: -1, activeDeadlineSeconds: 0 })), [
    "spec.terminationGracePeriodSeconds FieldValueInvalid",
    "spec.activeDeadlineSeconds FieldValueInvalid",
  ]);
});

test("tolerations use known operators and effects", (t) => {
  const value = spec({
    tolerations: [
      { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
      { operator: "Exists" },
      { key: "", operator: "Equal", value: "x" },
      { key: "a", operator: "Exists", value: "x" },
      { key: "a", operator: "Like" },
      { key: "a", value: "x", effect: "Sometimes" },
      { key: "a", value: "x", effect: "NoSchedule", tolerationSeconds: 5 },
    ],
  });
  t.deepEqual(problems(value), [
    "spec.tolerations[2].operator FieldValueInvalid",
    "spec.tolerations[3].operator FieldValueInvalid",
    "spec.tolerations[4].operator FieldValueNotSupported",
    "spec.tolerations[5].effect FieldValueNotSupported",
    "spec.tolerations[6].effect FieldValueInvalid",
  ]);
});

test("node selectors follow label syntax and node-facing names DNS rules", (t) => {
  const value = spec({ nodeSelector: { "kubernetes.io/os": "linux", "bad key": "x" }, nodeName: "Node_1", hostname: "a.b", schedulerName: "my-scheduler" });
  t.deepEqual(problems(value), ["spec.nodeSelector FieldValueInvalid", "spec.nodeName FieldValueInvalid", "spec.hostname FieldValueInvalid"]);
});

test("mounts may name claim templates when the spec belongs to a statefulset", (t) => {
  const value = spec({ containers: [{ name: "db", image: "db", volumeMounts: [{ name: "data", mountPath: "/data" }] }] });
  t.deepEqual(problems(value), ["spec.containers[0].volumeMounts[0].name FieldValueInvalid"]);
  t.deepEqual(validatePodSpec(value, "spec", { claimTemplateNames: ["data"] }), []);
});

test("volumes are checked as part of the spec", (t) => {
  t.deepEqual(problems(spec({ volumes: [{ name: "x", emptyDir: {} }, { name: "x", emptyDir: {} }] })), ["spec.volumes[1].name FieldValueDuplicate"]);
});

import test from "ava";
import { defaultPod } from "../defaults/pod.ts";
import { validatePod, validatePodUpdate } from "./pod.ts";

function pod(overrides: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = {
    metadata: { name: "web", namespace: "default" },
    spec: { containers: [{ name: "web", image: "web:1" }], tolerations: [{ key: "a", operator: "Exists" }], ...overrides },
  };
  defaultPod(value);
  return value;
}

test("a pod's spec is validated under spec", (t) => {
  t.deepEqual(validatePod(pod()), []);
  t.deepEqual(validatePod(pod({ containers: [{ name: "web" }] })).map((error) => error.field), ["spec.containers[0].image"]);
});

test("a pod update may change images, deadlines, grace periods and add tolerations", (t) => {
  const next = pod({
    containers: [{ name: "web", image: "web:2" }],
    activeDeadlineSeconds: 60,
    terminationGracePeriodSeconds: 5,
    tolerations: [{ key: "a", operator: "Exists" }, { key: "b", operator: "Exists" }],
  });
  t.deepEqual(validatePodUpdate(next, pod()), []);
});

test("binding a pod to a node is allowed once", (t) => {
  const bound = pod({ nodeName: "node-a" });
  t.deepEqual(validatePodUpdate(bound, pod()), []);
  t.deepEqual(validatePodUpdate(pod({ nodeName: "node-b" }), bound).map((error) => error.field), ["spec"]);
});

test("other pod spec changes are forbidden with Kubernetes' message", (t) => {
  const errors = validatePodUpdate(pod({ restartPolicy: "Never" }), pod());
  t.deepEqual(errors.map((error) => `${error.field} ${error.type}`), ["spec FieldValueForbidden"]);
  t.true(errors[0].message.startsWith("Forbidden: pod updates may not change fields other than `spec.containers[*].image`"));
});

test("existing tolerations may not be removed", (t) => {
  t.deepEqual(validatePodUpdate(pod({ tolerations: [] }), pod()).map((error) => error.field), ["spec.tolerations"]);
});

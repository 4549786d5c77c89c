import test from "ava";
import { defaultPodSpec } from "../defaults/pod.ts";
import { validateContainer } from "./container.ts";

const context = { volumeNames: new Set(["data"]), init: false };

function container(overrides: Record<string, unknown> = {}): Record<string, any> {
  const spec: Record<string, any> = { containers: [{ name: "web", image: "web:1", ...overrides }] };
  defaultPodSpec(spec);
  return spec.containers[0];
}

function problems(value: Record<string, any>, init = false): string[] {
  return validateContainer(value, "c", { ...context, init }).map((error) => `${error.field} ${error.type}`);
}

test("a defaulted container with a name and an image is valid", (t) => {
  t.deepEqual(problems(container()), []);
});

test("containers need a DNS-label name and an image without stray whitespace", (t) => {
  t.deepEqual(problems(container({ name: "", image: "" })), ["c.name FieldValueRequired", "c.image FieldValueRequired"]);
  t.deepEqual(problems(container({ name: "Web", image: " web " })), ["c.name FieldValueInvalid", "c.image FieldValueInvalid"]);
});

test("container ports need a valid number, name, host port and protocol", (t) => {
  const value = container({
    ports: [
      { containerPort: 80, name: "http" },
      { containerPort: 81, name: "http" },
      { containerPort: 82, name: "HTTP_2" },
      { containerPort: 83, hostPort: 70000 },
      { containerPort: 84, protocol: "ICMP" },
    ],
  });
  t.deepEqual(problems(value), [
    "c.ports[1].name FieldValueDuplicate",
    "c.ports[2].name FieldValueInvalid",
    "c.ports[2].name FieldValueInvalid",
    "c.ports[3].hostPort FieldValueInvalid",
    "c.ports[4].protocol FieldValueNotSupported",
  ]);
});

test("environment variables need valid names and exactly one source", (t) => {
  const value = container({
    env: [
      { name: "GOOD_NAME", value: "x" },
      { name: "1BAD" },
      { name: "" },
      { name: "NONE", valueFrom: {} },
      { name: "TWO", valueFrom: { fieldRef: { fieldPath: "metadata.name" }, secretKeyRef: { name: "s", key: "k" } } },
      { name: "BOTH", value: "x", valueFrom: { configMapKeyRef: { name: "c", key: "k" } } },
      { name: "KEYLESS", valueFrom: { secretKeyRef: { name: "s" } } },
    ],
  });
  t.deepEqual(problems(value), [
    "c.env[1].name FieldValueInvalid",
    "c.env[2].name FieldValueRequired",
    "c.env[3].valueFrom FieldValueInvalid",
    "c.env[4].valueFrom FieldValueInvalid",
    "c.env[5].valueFrom FieldValueInvalid",
    "c.env[6].valueFrom.secretKeyRef.key FieldValueRequired",
  ]);
});

test("envFrom takes one of a config map or a secret, with a valid prefix", (t) => {
  const value = container({ envFrom: [{ configMapRef: { name: "c" } }, {}, { prefix: "1X", secretRef: { name: "s" } }] });
  t.deepEqual(problems(value), ["c.envFrom[1] FieldValueInvalid", "c.envFrom[2].prefix FieldValueInvalid"]);
});

test("volume mounts must name a known volume", (t) => {
  t.deepEqual(problems(container({ volumeMounts: [{ name: "data", mountPath: "/data" }] })), []);
  t.deepEqual(problems(container({ volumeMounts: [{ name: "other", mountPath: "/other" }] })), ["c.volumeMounts[0].name FieldValueInvalid"]);
});

test("probes and hooks are validated on containers and forbidden on plain init containers", (t) => {
  const probed = { livenessProbe: { exec: { command: ["true"] } }, lifecycle: { preStop: { exec: { command: ["stop"] } } } };
  t.deepEqual(problems(container(probed)), []);
  t.deepEqual(problems(container(probed), true), ["c.livenessProbe FieldValueForbidden", "c.lifecycle FieldValueForbidden"]);
  t.deepEqual(problems(container({ ...probed, restartPolicy: "Always" }), true), [], "sidecars may have them");
});

test("container restart policy is only for init containers, and only Always", (t) => {
  t.deepEqual(problems(container({ restartPolicy: "Always" })), ["c.restartPolicy FieldValueForbidden"]);
  t.deepEqual(problems(container({ restartPolicy: "Never" }), true), ["c.restartPolicy FieldValueNotSupported"]);
});

test("pull and termination message policies must be known values", (t) => {
  t.deepEqual(problems(container({ imagePullPolicy: "Sometimes", terminationMessagePolicy: "Log" })), [
    "c.imagePullPolicy FieldValueNotSupported",
    "c.terminationMessagePolicy FieldValueNotSupported",
  ]);
});

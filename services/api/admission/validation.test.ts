import { readFileSync } from "node:fs";
import test from "ava";
import { parse } from "yaml";
import { objectFromJson } from "../../../runtime/codec/json-convert.ts";
import { decodeMessage, encodeMessage } from "../../../runtime/codec/protobuf.ts";
import { applyDefaults } from "./defaults.ts";
import { validateObject } from "./validation.ts";

const EXAMPLES = ["examples/web/deployment.yaml", "examples/web/service.yaml", "examples/redis/service.yaml", "examples/redis/statefulset.yaml"];

interface Manifest {
  kind: string;
  typeName: string;
  object: Record<string, any>;
}

function load(file: string): Manifest {
  const converted = objectFromJson(parse(readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8")));
  if (!converted.value) throw new Error(`${file}: ${JSON.stringify(converted.errors)}`);
  return { kind: converted.value.kind, typeName: converted.value.typeName, object: converted.value.message };
}

/** Defaults and validates like the API does on create, after it has set the namespace. */
function admit(kind: string, object: Record<string, any>) {
  object.metadata.namespace ||= "default";
  applyDefaults(kind, object);
  return validateObject(kind, object, { operation: "create" });
}

function fields(errors: Array<{ field: string }>): string[] {
  return errors.map((error) => error.field);
}

test("the example manifests validate with no errors after defaults", (t) => {
  for (const file of EXAMPLES) {
    const { kind, object } = load(file);
    t.deepEqual(admit(kind, object), [], file);
  }
});

test("the example manifests also validate when decoded from protobuf, and as an update of themselves", (t) => {
  for (const file of EXAMPLES) {
    const { kind, typeName, object } = load(file);
    const decoded = decodeMessage(typeName, encodeMessage(typeName, object));
    t.deepEqual(admit(kind, decoded), [], file);
    const next = load(file).object;
    next.metadata.namespace = "default";
    applyDefaults(kind, next);
    t.deepEqual(validateObject(kind, next, { operation: "update", old: decoded }), [], file);
  }
});

test("a deployment whose selector does not match its template labels is refused at the template labels", (t) => {
  const { kind, object } = load("examples/web/deployment.yaml");
  object.spec.template.metadata.labels = { app: "other" };
  const errors = admit(kind, object);
  t.deepEqual(fields(errors), ["spec.template.metadata.labels"]);
  t.is(errors[0].type, "FieldValueInvalid");
  t.is(errors[0].message, 'Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`');
});

test("a statefulset whose selector does not match its template labels is refused too", (t) => {
  const { kind, object } = load("examples/redis/statefulset.yaml");
  object.spec.selector.matchLabels = { app: "redis", tier: "cache" };
  t.deepEqual(fields(admit(kind, object)), ["spec.template.metadata.labels"]);
});

test("bad names are refused at metadata.name by the naming rule of the kind", (t) => {
  const deployment = load("examples/web/deployment.yaml");
  deployment.object.metadata.name = "Simple_Web";
  const deploymentErrors = admit(deployment.kind, deployment.object);
  t.deepEqual(fields(deploymentErrors), ["metadata.name"]);
  t.true(deploymentErrors[0].message.startsWith('Invalid value: "Simple_Web": a lowercase RFC 1123 subdomain'));

  const service = load("examples/web/service.yaml");
  service.object.metadata.name = "1-web";
  const serviceErrors = admit(service.kind, service.object);
  t.deepEqual(fields(serviceErrors), ["metadata.name"]);
  t.true(serviceErrors[0].message.includes("a DNS-1035 label"));

  t.deepEqual(fields(validateObject("Namespace", { metadata: { name: "team.a" } }, { operation: "create" })), ["metadata.name"]);
});

test("bad container names are refused at the container's path", (t) => {
  const { kind, object } = load("examples/web/deployment.yaml");
  object.spec.template.spec.containers[0].name = "Web_App";
  t.deepEqual(fields(admit(kind, object)), ["spec.template.spec.containers[0].name"]);
});

test("container ports 0 and 70000 are refused at their containerPort path", (t) => {
  const zero = load("examples/web/deployment.yaml");
  zero.object.spec.template.spec.containers[0].ports[0].containerPort = 0;
  const zeroErrors = admit(zero.kind, zero.object);
  t.deepEqual(fields(zeroErrors), ["spec.template.spec.containers[0].ports[0].containerPort"]);
  t.is(zeroErrors[0].type, "FieldValueRequired");

  const high = load("examples/web/deployment.yaml");
  high.object.spec.template.spec.containers[0].ports[0].containerPort = 70000;
  const highErrors = admit(high.kind, high.object);
  t.deepEqual(fields(highErrors), ["spec.template.spec.containers[0].ports[0].containerPort"]);
  t.is(highErrors[0].message, "Invalid value: 70000: must be between 1 and 65535, inclusive");
});

test("service ports 0 and 70000 are refused at their port path", (t) => {
  for (const port of [0, 70000]) {
    const { kind, object } = load("examples/web/service.yaml");
    object.spec.ports[0].port = port;
    object.spec.ports[0].targetPort = { intVal: 80 };
    t.deepEqual(fields(admit(kind, object)), ["spec.ports[0].port"], String(port));
  }
});

test("an unknown protocol is refused with the supported values listed", (t) => {
  const service = load("examples/web/service.yaml");
  service.object.spec.ports[0].protocol = "HTTP";
  const serviceErrors = admit(service.kind, service.object);
  t.deepEqual(fields(serviceErrors), ["spec.ports[0].protocol"]);
  t.is(serviceErrors[0].message, 'Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"');
  t.is(serviceErrors[0].type, "FieldValueNotSupported");

  const statefulSet = load("examples/redis/statefulset.yaml");
  statefulSet.object.spec.template.spec.containers[0].ports[0].protocol = "tcp";
  t.deepEqual(fields(admit(statefulSet.kind, statefulSet.object)), ["spec.template.spec.containers[0].ports[0].protocol"]);
});

test("an unknown service type lists the four supported types", (t) => {
  const { kind, object } = load("examples/web/service.yaml");
  object.spec.type = "Foo";
  const errors = admit(kind, object);
  t.true(fields(errors).includes("spec.type"));
  t.is(errors.find((error) => error.field === "spec.type")?.message, 'Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"');
});

test("a statefulset mount must name a volume or a volumeClaimTemplate", (t) => {
  const { kind, object } = load("examples/redis/statefulset.yaml");
  object.spec.template.spec.containers[0].volumeMounts[0].name = "cache";
  t.deepEqual(fields(admit(kind, object)), ["spec.template.spec.containers[0].volumeMounts[0].name"]);
});

test("a deployment cannot mount a claim template name it does not have", (t) => {
  const { kind, object } = load("examples/web/deployment.yaml");
  object.spec.template.spec.containers[0].volumeMounts = [{ name: "redis-data", mountPath: "/data" }];
  t.deepEqual(fields(admit(kind, object)), ["spec.template.spec.containers[0].volumeMounts[0].name"]);
});

test("updates may not rename an object or change a workload's selector", (t) => {
  const old = load("examples/web/deployment.yaml").object;
  admit("Deployment", old);
  const next = load("examples/web/deployment.yaml").object;
  next.metadata.name = "renamed";
  next.spec.selector.matchLabels = { app: "renamed" };
  next.spec.template.metadata.labels = { app: "renamed" };
  admit("Deployment", next);
  const errors = validateObject("Deployment", next, { operation: "update", old });
  t.deepEqual(fields(errors), ["metadata.name", "spec.selector"]);
  t.true(errors.every((error) => error.message.endsWith("field is immutable")));
  t.deepEqual(validateObject("Deployment", next, { operation: "create", old }), [], "old is only consulted on update");
});

test("cluster-scoped kinds may not carry a namespace", (t) => {
  const errors = validateObject("StorageClass", { metadata: { name: "fast", namespace: "default" }, provisioner: "troupe.io/local", volumeBindingMode: "Immediate" }, { operation: "create" });
  t.deepEqual(fields(errors), ["metadata.namespace"]);
  t.is(errors[0].type, "FieldValueForbidden");
});

test("kinds without their own rules still get metadata checks", (t) => {
  t.deepEqual(fields(validateObject("Widget", { metadata: {} }, { operation: "create" })), ["metadata.name"]);
  t.deepEqual(validateObject("Widget", { metadata: { name: "ok" } }, { operation: "create" }), []);
});

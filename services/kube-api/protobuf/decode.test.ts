// Bodies built the way client-go builds them (magic, runtime.Unknown, the object in Kubernetes'
// field numbers) decode to Kubernetes' JSON; broken bodies fail with a problem named.
import test from "ava";
import protobuf from "protobufjs";
import descriptor from "../../../proto/gen/k8s.json" with { type: "json" };
import { decodeKubernetesProtobuf, KUBERNETES_PROTOBUF_MAGIC } from "./decode.ts";
import { PROTOBUF_BODY_PROBLEMS, ProtobufBodyError, type ProtobufBodyProblem } from "./errors.ts";

const root = protobuf.Root.fromJSON(descriptor);
const unknownType = root.lookupType("k8s.runtime.Unknown");

function envelope(apiVersion: string, kind: string, raw: Uint8Array, extra: Record<string, unknown> = {}): Buffer {
  const message = unknownType.fromObject({ typeMeta: { apiVersion, kind }, raw, ...extra });
  return Buffer.concat([KUBERNETES_PROTOBUF_MAGIC, unknownType.encode(message).finish()]);
}

function encode(typeName: string, object: Record<string, unknown>): Uint8Array {
  const type = root.lookupType(typeName);
  return type.encode(type.fromObject(object)).finish();
}

test("a ConfigMap written with Kubernetes' field numbers by hand decodes", (t) => {
  // ConfigMap{metadata=1{name=1, namespace=3}, data=2{"a": "b"}, immutable=4}: a writer that knows
  // nothing of proto/k8s, so the schema's numbers are checked against Kubernetes' own.
  const writer = protobuf.Writer.create();
  writer.uint32((1 << 3) | 2).fork().uint32((1 << 3) | 2).string("c").uint32((3 << 3) | 2).string("team").ldelim();
  writer.uint32((2 << 3) | 2).fork().uint32((1 << 3) | 2).string("a").uint32((2 << 3) | 2).string("b").ldelim();
  writer.uint32(4 << 3).bool(true);
  const decoded = decodeKubernetesProtobuf(envelope("v1", "ConfigMap", writer.finish()));
  t.deepEqual(decoded, {
    apiVersion: "v1",
    kind: "ConfigMap",
    object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c", namespace: "team" }, data: { a: "b" }, immutable: true },
    unknownFields: [],
  });
});

test("a Pod decodes with times, quantities, int-or-strings and inline structs in their JSON form", (t) => {
  const raw = encode("k8s.core.v1.Pod", {
    metadata: { name: "p", namespace: "team", generation: 3, creationTimestamp: { seconds: 1764700000 }, labels: { app: "web" } },
    spec: {
      hostNetwork: false,
      containers: [{
        name: "web",
        image: "nginx",
        ports: [{ containerPort: 80, hostPort: 0 }],
        resources: { limits: { cpu: { string: "500m" }, memory: { string: "64Mi" } } },
        readinessProbe: { handler: { httpGet: { path: "/healthz", port: { type: 1, strVal: "http" } } }, periodSeconds: 5 },
        livenessProbe: { handler: { tcpSocket: { port: { type: 0, intVal: 8080 } } } },
      }],
      volumes: [{ name: "config", volumeSource: { configMap: { localObjectReference: { name: "web-config" }, defaultMode: 420 } } }],
      terminationGracePeriodSeconds: 0,
    },
  });
  t.deepEqual(decodeKubernetesProtobuf(envelope("v1", "Pod", raw)).object, {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "team", generation: 3, creationTimestamp: "2025-12-02T18:26:40Z", labels: { app: "web" } },
    spec: {
      volumes: [{ name: "config", configMap: { name: "web-config", defaultMode: 420 } }],
      containers: [{
        name: "web",
        image: "nginx",
        ports: [{ containerPort: 80 }],
        resources: { limits: { cpu: "500m", memory: "64Mi" } },
        livenessProbe: { tcpSocket: { port: 8080 } },
        readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 5 },
      }],
      // A pointer in Go: an explicit zero is kept.
      terminationGracePeriodSeconds: 0,
    },
  });
});

test("Secret data decodes as base64 and an Event's MicroTime keeps microseconds", (t) => {
  const secret = encode("k8s.core.v1.Secret", { metadata: { name: "s" }, data: { bin: Uint8Array.of(0, 255, 1) }, type: "Opaque" });
  t.deepEqual(decodeKubernetesProtobuf(envelope("v1", "Secret", secret)).object, {
    apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { bin: "AP8B" }, type: "Opaque",
  });
  const event = encode("k8s.core.v1.Event", {
    metadata: { name: "e" },
    involvedObject: { kind: "Pod", name: "p" },
    reason: "Started",
    count: 2,
    eventTime: { seconds: 1764700000, nanos: 123456789 },
    reportingComponent: "kubelet",
  });
  t.deepEqual(decodeKubernetesProtobuf(envelope("v1", "Event", event)).object, {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: "e" },
    involvedObject: { kind: "Pod", name: "p" },
    reason: "Started",
    count: 2,
    eventTime: "2025-12-02T18:26:40.123456Z",
    reportingComponent: "kubelet",
  });
});

test("a ControllerRevision's data is the JSON its RawExtension carries", (t) => {
  const data = { spec: { template: { metadata: { labels: { app: "db" } } } } };
  const raw = encode("k8s.apps.v1.ControllerRevision", { metadata: { name: "db-1" }, data: { raw: Buffer.from(JSON.stringify(data)) }, revision: 1 });
  t.deepEqual(decodeKubernetesProtobuf(envelope("apps/v1", "ControllerRevision", raw)).object, {
    apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name: "db-1" }, data, revision: 1,
  });
});

test("every kind Troupe serves, and SelfSubjectAccessReview, decodes from its envelope", (t) => {
  const kinds: Array<[string, string, string]> = [
    ["v1", "Namespace", "k8s.core.v1"], ["v1", "Node", "k8s.core.v1"], ["v1", "Service", "k8s.core.v1"],
    ["v1", "Endpoints", "k8s.core.v1"], ["v1", "PersistentVolume", "k8s.core.v1"], ["v1", "PersistentVolumeClaim", "k8s.core.v1"],
    ["v1", "LimitRange", "k8s.core.v1"], ["v1", "ResourceQuota", "k8s.core.v1"], ["apps/v1", "ReplicaSet", "k8s.apps.v1"],
    ["apps/v1", "StatefulSet", "k8s.apps.v1"], ["networking.k8s.io/v1", "Ingress", "k8s.networking.v1"],
    ["storage.k8s.io/v1", "StorageClass", "k8s.storage.v1"], ["coordination.k8s.io/v1", "Lease", "k8s.coordination.v1"],
    ["policy/v1", "PodDisruptionBudget", "k8s.policy.v1"], ["authorization.k8s.io/v1", "SelfSubjectAccessReview", "k8s.authorization.v1"],
  ];
  for (const [apiVersion, kind, pkg] of kinds) {
    const raw = encode(`${pkg}.${kind}`, { metadata: { name: "x" } });
    t.deepEqual(decodeKubernetesProtobuf(envelope(apiVersion, kind, raw)).object, { apiVersion, kind, metadata: { name: "x" } }, kind);
  }
});

test("a PodDisruptionBudget's int-or-string bounds and its map of disrupted pods' times decode", (t) => {
  const budget = encode("k8s.policy.v1.PodDisruptionBudget", {
    metadata: { name: "web" },
    spec: { minAvailable: { type: 1, strVal: "50%" }, selector: { matchLabels: { app: "web" } }, unhealthyPodEvictionPolicy: "AlwaysAllow" },
    status: { disruptionsAllowed: 1, disruptedPods: { "web-1": { seconds: 1796205600 } } },
  });
  t.like(decodeKubernetesProtobuf(envelope("policy/v1", "PodDisruptionBudget", budget)).object, {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    spec: { minAvailable: "50%", selector: { matchLabels: { app: "web" } }, unhealthyPodEvictionPolicy: "AlwaysAllow" },
    status: { disruptionsAllowed: 1, disruptedPods: { "web-1": "2026-12-02T10:00:00Z" } },
  });
});

test("a Service's int-or-string target ports and an Ingress' inline rule value decode", (t) => {
  const service = encode("k8s.core.v1.Service", {
    metadata: { name: "web" },
    spec: { type: "ClusterIP", selector: { app: "web" }, ports: [{ name: "http", port: 80, targetPort: { type: 1, strVal: "http" } }, { port: 443, targetPort: { intVal: 8443 } }] },
  });
  t.deepEqual(decodeKubernetesProtobuf(envelope("v1", "Service", service)).object, {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web" },
    spec: { type: "ClusterIP", selector: { app: "web" }, ports: [{ name: "http", port: 80, targetPort: "http" }, { port: 443, targetPort: 8443 }] },
  });
  const ingress = encode("k8s.networking.v1.Ingress", {
    metadata: { name: "web" },
    spec: { rules: [{ host: "a.test", ingressRuleValue: { http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } } }] },
  });
  t.deepEqual(decodeKubernetesProtobuf(envelope("networking.k8s.io/v1", "Ingress", ingress)).object, {
    apiVersion: "networking.k8s.io/v1",
    kind: "Ingress",
    metadata: { name: "web" },
    spec: { rules: [{ host: "a.test", http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { number: 80 } } } }] } }] },
  });
});

test("set fields proto/k8s does not know are reported by path, zero ones are not", (t) => {
  // Pod{spec=2{containers=2[{name=1 "a"}, {name=1 "b", field 99 = "x"}], field 98 = 0}, field 97 = ""}
  const writer = protobuf.Writer.create();
  writer.uint32((2 << 3) | 2).fork();
  writer.uint32((2 << 3) | 2).fork().uint32((1 << 3) | 2).string("a").ldelim();
  writer.uint32((2 << 3) | 2).fork().uint32((1 << 3) | 2).string("b").uint32((99 << 3) | 2).string("x").ldelim();
  writer.uint32(98 << 3).uint32(0);
  writer.ldelim();
  writer.uint32((97 << 3) | 2).string("");
  writer.uint32(96 << 3).uint32(7);
  const decoded = decodeKubernetesProtobuf(envelope("v1", "Pod", writer.finish()));
  t.deepEqual(decoded.object, { apiVersion: "v1", kind: "Pod", spec: { containers: [{ name: "a" }, { name: "b" }] } });
  t.deepEqual(decoded.unknownFields, ["spec.containers[1]: field 99", "<root>: field 96"]);
});

const configMap = encode("k8s.core.v1.ConfigMap", { metadata: { name: "c" }, data: { a: "b" } });
const whole = envelope("v1", "ConfigMap", configMap);

const BROKEN: Array<[string, Uint8Array, ProtobufBodyProblem, number]> = [
  ["an empty body", new Uint8Array(), PROTOBUF_BODY_PROBLEMS.badMagic, 400],
  ["a JSON body", Buffer.from('{"apiVersion":"v1","kind":"ConfigMap"}'), PROTOBUF_BODY_PROBLEMS.badMagic, 400],
  ["a body shorter than the magic", Uint8Array.of(0x6b, 0x38), PROTOBUF_BODY_PROBLEMS.badMagic, 400],
  ["the magic alone", KUBERNETES_PROTOBUF_MAGIC, PROTOBUF_BODY_PROBLEMS.malformed, 400],
  ["a truncated envelope", whole.subarray(0, whole.length - 3), PROTOBUF_BODY_PROBLEMS.truncated, 400],
  ["a truncated object", envelope("v1", "ConfigMap", configMap.subarray(0, configMap.length - 2)), PROTOBUF_BODY_PROBLEMS.truncated, 400],
  ["an object with an invalid wire type", envelope("v1", "ConfigMap", Uint8Array.of(0x0f)), PROTOBUF_BODY_PROBLEMS.malformed, 400],
  ["a ControllerRevision whose data is not JSON", envelope("apps/v1", "ControllerRevision", encode("k8s.apps.v1.ControllerRevision", { data: { raw: Uint8Array.of(0x0a, 0x01) } })), PROTOBUF_BODY_PROBLEMS.malformed, 400],
  ["a kind Troupe does not serve", envelope("apps/v1", "Foo", new Uint8Array()), PROTOBUF_BODY_PROBLEMS.unknownKind, 415],
  ["a served kind under another apiVersion", envelope("v1", "Deployment", new Uint8Array()), PROTOBUF_BODY_PROBLEMS.unknownKind, 415],
  ["a gzip-encoded object", envelope("v1", "ConfigMap", configMap, { contentEncoding: "gzip" }), PROTOBUF_BODY_PROBLEMS.unsupportedEncoding, 415],
];

for (const [what, body, problem, code] of BROKEN) {
  test(`${what} is refused as ${problem} with HTTP ${code}`, (t) => {
    const error = t.throws(() => decodeKubernetesProtobuf(body), { instanceOf: ProtobufBodyError });
    t.is(error?.problem, problem);
    t.is(error?.code, code);
    t.is(error?.reason, code === 415 ? "UnsupportedMediaType" : "BadRequest");
  });
}

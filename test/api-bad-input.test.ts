// Bad input on the API: each refused with an error that names the problem, nothing stored,
// and the service keeps serving.
import test from "ava";
import { headers } from "@nats-io/transport-node";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { API_VERBS, apiSubject } from "../runtime/subjects.ts";
import { loadExample, startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

async function storeRevision(): Promise<number> {
  return cluster.api.ctx.repo.store.revision();
}

async function refused(t: import("ava").ExecutionContext, attempt: Promise<unknown>, expected: { reason: string; code: number; field?: string; message: RegExp }): Promise<void> {
  const before = await storeRevision();
  const error = await t.throwsAsync(attempt, { instanceOf: ApiError });
  t.is(error?.reason, expected.reason, error?.message);
  t.is(error?.code, expected.code);
  t.regex(error?.message ?? "", expected.message);
  if (expected.field) t.true((error?.details?.causes ?? []).some((cause) => cause.field === expected.field), JSON.stringify(error?.details));
  t.is(await storeRevision(), before, "nothing was stored");
  t.truthy(await cluster.client.get("namespaces", "default"), "the API still serves");
}

async function deployment(): Promise<KubeObject & { spec: Record<string, unknown> }> {
  const [manifest] = await loadExample("web/deployment.yaml");
  return structuredClone(manifest) as KubeObject & { spec: Record<string, unknown> };
}

test("an unknown field is refused naming its path", async (t) => {
  const object = await deployment();
  object.spec.replica = 3;
  await refused(t, cluster.client.create(object), { reason: "BadRequest", code: 400, field: "spec.replica", message: /unknown field "spec\.replica"/ });
});

test("a value of the wrong type is refused naming its path and the expected type", async (t) => {
  const object = await deployment();
  object.spec.replicas = "three";
  await refused(t, cluster.client.create(object), { reason: "BadRequest", code: 400, field: "spec.replicas", message: /spec\.replicas: expected integer/ });
});

test("an unknown kind is refused with the known kinds listed", async (t) => {
  await refused(t, cluster.client.create({ apiVersion: "v1", kind: "Gizmo", metadata: { name: "g" } }), { reason: "BadRequest", code: 400, message: /no kind "Gizmo" is registered/ });
});

test("a kind under the wrong apiVersion is refused with the right one suggested", async (t) => {
  const object = await deployment();
  object.apiVersion = "v1";
  await refused(t, cluster.client.create(object), { reason: "BadRequest", code: 400, message: /use apiVersion: apps\/v1/ });
});

test("an invalid name is refused with Kubernetes' rule", async (t) => {
  const object = await deployment();
  object.metadata = { name: "Simple_Web" };
  await refused(t, cluster.client.create(object), { reason: "Invalid", code: 422, field: "metadata.name", message: /RFC 1123/ });
});

test("a selector that does not match the template labels is refused", async (t) => {
  const object = await deployment();
  object.spec.selector = { matchLabels: { app: "something-else" } };
  await refused(t, cluster.client.create(object), { reason: "Invalid", code: 422, field: "spec.template.metadata.labels", message: /`selector` does not match template `labels`/ });
});

test("a container port out of range is refused", async (t) => {
  const object = await deployment();
  (object.spec.template as { spec: { containers: { ports: { containerPort: number }[] }[] } }).spec.containers[0].ports[0].containerPort = 70000;
  await refused(t, cluster.client.create(object), { reason: "Invalid", code: 422, field: "spec.template.spec.containers[0].ports[0].containerPort", message: /between 1 and 65535/ });
});

test("a valid object over the size limit is refused as too large by the API", async (t) => {
  const object = await deployment();
  const container = (object.spec.template as { spec: { containers: { env?: { name: string; value: string }[] }[] } }).spec.containers[0];
  container.env = Array.from({ length: 850 }, (_, i) => ({ name: `VAR_${i}`, value: "x".repeat(2000) }));
  await refused(t, cluster.client.create(object), { reason: "RequestEntityTooLarge", code: 413, message: /object is \d+ bytes, limit is 1572864/ });
});

test("a request larger than the NATS server accepts is refused by the client with the limit named", async (t) => {
  const huge: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "huge" }, data: { blob: "x".repeat(9 * 1024 * 1024) } };
  await refused(t, cluster.client.create(huge), { reason: "RequestEntityTooLarge", code: 413, message: /limit is 8388608/ });
});

test("an object in a namespace that does not exist is refused", async (t) => {
  const object = await deployment();
  object.metadata = { name: "x", namespace: "nowhere" };
  await refused(t, cluster.client.create(object), { reason: "NotFound", code: 404, message: /namespaces "nowhere" not found/ });
});

test("an unknown resource name on get is NotFound naming it", async (t) => {
  await refused(t, cluster.client.get("gizmos", "x"), { reason: "NotFound", code: 404, message: /resource type "gizmos"/ });
});

test("bytes that are neither JSON nor protobuf are refused on every API subject", async (t) => {
  const before = await storeRevision();
  const garbage = new Uint8Array([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x80, 0x80]);
  for (const verb of API_VERBS.filter((candidate) => candidate !== "discovery")) {
    for (const contentType of ["application/x-protobuf", "application/json", ""]) {
      const requestHeaders = headers();
      if (contentType) requestHeaders.set("Content-Type", contentType);
      const reply = await cluster.nc.request(apiSubject(verb), garbage, { timeout: 5000, headers: requestHeaders });
      const code = Number(reply.headers?.get("Nats-Service-Error-Code"));
      t.is(code, 400, `${verb} with ${contentType || "no content type"}: ${reply.headers?.get("Nats-Service-Error")}`);
      t.regex(reply.headers?.get("Nats-Service-Error") ?? "", /not a valid|not valid JSON|no object|names no/);
    }
  }
  const unsupported = headers();
  unsupported.set("Content-Type", "text/xml");
  const reply = await cluster.nc.request(apiSubject("get"), new TextEncoder().encode("<x/>"), { timeout: 5000, headers: unsupported });
  t.is(reply.headers?.get("Nats-Service-Error-Code"), "415");
  t.is(await storeRevision(), before);
  t.truthy(await cluster.client.get("namespaces", "default"));
});

test("malformed JSON is refused with the parser's message", async (t) => {
  const requestHeaders = headers();
  requestHeaders.set("Content-Type", "application/json");
  const reply = await cluster.nc.request(apiSubject("create"), new TextEncoder().encode('{"object": {"kind": '), { timeout: 5000, headers: requestHeaders });
  t.is(reply.headers?.get("Nats-Service-Error-Code"), "400");
  const status = JSON.parse(new TextDecoder().decode(reply.data)) as { kind: string; reason: string; message: string };
  t.is(status.kind, "Status");
  t.is(status.reason, "BadRequest");
  t.regex(status.message, /not valid JSON/);
});

// Bad input over HTTP to the Kubernetes front end: each a metav1.Status error naming the
// problem, nothing stored, and the server keeps serving.
import { connect as tlsConnect } from "node:tls";
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { kubeHttp } from "./helpers/kube-http.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc, { maxBodyBytes: 64 * 1024, headersTimeoutMs: 1500 });
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const configMaps = "/api/v1/namespaces/default/configmaps";

async function serving(t: import("ava").ExecutionContext): Promise<void> {
  const reply = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/configmaps");
  t.is(reply.status, 200, "the server still serves");
}

test("malformed JSON is a 400 BadRequest Status and stores nothing", async (t) => {
  const reply = await kubeHttp(kube, "POST", configMaps, '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"broken"');
  t.is(reply.status, 400);
  t.like(reply.json(), { kind: "Status", status: "Failure", reason: "BadRequest", code: 400 });
  t.regex(reply.json<{ message: string }>().message, /not valid JSON/);
  t.is((await kubeHttp(kube, "GET", `${configMaps}/broken`)).status, 404);
  await serving(t);
});

test("malformed YAML is a 400 naming YAML", async (t) => {
  const reply = await kubeHttp(kube, "POST", configMaps, "apiVersion: v1\nkind: [ConfigMap\n", { "Content-Type": "application/yaml" });
  t.is(reply.status, 400);
  t.regex(reply.json<{ message: string }>().message, /not valid YAML/);
});

test("an unknown field is a 400 naming the field, as fieldValidation=Strict asks", async (t) => {
  const body = JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "strict" }, dataa: { a: "b" } });
  const reply = await kubeHttp(kube, "POST", `${configMaps}?fieldValidation=Strict`, body);
  t.is(reply.status, 400);
  t.regex(reply.json<{ message: string }>().message, /dataa/);
  t.is((await kubeHttp(kube, "GET", `${configMaps}/strict`)).status, 404);
});

test("a path for a kind that does not exist is a 404 Status", async (t) => {
  const reply = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/gizmos");
  t.is(reply.status, 404);
  t.like(reply.json(), { kind: "Status", reason: "NotFound", code: 404 });
  t.is((await kubeHttp(kube, "GET", "/apis/nonsense.example.com/v1")).status, 404);
});

test("an oversized body is a 413 and the server keeps serving", async (t) => {
  const big = JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "big" }, data: { blob: "x".repeat(200 * 1024) } });
  const reply = await kubeHttp(kube, "POST", configMaps, big).catch((error: Error) => ({ status: -1, error }));
  // The server answers 413 from Content-Length before reading the body.
  t.is(reply.status, 413);
  t.is((await kubeHttp(kube, "GET", `${configMaps}/big`)).status, 404);
  await serving(t);
});

test("a watch from a garbage resourceVersion is a 400 Status", async (t) => {
  const reply = await kubeHttp(kube, "GET", "/api/v1/namespaces/default/pods?watch=true&resourceVersion=banana");
  t.is(reply.status, 400);
  t.like(reply.json(), { kind: "Status", reason: "BadRequest" });
  t.regex(reply.json<{ message: string }>().message, /resourceVersion/);
});

test("a create with a namespace other than the path's is refused", async (t) => {
  const body = JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "elsewhere", namespace: "troupe-system" } });
  const reply = await kubeHttp(kube, "POST", configMaps, body);
  t.is(reply.status, 400);
  t.regex(reply.json<{ message: string }>().message, /does not match the namespace/);
});

test("an unsupported content type is a 415 Status", async (t) => {
  const reply = await kubeHttp(kube, "POST", configMaps, "<xml/>", { "Content-Type": "application/xml" });
  t.is(reply.status, 415);
  t.like(reply.json(), { reason: "UnsupportedMediaType", code: 415 });
});

test("a slowloris client that never finishes its headers is cut off and others are still served", async (t) => {
  const socket = tlsConnect({ host: "127.0.0.1", port: Number(new URL(kube.url).port), ca: kube.ca.certPem, servername: "localhost", ALPNProtocols: ["http/1.1"] });
  await new Promise<void>((resolve, reject) => socket.once("secureConnect", resolve).once("error", reject));
  socket.write("GET /api/v1/namespaces HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
  const trickle = setInterval(() => socket.write("a"), 200);
  const closed = new Promise<string>((resolve) => {
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    socket.on("close", () => resolve(received));
  });
  await serving(t);
  const received = await closed;
  clearInterval(trickle);
  t.regex(received, /^HTTP\/1.1 408|^$/, "the slow client gets 408 Request Timeout or a closed connection");
  await serving(t);
});

test("fieldValidation Warn drops an unknown field with a Warning: 299 header, Ignore drops it silently, others are refused", async (t) => {
  const body = (name: string) => JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { a: "b" }, dataa: { x: "y" } });
  const warned = await kubeHttp(kube, "POST", `${configMaps}?fieldValidation=Warn`, body("warned"));
  t.is(warned.status, 201, warned.text);
  t.is(warned.headers.warning, '299 - "unknown field \\"dataa\\""');
  t.deepEqual(warned.json<{ data: Record<string, string> }>().data, { a: "b" });
  const ignored = await kubeHttp(kube, "POST", `${configMaps}?fieldValidation=Ignore`, body("ignored"));
  t.is(ignored.status, 201, ignored.text);
  t.is(ignored.headers.warning, undefined);
  const defaulted = await kubeHttp(kube, "POST", configMaps, body("defaulted"));
  t.is(defaulted.status, 201, "without fieldValidation the server warns, as kube-apiserver does since 1.27");
  t.truthy(defaulted.headers.warning);
  const patched = await kubeHttp(kube, "PATCH", `${configMaps}/warned?fieldValidation=Warn`, '{"dataa":{"z":"1"},"data":{"c":"d"}}', { "Content-Type": "application/merge-patch+json" });
  t.is(patched.status, 200, patched.text);
  t.is(patched.headers.warning, '299 - "unknown field \\"dataa\\""');
  t.deepEqual(patched.json<{ data: Record<string, string> }>().data, { a: "b", c: "d" });
  const strictPatch = await kubeHttp(kube, "PATCH", `${configMaps}/warned?fieldValidation=Strict`, '{"dataa":{"z":"1"}}', { "Content-Type": "application/merge-patch+json" });
  t.is(strictPatch.status, 400);
  const bad = await kubeHttp(kube, "POST", `${configMaps}?fieldValidation=Loose`, body("loose"));
  t.is(bad.status, 400);
  t.regex(bad.json<{ message: string }>().message, /fieldValidation: Unsupported value: "Loose"/);
});

test("a malformed Kubernetes protobuf body is a 400 and one of a kind Troupe has no schema for a 415", async (t) => {
  const garbage = await kubeHttp(kube, "POST", configMaps, Buffer.from([0x6b, 0x38, 0x73, 0x00, 0x0a, 0xff, 0xff]), { "Content-Type": "application/vnd.kubernetes.protobuf" });
  t.is(garbage.status, 400);
  t.like(garbage.json(), { kind: "Status", reason: "BadRequest" });
  const noMagic = await kubeHttp(kube, "POST", configMaps, Buffer.from("not protobuf"), { "Content-Type": "application/vnd.kubernetes.protobuf" });
  t.is(noMagic.status, 400);
  await serving(t);
});

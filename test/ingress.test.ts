// The ingress against a real API: Ingress, Service and Endpoints objects stored through the API,
// read back through informers, and HTTP requests routed to real local HTTP servers.
import { createServer, request as httpRequest } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import test from "ava";
import { findResource } from "../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import type { ApiObject } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { IngressServer } from "../services/proxy/ingress/ingress-server.ts";
import type { IngressObject } from "../services/proxy/ingress/ingress-routes.ts";
import type { MeshCaller } from "../services/proxy/ingress/mesh-backend.ts";
import type { EndpointsObject, ServiceObject } from "../services/proxy/ingress/service-upstreams.ts";
import { startApiTestCluster } from "./helpers/api-cluster.ts";
import type { ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
let telemetry: Telemetry;
const spans = new InMemorySpanExporter();
let factory: SharedInformerFactory;
let ingress: IngressServer;
const backends: Server[] = [];
const meshCalls: { target: string; namespace: string; request: unknown }[] = [];

const resource = (name: string) => {
  const info = findResource(name);
  if (!info) throw new Error(name);
  return info;
};

async function backend(name: string): Promise<number> {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => response.end(`${name} ${request.method} ${request.url} ${body} ${request.headers.traceparent ? "traced" : ""}`.trim()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  backends.push(server);
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on: bind, read, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const callMesh: MeshCaller = async (target, namespace, request) => {
  meshCalls.push({ target, namespace, request });
  if (target === "orders.fail") throw Object.assign(new Error("no replica of orders serves fail"), { code: "NO_RESPONDERS" });
  return { handledBy: target, echo: request };
};

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-ingress-test", spanProcessors: [new SimpleSpanProcessor(spans)] });
  cluster = await startApiTestCluster();
  const state = await KvStore.open(cluster.nc, { bucket: STATE_BUCKET });
  factory = new SharedInformerFactory(new ObjectRepository(state));
  const services = factory.informer<ServiceObject & ApiObject>(resource("services"));
  const endpoints = factory.informer<EndpointsObject & ApiObject>(resource("endpoints"));
  const ingresses = factory.informer<IngressObject & ApiObject>(resource("ingresses"));
  await factory.start();
  ingress = new IngressServer({
    address: "127.0.0.1", port: 0, registry: createMetricsRegistry({ service: "troupe-proxy" }), logger: createLogger("ingress-test", {}, { level: "error" }),
    ingresses: () => ingresses.list(),
    view: { service: (namespace, name) => services.get(namespace, name), endpoints: (namespace, name) => endpoints.get(namespace, name) },
    callMesh,
    maxBodyBytes: 1024,
  });
  ingresses.addHandlers({ onAdd: () => ingress.invalidate(), onUpdate: () => ingress.invalidate(), onDelete: () => ingress.invalidate() });
  await ingress.start();

  const [a, b] = [await backend("web-a"), await backend("web-b")];
  const dead = await closedPort();
  await cluster.client.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { clusterIP: "None", selector: { app: "web" }, ports: [{ name: "http", port: 80 }] } });
  await cluster.client.create({
    apiVersion: "v1", kind: "Endpoints", metadata: { name: "web", namespace: "default" },
    subsets: [
      { addresses: [{ ip: "127.0.0.1" }], ports: [{ name: "http", port: a }] },
      { addresses: [{ ip: "127.0.0.1" }], ports: [{ name: "http", port: b }] },
      // Listed ready but refusing: the ingress must try another endpoint.
      { addresses: [{ ip: "127.0.0.1" }], ports: [{ name: "http", port: dead }] },
    ],
  });
  await cluster.client.create({ apiVersion: "v1", kind: "Service", metadata: { name: "empty", namespace: "default" }, spec: { clusterIP: "None", selector: { app: "none" }, ports: [{ port: 80 }] } });
  await cluster.client.create({
    apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata: { name: "shop", namespace: "default" },
    spec: {
      rules: [{
        host: "shop.test",
        http: {
          paths: [
            { path: "/", pathType: "Prefix", backend: { service: { name: "web", port: { name: "http" } } } },
            { path: "/empty", pathType: "Prefix", backend: { service: { name: "empty", port: { number: 80 } } } },
            { path: "/api/orders", pathType: "Exact", backend: { resource: { apiGroup: "mesh.troupe.dev", kind: "MeshMethod", name: "orders.create" } } },
            { path: "/rpc/orders", pathType: "Prefix", backend: { resource: { apiGroup: "mesh.troupe.dev", kind: "MeshService", name: "orders" } } },
          ],
        },
      }],
    },
  });
  await until(() => endpoints.get("default", "web") !== undefined && ingresses.list().length === 1);
});

test.after.always(async () => {
  await ingress?.stop();
  factory?.stop();
  for (const server of backends) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await cluster?.stop();
  await telemetry?.shutdown();
});

interface Reply {
  status: number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/** node:http rather than fetch: fetch does not let a caller set the Host header. */
function get(path: string, host = "shop.test", init: { method?: string; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port: ingress.port, path, method: init.method ?? "GET", headers: { host } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: async () => text, json: async () => JSON.parse(text) }));
    });
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}

test.serial("requests reach every endpoint of the Service, and a refusing endpoint costs a retry, not an error", async (t) => {
  const seen = new Map<string, number>();
  for (let i = 0; i < 30; i++) {
    const response = await get(`/hello?i=${i}`);
    t.is(response.status, 200);
    const name = (await response.text()).split(" ")[0];
    seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  t.deepEqual([...seen.keys()].sort(), ["web-a", "web-b"]);
  t.true((seen.get("web-a") ?? 0) >= 10 && (seen.get("web-b") ?? 0) >= 10, JSON.stringify([...seen]));
});

test.serial("the path and body are forwarded, and the trace context goes along", async (t) => {
  const response = await get("/orders/7?x=1", "shop.test", { method: "POST", body: "hello" });
  t.regex(await response.text(), /^web-[ab] POST \/orders\/7\?x=1 hello traced$/);
  const span = spans.getFinishedSpans().find((candidate) => candidate.attributes["url.path"] === "/orders/7");
  t.is(span?.attributes["http.route"], "/");
  t.is(span?.attributes["http.response.status_code"], 200);
});

test.serial("unknown hosts and paths are 404 naming them; a Service without ready endpoints is 503", async (t) => {
  const missing = await get("/", "other.test");
  t.is(missing.status, 404);
  t.regex(await missing.text(), /no Ingress rule matches host "other\.test"/);
  const empty = await get("/empty");
  t.is(empty.status, 503);
  t.regex(await empty.text(), /service "default\/empty" has no ready endpoints/);
});

test.serial("a mesh method backend turns the JSON body into a call; errors map to HTTP statuses", async (t) => {
  const created = await get("/api/orders", "shop.test", { method: "POST", body: JSON.stringify({ item: "tea" }) });
  t.is(created.status, 200);
  t.deepEqual(await created.json(), { handledBy: "orders.create", echo: { item: "tea" } });
  t.deepEqual(meshCalls.at(-1), { target: "orders.create", namespace: "default", request: { item: "tea" } });

  const byService = await get("/rpc/orders/list", "shop.test", { method: "POST", body: "{}" });
  t.deepEqual(await byService.json(), { handledBy: "orders.list", echo: {} });
  const failed = await get("/rpc/orders/fail", "shop.test", { method: "POST" });
  t.is(failed.status, 503);
  t.is(((await failed.json()) as { code: string }).code, "NO_RESPONDERS");
  const noMethod = await get("/rpc/orders", "shop.test", { method: "POST" });
  t.is(noMethod.status, 404);
  const garbage = await get("/api/orders", "shop.test", { method: "POST", body: "{not json" });
  t.is(garbage.status, 400);
  t.regex(await garbage.text(), /the body is not JSON/);
});

test.serial("an oversized body is 413 and the ingress keeps serving", async (t) => {
  const big = await get("/api/orders", "shop.test", { method: "POST", body: "x".repeat(4096) });
  t.is(big.status, 413);
  t.is((await get("/hello")).status, 200);
});

test.serial("a changed Ingress takes effect without a restart", async (t) => {
  const current = (await cluster.client.get("ingresses", "shop", { namespace: "default" })) as IngressObject;
  const rules = current.spec?.rules ?? [];
  rules[0].host = "moved.test";
  await cluster.client.update(current as never);
  for (let i = 0; i < 100; i++) {
    if ((await get("/hello", "moved.test")).status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  t.is((await get("/hello", "moved.test")).status, 200);
  t.is((await get("/hello", "shop.test")).status, 404);
});

// The node proxy against a real nats-server and API: Services and Endpoints written through the
// API, a NodeProxy in this process, and local HTTP servers as the endpoints.
import { Agent } from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { Svcm } from "@nats-io/services";
import test from "ava";
import type { Registry } from "prom-client";
import type { KubeObject } from "../runtime/api-client.ts";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";
import { PROXY_SERVICE_NAME } from "../runtime/subjects.ts";
import { NodeProxy } from "../services/proxy/node-proxy.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { sampleValue } from "./helpers/metrics.ts";
import {
  endpointsManifest,
  eventually,
  httpGet,
  randomHighPort,
  randomNodePort,
  randomServiceAddress,
  serviceManifest,
  startNamedHttpServer,
  type NamedHttpServer,
} from "./helpers/proxy-fixtures.ts";

let cluster: ApiTestCluster;
let proxy: NodeProxy;
let registry: Registry;
let backends: NamedHttpServer[];
const nodeAddress = randomServiceAddress();

test.before(async () => {
  cluster = await startApiTestCluster();
  registry = createMetricsRegistry({ service: PROXY_SERVICE_NAME, defaultMetrics: false });
  proxy = await NodeProxy.start(
    { nc: cluster.nc, registry, logger: createLogger("proxy-test", {}, { level: "error" }) },
    { nodeName: "node-proxy-test", nodeAddress, connectTimeoutMs: 500, listenRetry: { baseMs: 50, maxMs: 200 } },
  );
  await proxy.whenSynced();
  backends = await Promise.all(["alpha", "beta", "gamma"].map((name) => startNamedHttpServer(name)));
});

test.after.always(async () => {
  await proxy?.stop();
  await Promise.all((backends ?? []).map((backend) => backend.close()));
  await cluster?.stop();
});

const endpointOf = (backend: NamedHttpServer) => ({ ip: backend.ip, port: backend.port });
const nameOf = (body: string) => body.split(" ")[0];

/** Creates the Service and its Endpoints; resolves once the proxy listens on every address of the Service. */
async function exposeService(name: string, ports: Parameters<typeof serviceManifest>[2], ready: { ip: string; port: number }[], spec: Record<string, unknown> = {}): Promise<{ clusterIP: string; service: KubeObject }> {
  const clusterIP = randomServiceAddress();
  const service = await cluster.client.create(serviceManifest(name, clusterIP, ports, spec));
  await cluster.client.create(endpointsManifest(name, ports[0]?.name ?? "", ready));
  await waitForListeners(`default/${name}`);
  await eventually(() => proxy.endpoints.get("default", name), `the proxy to see the endpoints of ${name}`);
  // The routes are rebuilt on the turn after the informer event.
  await new Promise((resolve) => setImmediate(resolve));
  return { clusterIP, service };
}

async function waitForListeners(service: string, count?: number): Promise<void> {
  await eventually(() => {
    const listeners = proxy.listenerStatus().filter((listener) => listener.target.service === service);
    const enough = count === undefined ? listeners.length > 0 : listeners.length === count;
    return enough && listeners.every((listener) => listener.state === "listening") ? true : undefined;
  }, `listeners of ${service}`);
}

async function closedPort(ip: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, ip, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test("the proxy registers as the troupe-proxy micro service with its node", async (t) => {
  const infos = await new Svcm(cluster.nc).client().info(PROXY_SERVICE_NAME);
  for await (const info of infos) {
    t.is(info.metadata?.node, "node-proxy-test");
    return;
  }
  t.fail("no troupe-proxy answered");
});

test("100 requests through the cluster IP reach all three endpoints in turn", async (t) => {
  const port = randomHighPort();
  const { clusterIP } = await exposeService("rr", [{ name: "http", port }], backends.map(endpointOf));
  const counts = new Map<string, number>();
  for (let i = 0; i < 100; i++) {
    const name = nameOf(await httpGet(clusterIP, port));
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  t.deepEqual([...counts.keys()].sort(), ["alpha", "beta", "gamma"]);
  for (const count of counts.values()) t.true(count >= 33 && count <= 34, `round-robin spreads evenly: ${[...counts]}`);
  t.is(await sampleValue(registry, "troupe_proxy_connections_total", { k8s_service: "default/rr", port: "http", result: "forwarded" }), 100);
  t.true((await sampleValue(registry, "troupe_proxy_bytes_total", { k8s_service: "default/rr", direction: "to_client" }) ?? 0) > 0);
  t.true((await sampleValue(registry, "troupe_proxy_listeners", { kind: "cluster_ip" }) ?? 0) >= 1);
});

test("sessionAffinity ClientIP keeps each client address on one endpoint", async (t) => {
  const port = randomHighPort();
  const { clusterIP } = await exposeService("sticky", [{ port }], backends.map(endpointOf), { sessionAffinity: "ClientIP" });
  const seen = new Map<string, Set<string>>();
  for (const client of ["127.66.0.1", "127.66.0.2", "127.66.0.3", "127.66.0.4"]) {
    const names = new Set<string>();
    for (let i = 0; i < 10; i++) names.add(nameOf(await httpGet(clusterIP, port, { localAddress: client })));
    seen.set(client, names);
  }
  for (const [client, names] of seen) t.is(names.size, 1, `${client} reached ${[...names]}`);
  const endpointsUsed = new Set([...seen.values()].flatMap((names) => [...names]));
  t.true(endpointsUsed.size >= 2, "different clients are still spread");
});

test("an endpoint listed as ready that refuses connections is skipped transparently", async (t) => {
  const port = randomHighPort();
  const dead = { ip: backends[0].ip, port: await closedPort(backends[0].ip) };
  const { clusterIP } = await exposeService("refusing", [{ name: "http", port }], [...backends.map(endpointOf), dead]);
  const results = await Promise.allSettled(Array.from({ length: 100 }, () => httpGet(clusterIP, port)));
  t.is(results.filter((result) => result.status === "rejected").length, 0);
  t.true((await sampleValue(registry, "troupe_proxy_upstream_errors_total", { k8s_service: "default/refusing", reason: "refused" }) ?? 0) >= 20);
  t.is(await sampleValue(registry, "troupe_proxy_connections_total", { k8s_service: "default/refusing", result: "upstream_failed" }), 0);
});

test("not-ready addresses get no traffic and a service without ready endpoints resets its clients at once", async (t) => {
  const port = randomHighPort();
  const clusterIP = randomServiceAddress();
  await cluster.client.create(serviceManifest("unready", clusterIP, [{ port }]));
  await cluster.client.create(endpointsManifest("unready", "", [], backends.map(endpointOf)));
  await waitForListeners("default/unready");
  await eventually(() => proxy.endpoints.get("default", "unready"), "the endpoints");
  const started = Date.now();
  await t.throwsAsync(httpGet(clusterIP, port), { message: /ECONNRESET|socket hang up/ });
  t.true(Date.now() - started < 400, "no wait for a connect timeout");
  t.true((await sampleValue(registry, "troupe_proxy_connections_total", { k8s_service: "default/unready", result: "no_endpoints" }) ?? 0) >= 1);
});

test("removing an endpoint does not cut an established keep-alive connection to it", async (t) => {
  const port = randomHighPort();
  const { clusterIP } = await exposeService("keepalive", [{ name: "http", port }], backends.map(endpointOf));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => agent.destroy());
  const first = await httpGet(clusterIP, port, { agent });
  const pinned = backends.find((backend) => backend.name === nameOf(first)) as NamedHttpServer;
  const remaining = backends.filter((backend) => backend !== pinned);
  const current = await cluster.client.get("endpoints", "keepalive", { namespace: "default" });
  const updated = await cluster.client.update({ ...endpointsManifest("keepalive", "http", remaining.map(endpointOf)), metadata: current.metadata });
  await eventually(() => (proxy.endpoints.get("default", "keepalive")?.metadata?.resourceVersion === updated.metadata?.resourceVersion ? true : undefined), "the endpoints update");
  await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 5; i++) t.is(await httpGet(clusterIP, port, { agent }), first, "same endpoint, same upstream connection");
  for (let i = 0; i < 10; i++) t.not(nameOf(await httpGet(clusterIP, port)), pinned.name, "new connections avoid the removed endpoint");
});

test("NodePort and LoadBalancer services listen on the node address", async (t) => {
  const port = randomHighPort();
  const nodePort = randomNodePort();
  const { clusterIP } = await exposeService("lb", [{ name: "http", port, nodePort }], backends.map(endpointOf), { type: "LoadBalancer" });
  await waitForListeners("default/lb", 3);
  t.deepEqual(proxy.listenerStatus().filter((listener) => listener.target.service === "default/lb").map((listener) => `${listener.kind} ${listener.address}:${listener.port}`).sort(), [
    `cluster_ip ${clusterIP}:${port}`,
    `load_balancer ${nodeAddress}:${port}`,
    `node_port ${nodeAddress}:${nodePort}`,
  ]);
  t.regex(await httpGet(clusterIP, port), /^(alpha|beta|gamma) /);
  t.regex(await httpGet(nodeAddress, nodePort), /^(alpha|beta|gamma) /);
  t.regex(await httpGet(nodeAddress, port), /^(alpha|beta|gamma) /);
  t.true((await sampleValue(registry, "troupe_proxy_listeners", { kind: "node_port" }) ?? 0) >= 1);
  t.true((await sampleValue(registry, "troupe_proxy_listeners", { kind: "load_balancer" }) ?? 0) >= 1);
});

// Serial: it counts the proxy's open sockets, which concurrent tests would change.
test.serial("half-closes pass through, and garbage, idle or reset clients break nothing", async (t) => {
  // A raw TCP endpoint that answers only after the client's FIN: proves the FIN is forwarded while the answer still flows back.
  const echo = createServer({ allowHalfOpen: true }, (socket) => {
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => socket.end(`got ${Buffer.concat(chunks).length} bytes`));
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => echo.listen(0, backends[0].ip, resolve));
  t.teardown(() => echo.close());
  const port = randomHighPort();
  const { clusterIP } = await exposeService("rawtcp", [{ port }], [{ ip: backends[0].ip, port: (echo.address() as { port: number }).port }]);
  const baseline = proxy.openSockets;

  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect({ host: clusterIP, port, allowHalfOpen: true });
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
    socket.end(Buffer.alloc(100_000, 7));
  });
  t.is(answer, "got 100000 bytes");

  const open = (): Promise<Socket> => new Promise((resolve, reject) => {
    const socket = connect({ host: clusterIP, port }, () => resolve(socket));
    socket.on("error", reject);
  });
  const garbage = await open();
  garbage.write(Buffer.from([0, 255, 13, 10, 0, 1, 2, 3]));
  const idle = await open();
  const reset = await open();
  reset.resetAndDestroy();
  await eventually(() => (proxy.openSockets >= baseline + 4 ? true : undefined), "the idle and garbage connections to be forwarded");
  garbage.destroy();
  idle.destroy();
  await eventually(() => (proxy.openSockets === baseline ? true : undefined), "every forwarded socket to close");
  const again = await new Promise<string>((resolve, reject) => {
    const socket = connect({ host: clusterIP, port, allowHalfOpen: true });
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
    socket.end("ok");
  });
  t.is(again, "got 2 bytes", "the service still works");
});

test("a service port change moves the listener and keeps the connections of the old one", async (t) => {
  const oldPort = randomHighPort();
  const newPort = oldPort + 1;
  const { clusterIP, service } = await exposeService("moving", [{ port: oldPort }], backends.map(endpointOf));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => agent.destroy());
  const before = await httpGet(clusterIP, oldPort, { agent });
  const current = await cluster.client.get("services", "moving", { namespace: "default" });
  await cluster.client.update({ ...current, spec: { ...(current.spec as object), ports: [{ port: newPort, protocol: "TCP", targetPort: newPort }] } });
  await eventually(() => (proxy.listenerStatus().some((listener) => listener.port === newPort && listener.state === "listening") ? true : undefined), "the new listener");
  t.false(proxy.listenerStatus().some((listener) => listener.address === clusterIP && listener.port === oldPort));
  t.regex(await httpGet(clusterIP, newPort), /^(alpha|beta|gamma) /);
  await t.throwsAsync(httpGet(clusterIP, oldPort), { message: /ECONNREFUSED/ });
  t.is(await httpGet(clusterIP, oldPort, { agent }), before, "the connection accepted by the old listener still works");
  t.truthy(service.metadata?.uid);
});

test("an address held by another socket is retried until it is free, and counted", async (t) => {
  const port = randomHighPort();
  const clusterIP = randomServiceAddress();
  // A socket without SO_REUSEPORT: the proxy cannot share it.
  const squatter: Server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => squatter.listen(port, clusterIP, resolve));
  const failuresBefore = (await sampleValue(registry, "troupe_proxy_listen_failures_total", { kind: "cluster_ip", reason: "address_in_use" })) ?? 0;
  await cluster.client.create(serviceManifest("squatted", clusterIP, [{ port }]));
  await cluster.client.create(endpointsManifest("squatted", "", backends.map(endpointOf)));
  const waiting = await eventually(() => proxy.listenerStatus().find((listener) => listener.target.service === "default/squatted" && listener.state === "waiting_to_retry"), "a failed bind");
  t.is(waiting.lastError, "EADDRINUSE");
  await eventually(async () => ((await sampleValue(registry, "troupe_proxy_listen_failures_total", { kind: "cluster_ip", reason: "address_in_use" })) ?? 0) > failuresBefore ? true : undefined, "the failure metric");
  await new Promise<void>((resolve) => squatter.close(() => resolve()));
  await waitForListeners("default/squatted");
  t.regex(await httpGet(clusterIP, port), /^(alpha|beta|gamma) /);
});

test("deleting a service closes its listeners and drops its series", async (t) => {
  const port = randomHighPort();
  const { clusterIP } = await exposeService("doomed", [{ name: "http", port }], backends.map(endpointOf));
  await httpGet(clusterIP, port);
  await cluster.client.delete("services", "doomed", { namespace: "default" });
  await eventually(() => (proxy.listenerStatus().some((listener) => listener.target.service === "default/doomed") ? undefined : true), "the listener to close");
  await t.throwsAsync(httpGet(clusterIP, port), { message: /ECONNREFUSED/ });
  await eventually(async () => ((await sampleValue(registry, "troupe_proxy_connections_total", { k8s_service: "default/doomed" })) === undefined ? true : undefined), "the series to go");
  t.pass();
});

// Serial: it counts open sockets. Two proxies in one process stand for two nodes on one host.
test.serial("a second node's proxy shares the addresses, and stopping it closes only its own connections", async (t) => {
  const port = randomHighPort();
  const { clusterIP } = await exposeService("shared", [{ name: "http", port }], backends.map(endpointOf));
  const second = await NodeProxy.start(
    { nc: cluster.nc, registry: createMetricsRegistry({ service: PROXY_SERVICE_NAME, defaultMetrics: false }), logger: createLogger("proxy-test-2", {}, { level: "error" }) },
    { nodeName: "node-proxy-test-2", nodeAddress, connectTimeoutMs: 500 },
  );
  t.teardown(() => second.stop());
  await second.whenSynced();
  await eventually(() => (second.listenerStatus().some((listener) => listener.target.service === "default/shared" && listener.state === "listening") ? true : undefined), "the second proxy's listener");
  const baseline = proxy.openSockets;
  // The kernel hashes each connection to one of the sockets sharing the address.
  const clients = await Promise.all(Array.from({ length: 40 }, () => new Promise<Socket>((resolve, reject) => {
    const socket = connect({ host: clusterIP, port }, () => resolve(socket));
    socket.on("error", () => undefined);
    socket.once("error", reject);
  })));
  t.teardown(() => clients.forEach((socket) => socket.destroy()));
  await eventually(() => ((proxy.openSockets - baseline + second.openSockets) === 80 ? true : undefined), "every connection forwarded by one of the proxies");
  t.true(second.openSockets > 0 && proxy.openSockets > baseline, `both proxies took connections (${proxy.openSockets - baseline}, ${second.openSockets})`);
  let closed = 0;
  for (const socket of clients) socket.once("close", () => closed++);
  const secondsShare = second.openSockets / 2;
  await second.stop();
  t.is(second.openSockets, 0);
  await eventually(() => (closed === secondsShare ? true : undefined), "the stopped proxy's clients to be closed");
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.is(closed, secondsShare, "only the stopped proxy's clients were closed");
  t.regex(await httpGet(clusterIP, port), /^(alpha|beta|gamma) /, "the other proxy still serves the address");
});

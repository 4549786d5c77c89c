// The mesh SDK against a real nats-server: calls, errors, timeouts and the circuit breaker,
// tracing, metrics, readiness and draining. Replicas in other processes: mesh-replicas.test.ts;
// events: mesh-events.test.ts.
import test from "ava";
import { setTimeout as sleep } from "node:timers/promises";
import { trace } from "@opentelemetry/api";
import { Svcm } from "@nats-io/services";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { defineService, Mesh, MeshError } from "../runtime/mesh/mod.ts";
import { meshMethodSubject, meshMetricsSubject } from "../runtime/subjects.ts";
import { createLogger } from "../runtime/log.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { useNatsServer } from "./helpers/nats.ts";
import { sampleValue } from "./helpers/metrics.ts";

const MAX_PAYLOAD = 256 * 1024;
const nats = useNatsServer(test, { maxPayload: MAX_PAYLOAD });
const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
const meshes: Mesh[] = [];

interface CreateOrder {
  item: string;
  qty: number;
}
interface Order extends CreateOrder {
  id: string;
  replica: string;
}

function ordersService(replica: string, state: { delayMs: number } = { delayMs: 0 }) {
  let next = 0;
  return defineService({
    name: "orders",
    version: "1.2.0",
    handlers: {
      async create(req: CreateOrder): Promise<Order> {
        if (state.delayMs > 0) await sleep(state.delayMs);
        return { ...req, id: `${replica}-${++next}`, replica };
      },
      async reserve(req: { item: string }) {
        throw Object.assign(new Error(`${req.item} is out of stock`), { code: "OUT_OF_STOCK" });
      },
      async echo(req: unknown) {
        return req;
      },
    },
  });
}

async function mesh(name: string, options: Parameters<typeof Mesh.connect>[0] = {}): Promise<Mesh> {
  const logger = createLogger("mesh", { service: name }, { level: "error" });
  const created = await Mesh.connect({ nc: await nats.connect(name), name, logger, ...options });
  meshes.push(created);
  return created;
}

async function rejection(promise: Promise<unknown>): Promise<MeshError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof MeshError)) throw new Error(`expected a MeshError, got ${String(error)}`);
  return error;
}

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "mesh-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
});

test.after.always(async () => {
  await Promise.allSettled(meshes.map((m) => m.stop()));
  await telemetry?.shutdown();
});

test.serial("calls are spread across the replicas of a service and answered with typed JSON", async (t) => {
  const replicas = await Promise.all(["a", "b", "c"].map(async (id) => (await mesh(`orders-${id}`)).serve(ordersService(id))));
  t.teardown(() => Promise.all(replicas.map((replica) => replica.stop())));
  const client = await mesh("spread-client");
  const orders = client.client<ReturnType<typeof ordersService>>("orders");
  const results = await Promise.all(Array.from({ length: 60 }, (_, i) => orders.create({ item: `item-${i}`, qty: i })));
  t.deepEqual(results.map((order) => order.item), Array.from({ length: 60 }, (_, i) => `item-${i}`));
  t.deepEqual([...new Set(results.map((order) => order.replica))].sort(), ["a", "b", "c"], "every replica served some calls");
  const order = await client.call<CreateOrder, Order>("orders.create", { item: "x", qty: 1 }, { timeoutMs: 2000, idempotent: true });
  t.is(order.item, "x");
});

test.serial("a mesh service is discoverable as a NATS micro service", async (t) => {
  const served = await (await mesh("orders-micro")).serve(ordersService("m"));
  t.teardown(() => served.stop());
  const nc = await nats.connect("micro-client");
  const infos = [];
  for await (const info of await new Svcm(nc).client().info("orders")) infos.push(info);
  t.is(infos.length, 1);
  t.like(infos[0], { name: "orders", version: "1.2.0", metadata: { "troupe.namespace": "default" } });
  t.like(infos[0].endpoints[0], { subject: "troupe.mesh.default.orders.*", queue_group: "troupe.mesh.default.orders" });
  t.is(infos[0].endpoints[0].metadata?.methods, "create,reserve,echo");
});

test.serial("a call to a service without replicas fails at once with NO_RESPONDERS naming the subject", async (t) => {
  const client = await mesh("lonely-client");
  const started = performance.now();
  const error = await rejection(client.call("billing.charge", { amount: 1 }, { idempotent: true }));
  const elapsed = performance.now() - started;
  t.is(error.code, "NO_RESPONDERS");
  t.regex(error.message, /no replica serves troupe\.mesh\.default\.billing\.charge/);
  t.true(elapsed < 100, `took ${elapsed} ms`);
});

test.serial("garbage, oversized and unknown-method requests get clear errors and the service keeps serving", async (t) => {
  const served = await (await mesh("orders-errors")).serve(ordersService("e"));
  t.teardown(() => served.stop());
  const client = await mesh("errors-client");
  const nc = await nats.connect("raw-client");

  const garbage = await nc.request(meshMethodSubject("default", "orders", "create"), new TextEncoder().encode("{not json"), { timeout: 2000 });
  t.is(garbage.headers?.get("Troupe-Mesh-Error-Code"), "BAD_REQUEST");
  t.is(garbage.headers?.get("Nats-Service-Error-Code"), "400");
  t.regex(garbage.headers?.get("Nats-Service-Error") ?? "", /request to orders\.create is not JSON/);

  const started = performance.now();
  const tooLarge = await rejection(client.call("orders.echo", { blob: "x".repeat(MAX_PAYLOAD) }));
  t.is(tooLarge.code, "PAYLOAD_TOO_LARGE");
  t.regex(tooLarge.message, new RegExp(`max_payload is ${MAX_PAYLOAD}`));
  t.true(performance.now() - started < 100, "refused without a round trip");

  const unknown = await rejection(client.call("orders.frobnicate", {}));
  t.is(unknown.code, "UNKNOWN_METHOD");
  t.regex(unknown.message, /service orders has no method "frobnicate" \(it has: create, reserve, echo\)/);

  const remote = await rejection(client.call("orders.reserve", { item: "socks" }));
  t.is(remote.code, "REMOTE_ERROR");
  t.is(remote.remoteCode, "OUT_OF_STOCK");
  t.regex(remote.message, /orders\.reserve@default failed: socks is out of stock/);

  t.deepEqual(await client.call("orders.echo", { still: "alive" }), { still: "alive" });
  t.true(served.isReady());
});

test.serial("a slow service trips the timeout, then the breaker fails fast, then a probe closes it again", async (t) => {
  const state = { delayMs: 400 };
  const served = await (await mesh("orders-slow")).serve(ordersService("s", state));
  t.teardown(() => served.stop());
  const client = await mesh("breaker-client", { circuitBreaker: { failureThreshold: 3, coolDownMs: 300 } });
  for (let i = 0; i < 3; i++) {
    const error = await rejection(client.call("orders.create", { item: "x", qty: 1 }, { timeoutMs: 50 }));
    t.is(error.code, "TIMEOUT");
    t.regex(error.message, /orders\.create@default timed out after 50 ms/);
  }
  const started = performance.now();
  const open = await rejection(client.call("orders.create", { item: "x", qty: 1 }, { timeoutMs: 50 }));
  t.is(open.code, "CIRCUIT_OPEN");
  t.regex(open.message, /circuit to service orders@default is open/);
  t.true(performance.now() - started < 20, "an open circuit fails fast");
  t.is(await sampleValue(client.registry, "troupe_mesh_client_circuit_open", { service: "orders" }), 1);

  state.delayMs = 0;
  await sleep(320);
  const order = await client.call<CreateOrder, Order>("orders.create", { item: "probe", qty: 1 }, { timeoutMs: 1000 });
  t.is(order.item, "probe");
  t.is(await sampleValue(client.registry, "troupe_mesh_client_circuit_open", { service: "orders" }), 0);
  t.is(await sampleValue(client.registry, "troupe_mesh_client_calls_total", { service: "orders", method: "create", result: "timeout" }), 3);
  t.is(await sampleValue(client.registry, "troupe_mesh_client_calls_total", { service: "orders", method: "create", result: "circuit_open" }), 1);
});

test.serial("the server span is a child of the client span, with rpc and messaging attributes", async (t) => {
  const served = await (await mesh("orders-traced")).serve(ordersService("t"));
  t.teardown(() => served.stop());
  const client = await mesh("traced-client");
  exporter.reset();
  const traceId = await trace.getTracer("mesh-test").startActiveSpan("checkout", async (span) => {
    await client.call("orders.create", { item: "x", qty: 1 });
    span.end();
    return span.spanContext().traceId;
  });
  const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  const clientSpan = spans.find((span) => span.name === "orders.create" && span.kind === 2);
  const serverSpan = spans.find((span) => span.name === "orders.create" && span.kind === 1);
  t.truthy(clientSpan, spans.map((span) => `${span.name}/${span.kind}`).join(", "));
  t.is(serverSpan?.parentSpanContext?.spanId, clientSpan?.spanContext().spanId);
  t.like(clientSpan?.attributes, {
    "rpc.system": "troupe_mesh",
    "rpc.service": "orders",
    "rpc.method": "create",
    "messaging.system": "nats",
    "messaging.destination.name": "troupe.mesh.default.orders.create",
    "messaging.operation.type": "send",
  });
  t.like(serverSpan?.attributes, { "messaging.operation.type": "process", "messaging.consumer.group.name": "troupe.mesh.default.orders" });
});

test.serial("stop() drains: readiness goes false, requests in flight are answered, new ones go to other replicas", async (t) => {
  const slow = { delayMs: 200 };
  const leaving = await mesh("orders-leaving");
  const served = await leaving.serve(ordersService("leaving", slow));
  const staying = await (await mesh("orders-staying")).serve(ordersService("staying"));
  t.teardown(() => Promise.all([served.stop(), staying.stop()]));
  const health = await leaving.serveHealth({ port: 0, host: "127.0.0.1" });
  t.is((await fetch(`${health.url}/readyz`)).status, 200);
  const client = await mesh("drain-client");
  const calls = Array.from({ length: 20 }, (_, i) => client.call<CreateOrder, Order>("orders.create", { item: `d${i}`, qty: 1 }));
  await sleep(50);
  t.true(served.inFlight > 0, "some calls are in flight on the leaving replica");
  const stopping = leaving.stop();
  await sleep(10);
  const readyz = await fetch(`${health.url}/readyz`);
  t.is(readyz.status, 503);
  t.regex(await readyz.text(), /draining/);
  const after = await client.call<CreateOrder, Order>("orders.create", { item: "after", qty: 1 });
  t.is(after.replica, "staying");
  const results = await Promise.all(calls);
  t.is(results.length, 20);
  t.true(results.some((order) => order.replica === "leaving"));
  await stopping;
  t.is(served.inFlight, 0);
  t.is(await sampleValue(leaving.registry, "troupe_mesh_server_in_flight_requests", { service: "orders" }), 0);
  t.true(((await sampleValue(leaving.registry, "troupe_mesh_server_requests_total", { service: "orders", method: "create", result: "ok" })) ?? 0) > 0);
});

test.serial("a replica whose own readiness check fails leaves the queue group until it passes again", async (t) => {
  const gated = await mesh("orders-gated");
  const other = await mesh("orders-other");
  const servedGated = await gated.serve(ordersService("gated"));
  const servedOther = await other.serve(ordersService("other"));
  t.teardown(() => Promise.all([servedGated.stop(), servedOther.stop()]));
  const health = await gated.serveHealth({ port: 0, host: "127.0.0.1" });
  let ready = true;
  gated.gateOnReadiness(() => ready, 20);
  const client = await mesh("gate-client");
  const replicas = async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) seen.add((await client.call<CreateOrder, Order>("orders.create", { item: `g${i}`, qty: 1 })).replica);
    return [...seen].sort();
  };
  t.deepEqual(await replicas(), ["gated", "other"]);

  ready = false;
  for (let i = 0; i < 100 && !servedGated.paused; i++) await sleep(10);
  t.deepEqual(await replicas(), ["other"], "no call reaches the unready replica");
  const readyz = await fetch(`${health.url}/readyz`);
  t.is(readyz.status, 503);
  t.regex(await readyz.text(), /readiness check failing/);

  ready = true;
  for (let i = 0; i < 100 && servedGated.paused; i++) await sleep(10);
  t.is((await fetch(`${health.url}/readyz`)).status, 200);
  t.deepEqual(await replicas(), ["gated", "other"], "back in the rotation");
});

test("a mesh that knows its pod reports the calls it served every interval on its own metrics subject", async (t) => {
  const watcher = await nats.connect("metrics-watcher");
  const reports: { methods: { service: string; method: string; requests: number; errors: number; buckets: number[] }[]; startTime: string; timestamp: string }[] = [];
  const sub = watcher.subscribe(meshMetricsSubject("default", "orders-7f9c-abcde"), { callback: (_error, msg) => void reports.push(msg.json()) });
  const server = await mesh("reporting-server", { pod: "orders-7f9c-abcde", metricsReportIntervalMs: 200 });
  await server.serve(ordersService("r1"));
  const client = await mesh("reporting-client");
  for (let i = 0; i < 3; i++) await client.call("orders.create", { item: "book", qty: 1 });
  await rejection(client.call("orders.reserve", { item: "book" }, { attempts: 1 }));
  await rejection(client.call("orders.nope", {}, { attempts: 1 }));
  const deadline = Date.now() + 10_000;
  const counts = (name: string) => reports.at(-1)?.methods.find((entry) => entry.method === name);
  while (Date.now() < deadline && !(counts("create")?.requests === 3 && counts("_other")?.requests === 1)) await sleep(50);
  const seen = reports.length;
  while (Date.now() < deadline && reports.length <= seen) await sleep(50);
  sub.unsubscribe();
  t.like(counts("create"), { service: "orders", requests: 3, errors: 0 });
  t.like(counts("reserve"), { requests: 1, errors: 1 });
  t.like(counts("_other"), { requests: 1, errors: 1 }, "an unknown method counts under _other");
  t.is(counts("create")?.buckets.length, 17);
  t.is(counts("create")?.buckets.at(-1), 3, "the +Inf bucket counts every request");
  t.true(Date.parse(reports.at(-1)?.timestamp ?? "") >= Date.parse(reports.at(-1)?.startTime ?? ""));
  t.true(reports.length > seen, "reports keep coming every interval");
});

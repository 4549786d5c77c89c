// Tracing across the NATS hop and the API's Prometheus metrics.
import test from "ava";
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { startHealthServer, type HealthServer } from "../runtime/health-server.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let cluster: ApiTestCluster;
let health: HealthServer;

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
  cluster = await startApiTestCluster();
  health = await startHealthServer({ port: 0, registry: cluster.registry, checks: { ready: () => cluster.api.isReady() } });
});

test.after.always(async () => {
  await health?.close();
  await cluster?.stop();
  await telemetry?.shutdown();
});

test.serial("a span started by the client continues in the API service with the same trace id", async (t) => {
  exporter.reset();
  const tracer = trace.getTracer("troupe-cli");
  const traceId = await tracer.startActiveSpan("troupe get", async (span) => {
    await cluster.client.get("namespaces", "default");
    span.end();
    return span.spanContext().traceId;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
  const names = spans.map((span) => span.name);
  t.true(names.includes("troupe get"), names.join(", "));
  const server = spans.find((span) => span.kind === 1 /* SERVER */);
  t.truthy(server, `a SERVER span of the API in the same trace: ${names.join(", ")}`);
  const client = spans.find((span) => span.kind === 2 /* CLIENT */);
  t.truthy(client, "a CLIENT span for the NATS request");
  t.is(server?.parentSpanContext?.spanId ?? (server as unknown as { parentSpanId?: string })?.parentSpanId, client?.spanContext().spanId);
});

test.serial("a traced write's context comes back on get as the last-change traceparent header", async (t) => {
  const tracer = trace.getTracer("troupe-cli");
  const traceId = await tracer.startActiveSpan("troupe apply", async (span) => {
    await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "traced", namespace: "default" }, data: { a: "1" } });
    span.end();
    return span.spanContext().traceId;
  });
  const traced = await cluster.client.getWithLastChange("configmaps", "traced", { namespace: "default" });
  t.is(traced.object.metadata?.name, "traced");
  t.regex(traced.lastChangeTraceparent ?? "", new RegExp(`^00-${traceId}-[0-9a-f]{16}-0[01]$`));
  // The stored parent is a span of the API's own request handling, not the client's span.
  const apiSpanIds = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId && span.kind === 1).map((span) => span.spanContext().spanId);
  t.true(apiSpanIds.includes(traced.lastChangeTraceparent?.split("-")[2] ?? ""), `parent ${traced.lastChangeTraceparent} among API spans ${apiSpanIds.join(", ")}`);
});

test.serial("each watch event carries the last-change traceparent of the write it reports", async (t) => {
  const watch = await cluster.client.watch("configmaps", { namespace: "default", fieldSelector: "metadata.name=watched" });
  t.teardown(() => watch.stop());
  const traceId = await trace.getTracer("troupe-cli").startActiveSpan("troupe create", async (span) => {
    await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "watched", namespace: "default" }, data: { a: "1" } });
    span.end();
    return span.spanContext().traceId;
  });
  for await (const event of watch) {
    if (event.type !== "ADDED") continue;
    t.regex(event.lastChangeTraceparent ?? "", new RegExp(`^00-${traceId}-`));
    break;
  }
});

test.serial("/metrics serves Prometheus text with the API's request metrics", async (t) => {
  await cluster.client.get("namespaces", "default");
  await cluster.client.get("namespaces", "missing").catch(() => undefined);
  const response = await fetch(`${health.url}/metrics`);
  t.is(response.status, 200);
  t.regex(response.headers.get("content-type") ?? "", /text\/plain/);
  const text = await response.text();
  t.regex(text, /troupe_api_requests_total\{verb="get",resource="namespaces",code="200"[^}]*\} [1-9]/);
  t.regex(text, /troupe_api_requests_total\{verb="get",resource="namespaces",code="404"[^}]*\} [1-9]/);
  // The buckets are there; how many gets took under 5 ms depends on the machine's load.
  t.regex(text, /troupe_api_request_duration_seconds_bucket\{le="0.005",[^}]*verb="get"[^}]*\} \d/);
  t.regex(text, /troupe_api_request_duration_seconds_count\{[^}]*verb="get"[^}]*\} [1-9]/);
  t.regex(text, /process_resident_memory_bytes/);
  const ready = await fetch(`${health.url}/readyz`);
  t.is(ready.status, 200);
});

// The span collector against real OpenTelemetry OTLP/HTTP exporters (protobuf and JSON) and a
// real nats-server: what they send is stored, per trace, in the bounded span stream.
import test from "ava";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { ROOT_CONTEXT, trace, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";
import { readTrace } from "../runtime/spans/read-trace.ts";
import { SPANS_STREAM } from "../runtime/subjects.ts";
import { CollectorService } from "../services/collector/collector-service.ts";
import { useNatsServer } from "./helpers/nats.ts";
import { eventually } from "./helpers/workload-cluster.ts";

const nats = useNatsServer(test);
const logger = createLogger("collector-test", {}, { level: "error" });

async function startCollector(options: Parameters<typeof CollectorService.start>[1] = {}) {
  const registry = createMetricsRegistry({ service: "troupe-collector", defaultMetrics: false });
  const collector = await CollectorService.start({ nc: await nats.connect(), registry, logger }, { port: 0, ...options });
  return { collector, registry };
}

function tracerExporting(exporter: SpanExporter, service: string): { tracer: Tracer; provider: BasicTracerProvider } {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": service, "k8s.node.name": "node-2" }),
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer("collector-test"), provider };
}

async function exportOneTrace(tracer: Tracer, provider: BasicTracerProvider): Promise<string> {
  const parent = tracer.startSpan("apply deployment", { kind: 1, attributes: { "rpc.method": "create", "k8s.namespace.name": "default" } });
  const traceId = parent.spanContext().traceId;
  tracer.startSpan("kv put", {}, trace.setSpan(ROOT_CONTEXT, parent)).end();
  parent.end();
  await provider.forceFlush();
  return traceId;
}

async function metric(registry: ReturnType<typeof createMetricsRegistry>, name: string, labels: Record<string, string> = {}): Promise<number> {
  const found = (await registry.getMetricsAsJSON()).find((entry) => entry.name === name);
  const values = (found?.values ?? []) as { value: number; labels: Record<string, string> }[];
  return values.filter((value) => Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted)).reduce((sum, value) => sum + value.value, 0);
}

for (const [encoding, Exporter] of [["protobuf", ProtoExporter], ["json", JsonExporter]] as const) {
  test.serial(`spans the OTel ${encoding} exporter sends are stored under their trace, with service, kind, parent and attributes`, async (t) => {
    const { collector, registry } = await startCollector();
    t.teardown(() => collector.stop());
    const { tracer, provider } = tracerExporting(new Exporter({ url: `${collector.endpoint}/v1/traces` }), "troupe-api");
    t.teardown(() => provider.shutdown());
    const traceId = await exportOneTrace(tracer, provider);
    const js = jetstream(await nats.connect());
    const spans = await eventually(() => readTrace(js, traceId), (found) => found.length === 2, "both spans in the store");
    const parent = spans.find((span) => span.name === "apply deployment");
    const child = spans.find((span) => span.name === "kv put");
    t.truthy(parent && child);
    t.is(parent?.service, "troupe-api");
    t.is(parent?.kind, "server");
    t.is(parent?.resource["k8s.node.name"], "node-2");
    t.is(parent?.attributes["rpc.method"], "create");
    t.is(parent?.parentSpanId, undefined);
    t.is(child?.parentSpanId, parent?.spanId);
    t.true(BigInt(parent?.endTimeUnixNano ?? 0) >= BigInt(parent?.startTimeUnixNano ?? 1));
    t.is(await metric(registry, "troupe_collector_spans_received_total", { encoding }), 2);
    t.is(await metric(registry, "troupe_collector_spans_stored_total"), 2);
  });
}

test.serial("a malformed body is answered 400 with what is wrong, and the collector keeps taking exports", async (t) => {
  const { collector, registry } = await startCollector();
  t.teardown(() => collector.stop());
  const url = `${collector.endpoint}/v1/traces`;
  const badJson = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
  t.is(badJson.status, 400);
  t.regex(((await badJson.json()) as { message: string }).message, /body is not JSON/);
  const badProto = await fetch(url, { method: "POST", headers: { "content-type": "application/x-protobuf" }, body: new Uint8Array([0x0a, 0xff, 0xff, 0xff]) });
  t.is(badProto.status, 400);
  await badProto.arrayBuffer();
  const wrongShape = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ resourceSpans: 3 }) });
  t.is(wrongShape.status, 400);
  t.regex(((await wrongShape.json()) as { message: string }).message, /resourceSpans must be an array/);
  const text = await fetch(url, { method: "POST", headers: { "content-type": "text/plain" }, body: "hello" });
  t.is(text.status, 415);
  t.regex(((await text.json()) as { message: string }).message, /unsupported content type "text\/plain"/);
  const wrongPath = await fetch(`${collector.endpoint}/v1/metrics`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  t.is(wrongPath.status, 404);
  await wrongPath.arrayBuffer();
  t.is(await metric(registry, "troupe_collector_spans_dropped_total", { reason: "malformed" }), 3);

  const { tracer, provider } = tracerExporting(new ProtoExporter({ url }), "troupe-scheduler");
  t.teardown(() => provider.shutdown());
  const traceId = await exportOneTrace(tracer, provider);
  const js = jetstream(await nats.connect());
  t.is((await eventually(() => readTrace(js, traceId), (found) => found.length === 2, "the later export stored")).length, 2);
});

test.serial("spans without valid ids are rejected as a partial success, the rest stored", async (t) => {
  const { collector, registry } = await startCollector();
  t.teardown(() => collector.stop());
  const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
  const response = await fetch(`${collector.endpoint}/v1/traces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [
      { traceId, spanId: "00f067aa0ba902b7", name: "kept", startTimeUnixNano: "1", endTimeUnixNano: "2" },
      { traceId: "short", spanId: "00f067aa0ba902b8", name: "bad" },
    ] }] }] }),
  });
  t.is(response.status, 200);
  const body = (await response.json()) as { partialSuccess: { rejectedSpans: string; errorMessage: string } };
  t.is(body.partialSuccess.rejectedSpans, "1");
  t.regex(body.partialSuccess.errorMessage, /"bad": traceId must be 16 bytes/);
  t.deepEqual((await readTrace(jetstream(await nats.connect()), traceId)).map((span) => span.name), ["kept"]);
  t.is(await metric(registry, "troupe_collector_spans_dropped_total", { reason: "invalid" }), 1);
});

test.serial("the collector creates the span stream with the retention it is given, and a restart applies new limits", async (t) => {
  const first = await startCollector({ maxAgeMs: 600_000, maxBytes: 8 * 1024 * 1024 });
  await first.collector.stop();
  const jsm = await jetstreamManager(await nats.connect());
  let info = await jsm.streams.info(SPANS_STREAM);
  t.is(info.config.max_age, 600_000 * 1_000_000);
  t.is(info.config.max_bytes, 8 * 1024 * 1024);
  t.is(info.config.discard, "old");
  const second = await startCollector({ maxAgeMs: 3600_000, maxBytes: 256 * 1024 * 1024 });
  await second.collector.stop();
  info = await jsm.streams.info(SPANS_STREAM);
  t.is(info.config.max_age, 3600_000 * 1_000_000);
  t.is(info.config.max_bytes, 256 * 1024 * 1024);
});

test.serial("with an upstream endpoint the collector forwards each export unchanged and still stores it", async (t) => {
  const received: { contentType: string; bytes: number }[] = [];
  const upstream = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ contentType: request.headers["content-type"] ?? "", bytes: Buffer.concat(chunks).length });
      response.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  t.teardown(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
  const { collector, registry } = await startCollector({ upstreamEndpoint: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` });
  t.teardown(() => collector.stop());
  const { tracer, provider } = tracerExporting(new ProtoExporter({ url: `${collector.endpoint}/v1/traces` }), "troupe-kubelet");
  t.teardown(() => provider.shutdown());
  const traceId = await exportOneTrace(tracer, provider);
  await collector.upstream?.settle();
  await eventually(async () => received.length, (count) => count >= 1, "the forwarded export");
  t.is(received[0].contentType, "application/x-protobuf");
  t.true(received[0].bytes > 0);
  t.is(await metric(registry, "troupe_collector_upstream_exports_total", { result: "ok" }), received.length);
  t.is((await readTrace(jetstream(await nats.connect()), traceId)).length, 2);
});

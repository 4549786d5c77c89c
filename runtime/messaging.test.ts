import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { headers, TimeoutError } from "@nats-io/transport-node";
import type { NatsConnection } from "@nats-io/transport-node";
import test from "ava";
import { sampleValue } from "../test/helpers/metrics.ts";
import { useNatsServer } from "../test/helpers/nats.ts";
import { handleWithTrace, publish, request } from "./messaging.ts";
import { createMetricsRegistry, createNatsMetrics } from "./metrics.ts";
import { startTelemetry } from "./telemetry.ts";
import type { Telemetry } from "./telemetry.ts";

const nats = useNatsServer(test);
const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
let nc: NatsConnection;
const encoder = new TextEncoder();

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "messaging-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
  nc = await nats.connect("messaging-test");
});
test.after.always(() => telemetry?.shutdown());

function spansOf(traceId: string): ReadableSpan[] {
  return exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
}

function serve(subject: string, handler: (data: string) => string | Promise<string>) {
  const sub = nc.subscribe(subject, {
    callback: (_err, msg) => {
      void handleWithTrace(msg, `handle ${subject}`, async () => msg.respond(encoder.encode(await handler(msg.string())))).catch(
        () => undefined,
      );
    },
  });
  return nc.flush().then(() => sub);
}

test("request carries the caller's trace id to the handler", async (t) => {
  const sub = await serve("echo.trace", (data) => {
    // The handler runs inside the server span, so nested work joins the same trace.
    trace.getTracer("test").startSpan("inside handler").end();
    return data.toUpperCase();
  });
  t.teardown(() => sub.unsubscribe());

  const root = trace.getTracer("test").startSpan("caller");
  const reply = await trace.getTracer("test").startActiveSpan("caller-active", async (active) => {
    const msg = await request(nc, "echo.trace", encoder.encode("hello"), { timeoutMs: 2000, subjectGroup: "echo" });
    active.end();
    return msg;
  });
  root.end();
  t.is(reply.string(), "HELLO");

  const callerSpan = exporter.getFinishedSpans().find((s) => s.name === "caller-active")!;
  const traceId = callerSpan.spanContext().traceId;
  const spans = spansOf(traceId);
  const client = spans.find((s) => s.kind === SpanKind.CLIENT)!;
  const server = spans.find((s) => s.kind === SpanKind.SERVER)!;
  const inner = spans.find((s) => s.name === "inside handler")!;
  t.truthy(client, "client span in the caller's trace");
  t.truthy(server, "server span in the caller's trace");
  t.is(client.name, "send echo");
  t.is(client.parentSpanContext?.spanId, callerSpan.spanContext().spanId);
  t.is(server.parentSpanContext?.spanId, client.spanContext().spanId);
  t.is(inner.parentSpanContext?.spanId, server.spanContext().spanId);
  t.like(client.attributes, {
    "messaging.system": "nats",
    "messaging.destination.name": "echo.trace",
    "messaging.operation.type": "send",
    "messaging.message.body.size": 5,
  });
  t.like(server.attributes, { "messaging.system": "nats", "messaging.operation.type": "process" });
});

test("request passes caller headers alongside the trace context", async (t) => {
  const seen: Record<string, string> = {};
  const sub = nc.subscribe("echo.headers", {
    callback: (_err, msg) => {
      seen.contentType = msg.headers?.get("Content-Type") ?? "";
      seen.traceparent = msg.headers?.get("traceparent") ?? "";
      msg.respond(encoder.encode("ok"));
    },
  });
  t.teardown(() => sub.unsubscribe());
  await nc.flush();

  await request(nc, "echo.headers", encoder.encode("{}"), { timeoutMs: 2000, headers: { "Content-Type": "application/json" } });
  t.is(seen.contentType, "application/json");
  t.regex(seen.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
});

test("request records outcomes and durations per subject group", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const metrics = createNatsMetrics(registry);
  const sub = await serve("echo.metrics", (data) => data);
  t.teardown(() => sub.unsubscribe());

  await request(nc, "echo.metrics", encoder.encode("a"), { timeoutMs: 2000, subjectGroup: "echo", metrics });
  await request(nc, "echo.metrics", encoder.encode("b"), { timeoutMs: 2000, subjectGroup: "echo", metrics });
  await t.throwsAsync(request(nc, "nobody.home", encoder.encode("c"), { timeoutMs: 2000, subjectGroup: "void", metrics }));

  t.is(await sampleValue(registry, "troupe_nats_requests_total", { subject_group: "echo", outcome: "ok" }), 2);
  t.is(await sampleValue(registry, "troupe_nats_requests_total", { subject_group: "echo", outcome: "error" }), 0);
  t.is(await sampleValue(registry, "troupe_nats_request_duration_seconds_count", { subject_group: "echo" }), 2);
  t.is(await sampleValue(registry, "troupe_nats_requests_total", { subject_group: "void", outcome: "no_responders" }), 1);
});

test("a request nobody answers in time is a timeout on the client span and in metrics", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const metrics = createNatsMetrics(registry);
  // Subscribed but silent: the request reaches a responder that never replies.
  const sub = nc.subscribe("echo.silent", { callback: () => undefined });
  t.teardown(() => sub.unsubscribe());
  await nc.flush();

  const traceId = await trace.getTracer("test").startActiveSpan("timeout-caller", async (span) => {
    await t.throwsAsync(request(nc, "echo.silent", encoder.encode("x"), { timeoutMs: 100, subjectGroup: "silent", metrics }), {
      instanceOf: TimeoutError,
    });
    span.end();
    return span.spanContext().traceId;
  });

  const client = spansOf(traceId).find((s) => s.kind === SpanKind.CLIENT)!;
  t.is(client.status.code, SpanStatusCode.ERROR);
  t.is(client.attributes["error.type"], "timeout");
  t.is(await sampleValue(registry, "troupe_nats_requests_total", { subject_group: "silent", outcome: "timeout" }), 1);
});

test("handler errors mark the server span as failed and are rethrown", async (t) => {
  const failures: unknown[] = [];
  const sub = nc.subscribe("echo.fail", {
    callback: (_err, msg) => {
      handleWithTrace(msg, "handle fail", () => {
        throw new RangeError("bad input");
      }).catch((error: unknown) => {
        failures.push(error);
        msg.respond(encoder.encode("failed"));
      });
    },
  });
  t.teardown(() => sub.unsubscribe());
  await nc.flush();

  const traceId = await trace.getTracer("test").startActiveSpan("fail-caller", async (span) => {
    await request(nc, "echo.fail", encoder.encode("x"), { timeoutMs: 2000 });
    span.end();
    return span.spanContext().traceId;
  });

  t.is(failures.length, 1);
  t.true(failures[0] instanceof RangeError);
  const server = spansOf(traceId).find((s) => s.name === "handle fail")!;
  t.is(server.status.code, SpanStatusCode.ERROR);
  t.is(server.status.message, "bad input");
  t.is(server.attributes["error.type"], "RangeError");
  t.is(server.events[0]?.name, "exception");
});

test("publish starts a producer span that the consumer continues", async (t) => {
  const handled = new Promise<string>((resolve) => {
    const sub = nc.subscribe("events.traced", {
      max: 1,
      callback: (_err, msg) => {
        // Resolve only once handleWithTrace returns, i.e. after its span has ended.
        void handleWithTrace(msg, "consume event", (span) => span.spanContext().traceId).then(resolve);
      },
    });
    t.teardown(() => sub.unsubscribe());
  });
  await nc.flush();

  const traceId = trace.getTracer("test").startActiveSpan("emitter", (span) => {
    publish(nc, "events.traced", encoder.encode("e"), { subjectGroup: "events" });
    span.end();
    return span.spanContext().traceId;
  });

  t.is(await handled, traceId);
  const spans = spansOf(traceId);
  const producer = spans.find((s) => s.kind === SpanKind.PRODUCER)!;
  const consumer = spans.find((s) => s.kind === SpanKind.CONSUMER)!;
  t.is(producer.name, "send events");
  t.is(consumer.parentSpanContext?.spanId, producer.spanContext().spanId);
});

test("a message without trace headers starts a new trace", async (t) => {
  const received = new Promise<string>((resolve) => {
    const sub = nc.subscribe("events.untraced", {
      max: 1,
      callback: (_err, msg) => {
        void handleWithTrace(msg, "consume untraced", (span) => span.spanContext().traceId).then(resolve);
      },
    });
    t.teardown(() => sub.unsubscribe());
  });
  await nc.flush();
  nc.publish("events.untraced", "plain");
  const traceId = await received;
  const span = spansOf(traceId).find((s) => s.name === "consume untraced")!;
  t.truthy(span);
  t.is(span.parentSpanContext, undefined);
});

test("trace headers are read regardless of header name case", async (t) => {
  const traceId = "0af7651916cd43dd8448eb211c80319c";
  const handled = new Promise<string>((resolve) => {
    const sub = nc.subscribe("events.canonical", {
      max: 1,
      callback: (_err, msg) =>
        void handleWithTrace(msg, "consume canonical", (span) => span.spanContext().traceId).then(resolve),
    });
    t.teardown(() => sub.unsubscribe());
  });
  await nc.flush();
  const h = headers();
  h.set("Traceparent", `00-${traceId}-b7ad6b7169203331-01`);
  nc.publish("events.canonical", "x", { headers: h });
  t.is(await handled, traceId);
});

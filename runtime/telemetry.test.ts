import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { context, propagation, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import test from "ava";
import { otlpTracesUrl, startTelemetry } from "./telemetry.ts";

// Obtained at import time, before any SDK exists, as library modules do.
const moduleTracer = trace.getTracer("module-level");

// Telemetry installs process globals, so these tests must not overlap.

test.serial("telemetry exports spans with the service name to the given processor", async (t) => {
  const exporter = new InMemorySpanExporter();
  const telemetry = await startTelemetry({
    serviceName: "troupe-test",
    serviceVersion: "1.2.3",
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });
  t.teardown(() => telemetry.shutdown());

  trace.getTracer("test").startActiveSpan("outer", (outer) => {
    trace.getTracer("test").startSpan("inner").end();
    outer.end();
  });

  const spans = exporter.getFinishedSpans();
  t.deepEqual(spans.map((s) => s.name).sort(), ["inner", "outer"]);
  const inner = spans.find((s) => s.name === "inner")!;
  const outer = spans.find((s) => s.name === "outer")!;
  // The async-local context manager is what makes "inner" a child of the active "outer".
  t.is(inner.parentSpanContext?.spanId, outer.spanContext().spanId);
  t.is(outer.resource.attributes["service.name"], "troupe-test");
  t.is(outer.resource.attributes["service.version"], "1.2.3");
});

test.serial("telemetry started a second time sends spans to the new exporter only", async (t) => {
  const first = new InMemorySpanExporter();
  const second = new InMemorySpanExporter();
  const one = await startTelemetry({ serviceName: "one", spanProcessors: [new SimpleSpanProcessor(first)] });
  const two = await startTelemetry({ serviceName: "two", spanProcessors: [new SimpleSpanProcessor(second)] });
  t.teardown(async () => {
    await one.shutdown();
    await two.shutdown();
  });

  trace.getTracer("test").startSpan("after-restart").end();

  t.is(first.getFinishedSpans().length, 0);
  t.deepEqual(
    second.getFinishedSpans().map((s) => s.name),
    ["after-restart"],
  );
});

test.serial("tracers obtained before telemetry started follow every later SDK", async (t) => {
  for (const name of ["first", "second"]) {
    const exporter = new InMemorySpanExporter();
    const telemetry = await startTelemetry({ serviceName: name, spanProcessors: [new SimpleSpanProcessor(exporter)] });
    moduleTracer.startActiveSpan(`active-${name}`, (span) => span.end());
    moduleTracer.startSpan(`plain-${name}`).end();
    // Read before shutdown: shutting an InMemorySpanExporter down empties it.
    t.deepEqual(
      exporter.getFinishedSpans().map((s) => s.name),
      [`active-${name}`, `plain-${name}`],
    );
    await telemetry.shutdown();
  }
});

test.serial("telemetry installs the W3C trace-context propagator", async (t) => {
  const telemetry = await startTelemetry({ serviceName: "prop", spanProcessors: [] });
  t.teardown(() => telemetry.shutdown());

  const carrier: Record<string, string> = {};
  const span = trace.getTracer("test").startSpan("carrier");
  propagation.inject(trace.setSpan(context.active(), span), carrier);
  span.end();

  t.regex(carrier.traceparent ?? "", new RegExp(`^00-${span.spanContext().traceId}-${span.spanContext().spanId}-01$`));
});

test.serial("telemetry shutdown leaves a no-op tracer behind", async (t) => {
  const telemetry = await startTelemetry({ serviceName: "gone", spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
  t.true(trace.getTracer("test").startSpan("recorded").isRecording());
  await telemetry.shutdown();

  const span = trace.getTracer("test").startSpan("ignored");
  span.end();
  t.false(span.isRecording());
});

test.serial("telemetry posts spans to the OTLP endpoint when one is configured", async (t) => {
  const received: string[] = [];
  const collector = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  t.teardown(() => new Promise<void>((resolve) => collector.close(() => resolve())));
  const { port } = collector.address() as AddressInfo;

  const telemetry = await startTelemetry({ serviceName: "otlp", otlpEndpoint: `http://127.0.0.1:${port}` });
  trace.getTracer("test").startSpan("exported").end();
  await telemetry.shutdown();

  t.deepEqual(received, ["POST /v1/traces"]);
});

test("OTLP traces url appends the signal path only once", (t) => {
  t.is(otlpTracesUrl("http://collector:4318"), "http://collector:4318/v1/traces");
  t.is(otlpTracesUrl("http://collector:4318/"), "http://collector:4318/v1/traces");
  t.is(otlpTracesUrl("http://collector:4318/v1/traces"), "http://collector:4318/v1/traces");
});

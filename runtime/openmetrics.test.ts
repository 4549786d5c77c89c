import test from "ava";
import { context, trace, TraceFlags } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { Counter } from "prom-client";
import { startHealthServer } from "./health-server.ts";
import { createMetricsRegistry } from "./metrics.ts";
import { acceptsOpenMetrics, renderOpenMetrics } from "./openmetrics.ts";
import { createExemplarHistogram, traceExemplarLabels } from "./trace-exemplar.ts";

const TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

function inSpan<T>(sampled: boolean, work: () => T): T {
  const span = trace.wrapSpanContext({ traceId: TRACE_ID, spanId: "b7ad6b7169203331", traceFlags: sampled ? TraceFlags.SAMPLED : TraceFlags.NONE });
  return context.with(trace.setSpan(context.active(), span), work);
}

test.before(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});

test("an Accept header asking for openmetrics-text gets OpenMetrics, others the classic text", (t) => {
  t.true(acceptsOpenMetrics("application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"));
  t.true(acceptsOpenMetrics("application/openmetrics-text"));
  t.false(acceptsOpenMetrics("application/openmetrics-text;q=0"));
  t.false(acceptsOpenMetrics("text/plain"));
  t.false(acceptsOpenMetrics(undefined));
});

test("trace exemplar labels name the active sampled span's trace only", (t) => {
  t.deepEqual(traceExemplarLabels(), {});
  t.deepEqual(inSpan(true, traceExemplarLabels), { trace_id: TRACE_ID });
  t.deepEqual(inSpan(false, traceExemplarLabels), {});
});

test("the health server serves exemplars in OpenMetrics and keeps the classic text unchanged", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const histogram = createExemplarHistogram(registry, { name: "test_duration_seconds", help: "Test.", labelNames: ["verb"] as const, buckets: [0.1, 1] });
  const counter = new Counter({ name: "test_things_total", help: "Things.", registers: [registry] });
  counter.inc(2);
  inSpan(true, () => histogram.observe({ labels: { verb: "get" }, value: 0.05, exemplarLabels: traceExemplarLabels() }));
  const server = await startHealthServer({ registry });
  t.teardown(() => server.close());

  const open = await fetch(`${server.url}/metrics`, { headers: { accept: "application/openmetrics-text; version=1.0.0" } });
  t.regex(open.headers.get("content-type") ?? "", /^application\/openmetrics-text/);
  const openText = await open.text();
  t.regex(openText, new RegExp(`^test_duration_seconds_bucket\\{le="0\\.1",verb="get",service="svc"\\} 1 # \\{trace_id="${TRACE_ID}"\\} 0\\.05 \\d+(\\.\\d+)?$`, "m"));
  t.regex(openText, /^# TYPE test_things counter$/m);
  t.regex(openText, /^test_things_total\{service="svc"\} 2$/m);
  t.true(openText.endsWith("# EOF\n"));
  t.false(openText.includes("\n\n"), "OpenMetrics has no blank lines");

  const classic = await fetch(`${server.url}/metrics`);
  t.regex(classic.headers.get("content-type") ?? "", /^text\/plain/);
  const classicText = await classic.text();
  t.regex(classicText, /^test_things_total\{service="svc"\} 2$/m);
  t.regex(classicText, /^test_duration_seconds_bucket\{le="0\.1",service="svc",verb="get"\} 1$/m);
  t.false(classicText.includes("trace_id"));
});

test("renderOpenMetrics escapes label values", async (t) => {
  const registry = createMetricsRegistry({ service: 'a"b\\c', defaultMetrics: false });
  new Counter({ name: "test_escapes_total", help: "Line\nbreak.", registers: [registry] }).inc();
  const text = await renderOpenMetrics(registry);
  t.true(text.includes('test_escapes_total{service="a\\"b\\\\c"} 1'));
  t.true(text.includes("# HELP test_escapes Line\\nbreak."));
});

import test from "ava";
import { trace, type SpanContext } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { startTelemetry, type Telemetry } from "../../../runtime/telemetry.ts";
import { StartupTrace } from "./startup-trace.ts";

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "startup-trace-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
test.after.always(() => telemetry?.shutdown());

const bind: SpanContext = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", traceFlags: 1, isRemote: true };
const pod = { "k8s.pod.name": "web-1", "k8s.namespace.name": "default", "k8s.node.name": "node-1" };

test.serial("the first pod version's change is the parent of the kubelet's work until the Ready update", async (t) => {
  exporter.reset();
  const startup = new StartupTrace(pod);
  startup.observe(bind);
  startup.observe({ ...bind, spanId: "1111111111111111" });
  await startup.span("kubelet pull image", { "k8s.container.name": "c" }, async () => "image");
  await startup.statusUpdate(false, async () => undefined);
  startup.probeSuccess("none", ["c"]);
  await startup.statusUpdate(true, async () => undefined);
  t.false(startup.active);
  // After Ready, the kubelet's writes (its own status loop) start no spans of this trace.
  await startup.statusUpdate(true, async () => undefined);
  startup.probeSuccess("none", ["c"]);
  const spans = exporter.getFinishedSpans();
  t.deepEqual(spans.map((span) => span.name), ["kubelet pull image", "kubelet update status", "kubelet probe success", "kubelet update status"]);
  t.true(spans.every((span) => span.spanContext().traceId === bind.traceId && span.parentSpanContext?.spanId === bind.spanId));
  t.deepEqual(spans.map((span) => span.attributes["troupe.pod.ready"]), [undefined, false, undefined, true]);
  t.is(spans[0]?.attributes["k8s.pod.name"], "web-1");
});

test.serial("a pod first seen without a traced change (a kubelet restart's relist) gets no startup spans", async (t) => {
  exporter.reset();
  const startup = new StartupTrace(pod);
  startup.observe(undefined);
  startup.observe(bind);
  t.false(startup.active);
  t.is(await startup.span("kubelet start container", {}, async () => 7), 7);
  await startup.statusUpdate(true, async () => undefined);
  t.is(exporter.getFinishedSpans().length, 0);
  t.is(trace.getActiveSpan(), undefined);
});

test.serial("a failed Ready update keeps the trace open for the retry and marks the span failed", async (t) => {
  exporter.reset();
  const startup = new StartupTrace(pod);
  startup.observe(bind);
  await t.throwsAsync(() => startup.statusUpdate(true, async () => {
    throw new Error("conflict");
  }));
  t.true(startup.active);
  await startup.statusUpdate(true, async () => undefined);
  t.false(startup.active);
  t.deepEqual(exporter.getFinishedSpans().map((span) => span.status.code), [2, 0]);
});

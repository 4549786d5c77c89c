import test from "ava";
import type { SpanRecord } from "../../runtime/spans/span-record.ts";
import { waterfall } from "../../runtime/spans/waterfall.ts";
import { parseTraceparent } from "./traceparent.ts";
import { formatDurationMs, formatWaterfall } from "./waterfall-text.ts";

const BASE = 1_764_000_000_000_000_000n;

function span(spanId: string, name: string, service: string, startMs: number, endMs: number, parentSpanId?: string, extra: Partial<SpanRecord> = {}): SpanRecord {
  return {
    traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId, ...(parentSpanId ? { parentSpanId } : {}), name, kind: "internal", service, resource: {},
    startTimeUnixNano: (BASE + BigInt(startMs) * 1_000_000n).toString(), endTimeUnixNano: (BASE + BigInt(endMs) * 1_000_000n).toString(),
    attributes: {}, status: { code: "unset" }, links: [], ...extra,
  };
}

test("the waterfall text indents children, names each span's service and places bars on the trace's time axis", (t) => {
  const text = formatWaterfall(waterfall([
    span("a", "create deployments", "troupe-api", 0, 100),
    span("b", "reconcile deployment", "troupe-controller-manager", 50, 100, "a"),
    span("c", "start container", "troupe-kubelet", 75, 100, "b", { resource: { "k8s.node.name": "node-2" }, status: { code: "error" } }),
  ]), { width: 100 });
  const lines = text.trimEnd().split("\n");
  t.is(lines.length, 4);
  t.regex(lines[0], /^SPAN\s+SERVICE\s+DURATION\s+0\s+100\.0ms$/);
  t.regex(lines[1], /^create deployments\s+troupe-api\s+100\.0ms\s+█+$/);
  t.regex(lines[2], /^ {2}reconcile deployment\s+troupe-controller-manager\s+50\.0ms\s+ +█+$/);
  t.regex(lines[3], /^ {4}start container \[error\]\s+troupe-kubelet \(node-2\)\s+25\.0ms/);
  for (const line of lines) t.true(line.length <= 100, line);
  const barStart = (line: string) => line.indexOf("█");
  t.true(barStart(lines[1]) < barStart(lines[2]) && barStart(lines[2]) < barStart(lines[3]));
  const barLength = (line: string) => line.split("").filter((character) => character === "█").length;
  t.true(Math.abs(barLength(lines[2]) - barLength(lines[1]) / 2) <= 1);
});

test("the waterfall text keeps a usable bar on a narrow terminal", (t) => {
  const text = formatWaterfall(waterfall([span("a", "x".repeat(80), "troupe-api", 0, 10)]), { width: 20 });
  t.regex(text, /…/);
  t.regex(text, /█/);
});

test("durations read as ms below a second and as seconds above", (t) => {
  t.is(formatDurationMs(0.4213), "0.42ms");
  t.is(formatDurationMs(12.34), "12.3ms");
  t.is(formatDurationMs(1840), "1.84s");
  t.is(formatDurationMs(65_000), "65.0s");
});

test("a traceparent gives its trace id and sampled flag; malformed ones give nothing", (t) => {
  t.deepEqual(parseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7", sampled: true });
  t.is(parseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")?.sampled, false);
  for (const bad of ["", "00-xyz-00f067aa0ba902b7-01", `00-${"0".repeat(32)}-00f067aa0ba902b7-01`, "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"]) t.is(parseTraceparent(bad), undefined, bad);
});

import test from "ava";
import type { SpanRecord } from "./span-record.ts";
import { waterfall } from "./waterfall.ts";

const TRACE = "0af7651916cd43dd8448eb211c80319c";
const BASE = 1_764_000_000_000_000_000n;

function span(spanId: string, startMs: number, endMs: number, parentSpanId?: string): SpanRecord {
  return {
    traceId: TRACE,
    spanId,
    ...(parentSpanId ? { parentSpanId } : {}),
    name: `span ${spanId}`,
    kind: "internal",
    service: "troupe-test",
    resource: {},
    startTimeUnixNano: (BASE + BigInt(startMs) * 1_000_000n).toString(),
    endTimeUnixNano: (BASE + BigInt(endMs) * 1_000_000n).toString(),
    attributes: {},
    status: { code: "unset" },
    links: [],
  };
}

test("waterfall puts parents before their children and siblings by start time", (t) => {
  const rows = waterfall([
    span("c2", 30, 40, "a"),
    span("b", 5, 20, "a"),
    span("a", 0, 50),
    span("b1", 6, 10, "b"),
  ]).rows;
  t.deepEqual(rows.map((row) => [row.span.spanId, row.depth]), [["a", 0], ["b", 1], ["b1", 2], ["c2", 1]]);
});

test("waterfall measures offsets and durations from the trace's earliest start", (t) => {
  const layout = waterfall([span("a", 100, 150), span("b", 110, 200, "a")]);
  t.is(layout.startTimeUnixNano, (BASE + 100_000_000n).toString());
  t.is(layout.durationMs, 100);
  t.deepEqual(layout.rows.map((row) => [row.offsetMs, row.durationMs]), [[0, 50], [10, 90]]);
});

test("waterfall keeps sub-millisecond precision of nanosecond times beyond 2^53", (t) => {
  const short = { ...span("a", 0, 0), endTimeUnixNano: (BASE + 1_500n).toString() };
  t.is(waterfall([short]).rows[0].durationMs, 0.0015);
});

test("waterfall shows spans whose parent is not in the store at depth 0, in start order with the roots", (t) => {
  const rows = waterfall([span("orphan", 20, 30, "ffffffffffffffff"), span("root", 0, 10), span("child", 25, 26, "orphan")]).rows;
  t.deepEqual(rows.map((row) => [row.span.spanId, row.depth]), [["root", 0], ["orphan", 0], ["child", 1]]);
});

test("waterfall of no spans is empty", (t) => {
  t.deepEqual(waterfall([]), { startTimeUnixNano: "0", durationMs: 0, rows: [] });
});

test("waterfall still shows every span of a corrupt parent cycle, once", (t) => {
  const rows = waterfall([span("a", 0, 10, "b"), span("b", 1, 5, "a")]).rows;
  t.is(rows.length, 2);
  t.deepEqual(new Set(rows.map((row) => row.span.spanId)), new Set(["a", "b"]));
});

test("waterfall gives a span that ends before it starts no length", (t) => {
  t.is(waterfall([span("a", 10, 5)]).rows[0].durationMs, 0);
});

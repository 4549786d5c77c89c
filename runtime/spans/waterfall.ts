// A trace laid out for reading: each span a row with its depth in the call tree and its start and
// length relative to the trace's start. Pure, so the terminal (`troupe trace`) and the web
// console draw the same layout.
import type { SpanRecord } from "./span-record.ts";

export interface WaterfallRow {
  span: SpanRecord;
  /** 0 for a root or an orphan (its parent is not in the store), children one deeper than their parent. */
  depth: number;
  /** Milliseconds from the trace's earliest start to this span's start. */
  offsetMs: number;
  durationMs: number;
}

export interface Waterfall {
  /** The earliest span start, Unix nanoseconds as a decimal string ("0" for an empty trace). */
  startTimeUnixNano: string;
  /** From the earliest start to the latest end, in milliseconds. */
  durationMs: number;
  /** Parents before their children; siblings (and roots) by start time. */
  rows: WaterfallRow[];
}

const NANOS_PER_MS = 1_000_000n;

function nanos(value: string): bigint {
  try {
    return BigInt(value);
  } catch {
    return 0n;
  }
}

function milliseconds(value: bigint): number {
  return Number(value / NANOS_PER_MS) + Number(value % NANOS_PER_MS) / 1e6;
}

function byStart(a: SpanRecord, b: SpanRecord): number {
  const difference = nanos(a.startTimeUnixNano) - nanos(b.startTimeUnixNano);
  if (difference !== 0n) return difference < 0n ? -1 : 1;
  return a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0;
}

export function waterfall(spans: readonly SpanRecord[]): Waterfall {
  if (spans.length === 0) return { startTimeUnixNano: "0", durationMs: 0, rows: [] };
  const known = new Set(spans.map((span) => span.spanId));
  const children = new Map<string, SpanRecord[]>();
  const roots: SpanRecord[] = [];
  for (const span of spans) {
    const parent = span.parentSpanId;
    if (parent && known.has(parent) && parent !== span.spanId) {
      const siblings = children.get(parent) ?? [];
      siblings.push(span);
      children.set(parent, siblings);
    } else {
      roots.push(span);
    }
  }
  const start = spans.reduce((earliest, span) => (nanos(span.startTimeUnixNano) < earliest ? nanos(span.startTimeUnixNano) : earliest), nanos(spans[0].startTimeUnixNano));
  const end = spans.reduce((latest, span) => (nanos(span.endTimeUnixNano) > latest ? nanos(span.endTimeUnixNano) : latest), start);

  const rows: WaterfallRow[] = [];
  const placed = new Set<string>();
  const place = (span: SpanRecord, depth: number) => {
    if (placed.has(span.spanId)) return;
    placed.add(span.spanId);
    const spanStart = nanos(span.startTimeUnixNano);
    const spanEnd = nanos(span.endTimeUnixNano);
    rows.push({
      span,
      depth,
      offsetMs: milliseconds(spanStart - start),
      durationMs: spanEnd > spanStart ? milliseconds(spanEnd - spanStart) : 0,
    });
    for (const child of (children.get(span.spanId) ?? []).toSorted(byStart)) place(child, depth + 1);
  };
  for (const root of roots.toSorted(byStart)) place(root, 0);
  // Spans in a parent cycle (corrupt input) have no root: show them flat rather than drop them.
  for (const span of spans.toSorted(byStart)) place(span, 0);
  return { startTimeUnixNano: start.toString(), durationMs: milliseconds(end - start), rows };
}

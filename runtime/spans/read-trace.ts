// Reads one trace from the cluster's span store: every message on spansSubject(traceId) of
// SPANS_STREAM, through an ordered consumer filtered to that subject (docs/trace-store.md).
import type { JetStreamClient } from "@nats-io/jetstream";
import { SPANS_STREAM, spansSubject } from "../subjects.ts";
import type { SpanRecord } from "./span-record.ts";

export interface ReadTraceOptions {
  /** How long to wait for the stored spans to arrive before giving up (default 5 s). */
  timeoutMs?: number;
}

export class InvalidTraceIdError extends Error {
  override name = "InvalidTraceIdError";
  readonly code = "InvalidTraceId";
  readonly traceId: string;
  constructor(traceId: string) {
    super(`invalid trace id ${JSON.stringify(traceId)}: a trace id is 32 lowercase hex digits, not all zero`);
    this.traceId = traceId;
  }
}

export class ReadTraceTimeoutError extends Error {
  override name = "ReadTraceTimeoutError";
  readonly code = "ReadTraceTimeout";
  readonly traceId: string;
  constructor(traceId: string, received: number, expected: number, timeoutMs: number) {
    super(`reading trace ${traceId} from ${SPANS_STREAM}: got ${received} of ${expected} spans within ${timeoutMs} ms`);
    this.traceId = traceId;
  }
}

export function isTraceId(traceId: string): boolean {
  return /^[0-9a-f]{32}$/.test(traceId) && !/^0+$/.test(traceId);
}

function isStreamMissing(error: unknown): boolean {
  const text = `${(error as { name?: string }).name ?? ""} ${(error as Error).message ?? ""}`;
  return /stream not found|StreamNotFound/i.test(text);
}

/**
 * The spans of `traceId`, in the order the store received them; a span stored twice (an exporter
 * retry) appears once. [] when the trace is not in the store (never sampled, expired, or the
 * stream does not exist).
 */
export async function readTrace(js: JetStreamClient, traceId: string, options: ReadTraceOptions = {}): Promise<SpanRecord[]> {
  if (!isTraceId(traceId)) throw new InvalidTraceIdError(traceId);
  const timeoutMs = options.timeoutMs ?? 5000;
  let consumer;
  try {
    consumer = await js.consumers.get(SPANS_STREAM, { filter_subjects: spansSubject(traceId) });
  } catch (error) {
    if (isStreamMissing(error)) return [];
    throw error;
  }
  try {
    const expected = (await consumer.info(true)).num_pending;
    if (expected === 0) return [];
    const bySpanId = new Map<string, SpanRecord>();
    let received = 0;
    const messages = await consumer.fetch({ max_messages: expected, expires: Math.max(1000, timeoutMs) });
    for await (const message of messages) {
      const record = message.json<SpanRecord>();
      bySpanId.delete(record.spanId);
      bySpanId.set(record.spanId, record);
      received += 1;
      if (message.info.pending === 0) break;
    }
    if (received < expected) throw new ReadTraceTimeoutError(traceId, received, expected, timeoutMs);
    return [...bySpanId.values()];
  } finally {
    await consumer.delete().catch(() => undefined);
  }
}

// The trace context of the request that last changed a stored value: W3C traceparent (and
// tracestate) kept as headers of the KV message itself, never inside the object (docs/tracing.md).
// Writers take it from the active span; readers hand it on so the work a change causes (the next
// reconcile, a scheduling decision, a kubelet's start) continues that trace.
import { context, isSpanContextValid, propagation, ROOT_CONTEXT, trace } from "@opentelemetry/api";
import type { Context, SpanContext } from "@opentelemetry/api";
import type { MsgHdrs } from "@nats-io/transport-node";
import { Match } from "@nats-io/transport-node";

export const TRACEPARENT_HEADER = "traceparent";
export const TRACESTATE_HEADER = "tracestate";

export interface LastChange {
  traceparent: string;
  tracestate?: string;
}

/**
 * The context of the active span as it should be stored with a write, or undefined when no valid
 * span is active (tracing off and no caller context): then a write carries no headers at all.
 * The check comes first so an untraced write costs one context lookup.
 */
export function activeLastChange(ctx: Context = context.active()): LastChange | undefined {
  const span = trace.getSpan(ctx);
  if (!span || !isSpanContextValid(span.spanContext())) return undefined;
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  const traceparent = carrier[TRACEPARENT_HEADER];
  if (!traceparent) return undefined;
  return carrier[TRACESTATE_HEADER] ? { traceparent, tracestate: carrier[TRACESTATE_HEADER] } : { traceparent };
}

/** Adds the change's headers to `h` (a KV write's, an API reply's). */
export function setLastChangeHeaders(h: MsgHdrs, change: LastChange): void {
  h.set(TRACEPARENT_HEADER, change.traceparent);
  if (change.tracestate) h.set(TRACESTATE_HEADER, change.tracestate);
}

/** The change a stored message's headers record; case-blind, as other clients may canonicalise names. */
export function lastChangeOfHeaders(h: MsgHdrs | undefined): LastChange | undefined {
  const traceparent = h?.get(TRACEPARENT_HEADER, Match.IgnoreCase);
  if (!traceparent) return undefined;
  const tracestate = h?.get(TRACESTATE_HEADER, Match.IgnoreCase);
  return tracestate ? { traceparent, tracestate } : { traceparent };
}

/** The span context a stored traceparent names (remote), or undefined when it does not parse. */
export function spanContextOfLastChange(change: LastChange | undefined): SpanContext | undefined {
  if (!change) return undefined;
  const extracted = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { ...change }));
  return extracted && isSpanContextValid(extracted) ? extracted : undefined;
}

/** A context whose parent is `parent` (a remote span context), for starting the span a change causes. */
export function contextOfSpanContext(parent: SpanContext | undefined, base: Context = ROOT_CONTEXT): Context {
  return parent ? trace.setSpanContext(base, parent) : base;
}

// One span and one set of metrics per handled message, shared by Actor and KeyedMailbox so every
// mailbox in Troupe is observed the same way.
import { context, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Context } from "@opentelemetry/api";
import type { ActorMetrics } from "./metrics.ts";
import { ATTR_ERROR_TYPE, ATTR_TROUPE_ACTOR_KIND } from "./semconv.ts";

const tracer = trace.getTracer("troupe.actor");

export type HandlerResult = { ok: true } | { ok: false; error: unknown };

/**
 * Runs `fn` in an INTERNAL span whose parent is `parent` (the context the message was sent
 * from, so a trace follows a message through a mailbox), and records outcome and duration.
 * Never throws: a failure is returned, because what a failure means is the caller's decision.
 */
export async function runInstrumented(
  kind: string,
  parent: Context,
  attributes: Attributes,
  metrics: ActorMetrics | undefined,
  fn: () => void | Promise<void>,
): Promise<HandlerResult> {
  const started = performance.now();
  const span = tracer.startSpan(`actor ${kind}`, { attributes: { [ATTR_TROUPE_ACTOR_KIND]: kind, ...attributes } }, parent);
  let result: HandlerResult;
  try {
    await context.with(trace.setSpan(parent, span), fn);
    result = { ok: true };
  } catch (error) {
    span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : typeof error);
    if (error instanceof Error) span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    result = { ok: false, error };
  }
  span.end();
  if (metrics) {
    metrics.messages.inc({ actor_kind: kind, outcome: result.ok ? "ok" : "error" });
    metrics.messageDuration.observe({ actor_kind: kind }, (performance.now() - started) / 1000);
  }
  return result;
}

// The trace contexts of the changes that queued a key, merged while it waited (docs/tracing.md):
// the reconcile that serves them is a child of the first and links to the others, so one trace
// runs from `apply` to pod Ready and a reconcile serving several changes appears in each.
import type { Link, SpanContext } from "@opentelemetry/api";

/** Links kept per reconcile at most: a burst of changes to one key must not grow a span unbounded. */
export const MAX_TRIGGERS = 32;

/** `triggers` with `trigger` added at the end, unless already there (same span) or full. */
export function mergeTrigger(triggers: readonly SpanContext[], trigger: SpanContext): SpanContext[] {
  if (triggers.length >= MAX_TRIGGERS) return [...triggers];
  if (triggers.some((known) => known.spanId === trigger.spanId && known.traceId === trigger.traceId)) return [...triggers];
  return [...triggers, trigger];
}

export interface ReconcileOrigin {
  /** The span the reconcile continues: the first trigger's (a root span when there is none). */
  parent: SpanContext | undefined;
  /** The other triggers, merged into the same reconcile while the key waited. */
  links: Link[];
}

export function reconcileOrigin(triggers: readonly SpanContext[]): ReconcileOrigin {
  const [parent, ...others] = triggers;
  return { parent, links: others.map((context) => ({ context })) };
}

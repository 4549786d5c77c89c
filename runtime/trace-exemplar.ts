// Exemplars: a latency observation remembers the trace it was measured in, so a dashboard's
// latency panel links to that trace. Only sampled spans are worth linking (the others are not
// exported anywhere).
import { trace, TraceFlags, type Span } from "@opentelemetry/api";
import { Histogram, type HistogramConfiguration, type Registry } from "prom-client";

/** `{ trace_id }` of `span` (by default the active one) when it is sampled, else none. */
export function traceExemplarLabels(span: Span | undefined = trace.getActiveSpan()): Record<string, string> {
  const context = span?.spanContext();
  if (!context || (context.traceFlags & TraceFlags.SAMPLED) === 0) return {};
  return { trace_id: context.traceId };
}

/**
 * A histogram that keeps exemplars, in a classic registry. prom-client refuses exemplars at
 * construction unless the registry is an OpenMetrics one, whose own text output renames counters;
 * the health server writes OpenMetrics itself (runtime/openmetrics.ts), so the histogram is
 * registered after construction instead.
 */
export function createExemplarHistogram<T extends string>(registry: Registry, configuration: Omit<HistogramConfiguration<T>, "registers" | "enableExemplars">): Histogram<T> {
  const histogram = new Histogram<T>({ ...configuration, enableExemplars: true, registers: [] });
  registry.registerMetric(histogram);
  return histogram;
}

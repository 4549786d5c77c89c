// `troupe up --trace-sampling off|always|RATIO`: which traces the cluster's services record, as
// the OpenTelemetry SDK's standard environment (OTEL_TRACES_SAMPLER, OTEL_TRACES_SAMPLER_ARG).
// Parent-based, so a trace is kept or dropped whole: the API decides at the root and every
// controller, scheduler and kubelet span of the same change follows (docs/trace-store.md).
import { UsageError } from "../errors.ts";

export type TraceSampling = { mode: "off" } | { mode: "always" } | { mode: "ratio"; ratio: number };

/** A dev cluster records every trace: `troupe trace` should find the change just made. */
export const DEFAULT_TRACE_SAMPLING: TraceSampling = { mode: "always" };

export function parseTraceSampling(text: string | undefined): TraceSampling {
  if (text === undefined || text === "") return DEFAULT_TRACE_SAMPLING;
  const value = text.trim().toLowerCase();
  if (value === "off") return { mode: "off" };
  if (value === "always") return { mode: "always" };
  const percent = value.endsWith("%");
  const number = percent ? value.slice(0, -1) : value;
  const ratio = Number(number) / (percent ? 100 : 1);
  if (!/^\d*\.?\d+$/.test(number) || !Number.isFinite(ratio) || ratio > 1) {
    throw new UsageError(`--trace-sampling must be off, always, or a ratio from 0 to 1 (0.1, or 10%), not "${text}"`);
  }
  if (ratio === 0) return { mode: "off" };
  if (ratio === 1) return { mode: "always" };
  return { mode: "ratio", ratio };
}

export function formatTraceSampling(sampling: TraceSampling): string {
  return sampling.mode === "ratio" ? String(sampling.ratio) : sampling.mode;
}

/**
 * The tracing environment of every service but the collector. Off leaves the endpoint empty, so
 * runtime/telemetry.ts does not even load the SDK: tracing then costs nothing but no-op spans.
 */
export function tracingEnv(sampling: TraceSampling, collectorEndpoint: string): Record<string, string> {
  switch (sampling.mode) {
    case "off":
      return { OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_TRACES_SAMPLER: "always_off" };
    case "always":
      return { OTEL_EXPORTER_OTLP_ENDPOINT: collectorEndpoint, OTEL_TRACES_SAMPLER: "parentbased_always_on" };
    case "ratio":
      return { OTEL_EXPORTER_OTLP_ENDPOINT: collectorEndpoint, OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: String(sampling.ratio) };
  }
}

// Reads one sample from a prom-client registry, so tests assert on values rather than on the
// label order of the exposition text.
import type { Registry } from "prom-client";

/**
 * Value of the series `name` (for histograms also `<name>_count` / `_sum`) whose labels include
 * `labels`; undefined when no such series exists.
 */
export async function sampleValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  for (const metric of await registry.getMetricsAsJSON()) {
    for (const value of metric.values as { metricName?: string; labels: Record<string, unknown>; value: number }[]) {
      const seriesName = value.metricName ?? metric.name;
      if (seriesName !== name) continue;
      if (Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === expected)) {
        return value.value;
      }
    }
  }
  return undefined;
}

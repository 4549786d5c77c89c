// The custom metrics served from the mesh SDK's reports (docs/autoscaling.md, "Custom metrics"),
// named as the Prometheus adapter names rates and quantiles of a counter and a histogram: the
// rate of requests a pod served (and of those that failed) over a window, and the 50th, 90th
// and 99th percentile of their durations (Prometheus' histogram_quantile over the window's
// bucket increases). Pure: the API's store keeps the reports and asks here.
import type { LabelSelector } from "../selectors/label-selector.ts";
import { MESH_DURATION_BUCKETS, type MethodCounts } from "./mesh-report.ts";

export const MESH_METRIC_NAMES = [
  "mesh_requests_per_second",
  "mesh_request_errors_per_second",
  "mesh_request_duration_seconds_p50",
  "mesh_request_duration_seconds_p90",
  "mesh_request_duration_seconds_p99",
] as const;
export type MeshMetricName = (typeof MESH_METRIC_NAMES)[number];

const QUANTILES: Partial<Record<MeshMetricName, number>> = {
  mesh_request_duration_seconds_p50: 0.5,
  mesh_request_duration_seconds_p90: 0.9,
  mesh_request_duration_seconds_p99: 0.99,
};

export function isMeshMetricName(name: string): name is MeshMetricName {
  return (MESH_METRIC_NAMES as readonly string[]).includes(name);
}

/** One report's counts, at its timestamp (ms since the epoch). */
export interface CountsSample {
  at: number;
  methods: readonly MethodCounts[];
}

/** What a pod (or several, summed) served over a window: rates and the buckets' increases. */
export interface ServedWindow {
  requestsPerSecond: number;
  errorsPerSecond: number;
  /** Increase of each cumulative bucket over the window (+Inf last). */
  buckets: number[];
  /** The newest sample's time (ms) and the window's length (s). */
  timestamp: number;
  windowSeconds: number;
}

const keyOf = (entry: MethodCounts) => `${entry.service}\u0000${entry.method}`;

/**
 * The increase from the oldest sample within `windowMs` of the newest to the newest, of the
 * methods whose labels (`service`, `method`) the metric selector matches; undefined with fewer
 * than two samples or when no method matches (Prometheus would have no series). A count that went down (the counting restarted) counts from zero.
 */
export function servedWindow(samples: readonly CountsSample[], windowMs: number, selector?: LabelSelector): ServedWindow | undefined {
  const newest = samples.at(-1);
  if (!newest) return undefined;
  const oldest = samples.find((sample) => sample !== newest && newest.at - sample.at <= windowMs && sample.at < newest.at);
  if (!oldest) return undefined;
  const before = new Map(oldest.methods.map((entry) => [keyOf(entry), entry]));
  let requests = 0;
  let errors = 0;
  const buckets: number[] = Array.from({ length: MESH_DURATION_BUCKETS.length + 1 }, () => 0);
  let matched = 0;
  for (const entry of newest.methods) {
    if (selector && !selector.matches({ service: entry.service, method: entry.method })) continue;
    matched++;
    const base = before.get(keyOf(entry));
    const reset = !base || base.requests > entry.requests;
    requests += entry.requests - (reset ? 0 : base.requests);
    errors += Math.max(0, entry.errors - (reset ? 0 : base.errors));
    entry.buckets.forEach((count, index) => (buckets[index] += Math.max(0, count - (reset ? 0 : base.buckets[index] ?? 0))));
  }
  if (matched === 0 && selector && !selector.empty) return undefined;
  const seconds = (newest.at - oldest.at) / 1000;
  return { requestsPerSecond: requests / seconds, errorsPerSecond: errors / seconds, buckets, timestamp: newest.at, windowSeconds: seconds };
}

/** Several pods' windows as one (an Object metric over a Service's pods): rates and buckets summed. */
export function combineWindows(windows: readonly ServedWindow[]): ServedWindow | undefined {
  if (windows.length === 0) return undefined;
  return {
    requestsPerSecond: windows.reduce((sum, window) => sum + window.requestsPerSecond, 0),
    errorsPerSecond: windows.reduce((sum, window) => sum + window.errorsPerSecond, 0),
    buckets: MESH_DURATION_BUCKETS.concat(Infinity).map((_, index) => windows.reduce((sum, window) => sum + (window.buckets[index] ?? 0), 0)),
    timestamp: Math.max(...windows.map((window) => window.timestamp)),
    windowSeconds: Math.max(...windows.map((window) => window.windowSeconds)),
  };
}

/**
 * Prometheus' histogram_quantile: the bucket holding the q-th rank, linearly interpolated between
 * its bounds (from 0 for the first); in the +Inf bucket, the highest finite bound. Undefined
 * without observations.
 */
export function histogramQuantile(q: number, cumulative: readonly number[], bounds: readonly number[] = MESH_DURATION_BUCKETS): number | undefined {
  const total = cumulative.at(-1) ?? 0;
  if (total <= 0) return undefined;
  const rank = q * total;
  const index = cumulative.findIndex((count) => count >= rank);
  if (index < 0 || index >= bounds.length) return bounds.at(-1);
  const lower = index === 0 ? 0 : bounds[index - 1];
  const below = index === 0 ? 0 : cumulative[index - 1];
  const inBucket = cumulative[index] - below;
  return inBucket <= 0 ? bounds[index] : lower + (bounds[index] - lower) * ((rank - below) / inBucket);
}

/** A metric's value over a window; undefined for a percentile of a window without requests. */
export function meshMetricValue(name: MeshMetricName, window: ServedWindow): number | undefined {
  if (name === "mesh_requests_per_second") return window.requestsPerSecond;
  if (name === "mesh_request_errors_per_second") return window.errorsPerSecond;
  return histogramQuantile(QUANTILES[name] ?? 0.9, window.buckets);
}

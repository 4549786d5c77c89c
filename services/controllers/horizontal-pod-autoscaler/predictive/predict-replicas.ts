// Predictive scaling's decision for one HPA sync, pure: each metric's load (its total in its own
// units, ReplicaProposal.load) is recorded into that metric's bucketed series, and the highest load
// its Holt-Winters model expects over the next `lead` becomes a replica count as the HPA's ratio
// would make it (ceil(forecast / what one replica carries), unchanged within the 10% tolerance).
// The largest over the metrics is what the forecast asks for; decide-replicas.ts takes the larger
// of it and the reactive proposal, then stabilizes and rate-limits as ever. The PredictiveScaling
// condition explains which won.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { formatDuration, type PredictiveConfig } from "../../../../runtime/autoscaling/hpa-predictive.ts";
import { formatQuantity } from "../../../../runtime/quantity-format.ts";
import type { MetricOutcome } from "../decide-replicas.ts";
import { DEFAULT_TOLERANCE } from "../replica-calculator.ts";
import type { Smoothing } from "./holt-winters.ts";
import { emptySeries, forecastAhead, recordSample, warmupProgress, type ForecastSeries } from "./forecast-series.ts";

type MetricSpec = troupe.v1.MetricSpec.$Properties;

/** What is kept between syncs for one HPA: one series per metric, for one season and bucket length. */
export interface PredictiveHistory {
  seasonMs: number;
  bucketMs: number;
  /** By seriesKey(metric). */
  series: Record<string, ForecastSeries>;
}

export interface MetricForecast {
  description: string;
  /** The highest load expected within the lead, in the metric's units. */
  forecast: number;
  /** The same, as the condition prints it (CPU in millicores, memory as a quantity, in total). */
  forecastText: string;
  replicas: number;
}

/** A load in words: resource usage is the workload's total, other metrics' values as they are. */
export function formatLoad(metric: MetricSpec, value: number): string {
  const resource = metric.type === "Resource" ? metric.resource?.name : metric.type === "ContainerResource" ? metric.containerResource?.name : undefined;
  if (resource === "cpu") return `${Math.round(value)}m CPU in total`;
  if (resource === "memory") return `${formatQuantity(Math.round(value))} memory in total`;
  return Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : 2);
}

export interface PredictiveResult {
  history: PredictiveHistory;
  /** The replicas the forecast asks for; undefined while no metric has a forecast. */
  replicas?: number;
  /** The metric whose forecast asks for the most. */
  leading?: MetricForecast;
  /** While learning: buckets seen of the first season (the least advanced metric's). */
  warmup?: { seen: number; of: number; bucketMs: number };
}

/** A metric's identity, target aside: changing a target keeps the load learnt; changing the metric starts over. */
export function seriesKey(metric: MetricSpec): string {
  const { type, resource, containerResource, pods, object, external } = metric;
  const strip = <T extends { target?: unknown } | null | undefined>(source: T) => (source ? { ...source, target: undefined } : undefined);
  return JSON.stringify({ type, resource: strip(resource), containerResource: strip(containerResource), pods: strip(pods), object: strip(object), external: strip(external) });
}

/** Replicas for a load, as the HPA's ratio makes them: unchanged within the tolerance of the current count. */
export function replicasForLoad(load: number, perReplica: number, currentReplicas: number, tolerance = DEFAULT_TOLERANCE): number {
  if (perReplica <= 0) return currentReplicas;
  const needed = load / perReplica;
  if (currentReplicas > 0 && Math.abs(needed / currentReplicas - 1) <= tolerance) return currentReplicas;
  return Math.max(0, Math.ceil(needed - 1e-6));
}

export function predictReplicas(input: {
  history: PredictiveHistory | undefined;
  config: PredictiveConfig;
  syncPeriodMs: number;
  metrics: readonly MetricSpec[];
  outcomes: readonly MetricOutcome[];
  currentReplicas: number;
  now: number;
  smoothing?: Smoothing;
}): PredictiveResult {
  const template = emptySeries(input.config.seasonMs, input.syncPeriodMs);
  const previous = input.history && input.history.seasonMs === input.config.seasonMs && input.history.bucketMs === template.bucketMs ? input.history.series : {};
  const series: Record<string, ForecastSeries> = {};
  let leading: MetricForecast | undefined;
  let warmup: PredictiveResult["warmup"];
  input.metrics.forEach((metric, index) => {
    const key = seriesKey(metric);
    const outcome = input.outcomes[index];
    let current = previous[key] ?? template;
    const load = outcome?.ok ? outcome.proposal.load : undefined;
    if (load) current = recordSample(current, input.now, load.value, input.smoothing);
    series[key] = current;
    const expected = forecastAhead(current, input.now, input.config.leadMs);
    if (expected === undefined) {
      const progress = warmupProgress(current);
      if (!warmup || progress.seen < warmup.seen) warmup = { ...progress, bucketMs: current.bucketMs };
      return;
    }
    if (!load || !outcome?.ok) return;
    const replicas = replicasForLoad(expected, load.perReplica, input.currentReplicas);
    if (!leading || replicas > leading.replicas) leading = { description: outcome.description, forecast: expected, forecastText: formatLoad(metric, expected), replicas };
  });
  return { history: { seasonMs: input.config.seasonMs, bucketMs: template.bucketMs, series }, replicas: leading?.replicas, leading, warmup };
}

export interface PredictiveCondition {
  type: "PredictiveScaling";
  status: "True" | "False";
  reason: string;
  message: string;
}

/** The PredictiveScaling condition for a result, given what the reactive metrics proposed. */
export function predictiveCondition(result: PredictiveResult, config: PredictiveConfig, reactiveReplicas: number | undefined): PredictiveCondition {
  const lead = formatDuration(config.leadMs);
  if (result.leading && result.replicas !== undefined) {
    const forecast = `forecast over the next ${lead}: ${result.leading.description} at ${result.leading.forecastText} (${result.replicas} replicas)`;
    if (reactiveReplicas !== undefined && result.replicas > reactiveReplicas) {
      return { type: "PredictiveScaling", status: "True", reason: "ForecastAboveReactive", message: `${forecast}, above the ${reactiveReplicas} the current metrics ask for` };
    }
    return { type: "PredictiveScaling", status: "True", reason: "ForecastWithinReactive", message: `${forecast}; the current metrics ask for ${reactiveReplicas ?? "none"}` };
  }
  if (result.warmup) {
    const { seen, of, bucketMs } = result.warmup;
    return { type: "PredictiveScaling", status: "False", reason: "InsufficientHistory", message: `learning the first season (${formatDuration(config.seasonMs)}): ${seen} of ${of} buckets of ${formatDuration(Math.round(bucketMs))} seen; forecasts start after one season` };
  }
  return { type: "PredictiveScaling", status: "False", reason: "NoMetricLoad", message: "no metric could be read this sync: nothing to forecast from" };
}

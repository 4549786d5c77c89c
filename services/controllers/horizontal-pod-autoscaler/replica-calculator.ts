// The replica count one metric asks for (Kubernetes' replica_calculator.go): the usage ratio
// against the target, a 10% tolerance inside which nothing changes, and the conservative handling
// of pods without samples (assumed at 100% of their request, or at the target, when scaling
// down; at 0 when scaling up) and of unready pods (at 0 when scaling up, else left out). A
// rebalanced ratio that flips direction, or a count that would move against the ratio, keeps the
// current replicas.
import { groupPods, type GroupingOptions, type PodForScaling, type PodSample } from "./pod-groups.ts";

export const DEFAULT_TOLERANCE = 0.1;

export class MetricCalculationError extends Error {
  override name = "MetricCalculationError";
}

export interface ReplicaProposal {
  replicas: number;
  /** What status.currentMetrics reports. */
  current: { averageUtilization?: number; averageValue?: number; value?: number };
  /**
   * The load behind the proposal, for predictive scaling: the workload's total in the metric's
   * units (usage of the ready pods, the metric's value) and what one replica carries at the target,
   * so that ceil(value / perReplica) is the replicas the load asks for without tolerance.
   */
  load?: { value: number; perReplica: number };
}

function withinTolerance(ratio: number, tolerance: number): boolean {
  return Math.abs(1 - ratio) <= tolerance;
}

/** The pod's request for `resource`: one container's, or the sum of all containers' (undefined if any lacks one). */
export function podRequest(pod: PodForScaling, resource: string, container?: string): number | undefined {
  let total = 0;
  for (const entry of pod.requests) {
    if (container !== undefined && entry.container !== container) continue;
    const request = entry.resources[resource];
    if (request === undefined) return undefined;
    total += request;
  }
  return container !== undefined && !pod.requests.some((entry) => entry.container === container) ? undefined : total;
}

/** Utilization (percent of requests, truncated as Kubernetes does) and its ratio to the target. */
export function utilizationRatio(samples: ReadonlyMap<string, number>, requests: ReadonlyMap<string, number>, targetUtilization: number): { ratio: number; utilization: number; rawAverage: number; usage: number; requested: number; entries: number } {
  let usage = 0;
  let requested = 0;
  let entries = 0;
  for (const [pod, value] of samples) {
    const request = requests.get(pod);
    if (request === undefined) continue;
    usage += value;
    requested += request;
    entries++;
  }
  if (requested === 0) throw new MetricCalculationError("no metrics returned matched known pods");
  const utilization = Math.trunc((usage * 100) / requested);
  return { ratio: utilization / targetUtilization, utilization, rawAverage: usage / entries, usage, requested, entries };
}

interface Rebalance {
  currentReplicas: number;
  tolerance: number;
  ratio: (samples: Map<string, number>) => number;
  /** The value a missing pod is assumed at when the ratio says scale down. */
  missingOnScaleDown: (pod: string) => number;
}

/** The common tail of the calculation, once ready pods' samples and the first ratio are known. */
function rebalanced(samples: Map<string, number>, groups: ReturnType<typeof groupPods>, firstRatio: number, args: Rebalance): number {
  const scaleUpWithUnready = groups.unready.size > 0 && firstRatio > 1;
  if (!scaleUpWithUnready && groups.missing.size === 0) {
    if (withinTolerance(firstRatio, args.tolerance)) return args.currentReplicas;
    return Math.ceil(firstRatio * groups.readyCount);
  }
  if (groups.missing.size > 0) {
    for (const pod of groups.missing) samples.set(pod, firstRatio < 1 ? args.missingOnScaleDown(pod) : 0);
  }
  if (scaleUpWithUnready) for (const pod of groups.unready) samples.set(pod, 0);
  const newRatio = args.ratio(samples);
  if (withinTolerance(newRatio, args.tolerance) || (firstRatio < 1 && newRatio > 1) || (firstRatio > 1 && newRatio < 1)) return args.currentReplicas;
  const proposed = Math.ceil(newRatio * samples.size);
  if ((newRatio < 1 && proposed > args.currentReplicas) || (newRatio > 1 && proposed < args.currentReplicas)) return args.currentReplicas;
  return proposed;
}

export interface PodMetricInput {
  currentReplicas: number;
  pods: readonly PodForScaling[];
  samples: ReadonlyMap<string, PodSample>;
  now: number;
  tolerance?: number;
  cpuInitializationPeriodMs?: number;
  initialReadinessDelayMs?: number;
}

function readySamples(input: PodMetricInput, options: GroupingOptions) {
  if (input.samples.size === 0) throw new MetricCalculationError(`unable to get metrics for resource ${options.resource}: no metrics returned from resource metrics API`);
  if (input.pods.length === 0) throw new MetricCalculationError("no pods returned by selector while calculating replica count");
  const groups = groupPods(input.pods, input.samples, options);
  const samples = new Map<string, number>();
  for (const [pod, sample] of input.samples) if (!groups.ignored.has(pod) && !groups.unready.has(pod) && input.pods.some((p) => p.name === pod)) samples.set(pod, sample.value);
  return { groups, samples };
}

/** A Resource or ContainerResource metric with a Utilization target (GetResourceReplicas). */
export function resourceUtilizationReplicas(input: PodMetricInput & { resource: string; container?: string; targetUtilization: number }): ReplicaProposal {
  const options = { now: input.now, resource: input.resource, cpuInitializationPeriodMs: input.cpuInitializationPeriodMs, initialReadinessDelayMs: input.initialReadinessDelayMs };
  const { groups, samples } = readySamples(input, options);
  const requests = new Map<string, number>();
  for (const pod of input.pods) {
    const request = podRequest(pod, input.resource, input.container);
    if (request === undefined) throw new MetricCalculationError(`missing request for ${input.resource}${input.container ? ` in container ${input.container}` : ""} of pod ${pod.name}`);
    requests.set(pod.name, request);
  }
  if (samples.size === 0) throw new MetricCalculationError("did not receive metrics for targeted pods (pods might be unready)");
  const first = utilizationRatio(samples, requests, input.targetUtilization);
  const fallbackPercent = Math.max(100, input.targetUtilization);
  const replicas = rebalanced(samples, groups, first.ratio, {
    currentReplicas: input.currentReplicas,
    tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
    ratio: (all) => utilizationRatio(all, requests, input.targetUtilization).ratio,
    missingOnScaleDown: (pod) => ((requests.get(pod) ?? 0) * fallbackPercent) / 100,
  });
  const load = { value: first.usage, perReplica: (first.requested / first.entries) * (input.targetUtilization / 100) };
  return { replicas, current: { averageUtilization: first.utilization, averageValue: first.rawAverage }, load };
}

/** A per-pod average target: Resource AverageValue or a Pods metric (GetRawResourceReplicas, calcPlainMetricReplicas). */
export function averageValueReplicas(input: PodMetricInput & { resource: string; targetAverage: number }): ReplicaProposal {
  const options = { now: input.now, resource: input.resource, cpuInitializationPeriodMs: input.cpuInitializationPeriodMs, initialReadinessDelayMs: input.initialReadinessDelayMs };
  const { groups, samples } = readySamples(input, options);
  if (samples.size === 0) throw new MetricCalculationError("did not receive metrics for targeted pods (pods might be unready)");
  const average = (all: Map<string, number>) => [...all.values()].reduce((sum, value) => sum + value, 0) / all.size;
  const first = average(samples);
  const measured = samples.size;
  const replicas = rebalanced(samples, groups, first / input.targetAverage, {
    currentReplicas: input.currentReplicas,
    tolerance: input.tolerance ?? DEFAULT_TOLERANCE,
    ratio: (all) => average(all) / input.targetAverage,
    missingOnScaleDown: () => input.targetAverage,
  });
  return { replicas, current: { averageValue: first }, load: { value: first * measured, perReplica: input.targetAverage } };
}

/**
 * A Value target on one figure for the whole workload (Object Value, External Value):
 * the ratio times the ready pods, or from zero replicas the ratio itself (getUsageRatioReplicaCount).
 */
export function valueReplicas(input: { currentReplicas: number; readyPods: number; usage: number; target: number; tolerance?: number }): ReplicaProposal {
  const ratio = input.usage / input.target;
  let replicas: number;
  if (input.currentReplicas !== 0) {
    replicas = withinTolerance(ratio, input.tolerance ?? DEFAULT_TOLERANCE) ? input.currentReplicas : Math.ceil(ratio * input.readyPods);
  } else {
    replicas = Math.ceil(ratio);
  }
  // A Value target scales the ready pods by the ratio: one replica carries target / ready pods.
  const perReplica = input.currentReplicas !== 0 && input.readyPods > 0 ? input.target / input.readyPods : input.target;
  return { replicas, current: { value: input.usage }, load: { value: input.usage, perReplica } };
}

/** An AverageValue target on one figure (Object/External AverageValue): usage / target pods, within tolerance of now. */
export function perPodValueReplicas(input: { currentReplicas: number; usage: number; targetAverage: number; tolerance?: number }): ReplicaProposal {
  let replicas = input.currentReplicas;
  const ratio = input.currentReplicas === 0 ? Number.POSITIVE_INFINITY : input.usage / (input.targetAverage * input.currentReplicas);
  if (!withinTolerance(ratio, input.tolerance ?? DEFAULT_TOLERANCE)) replicas = Math.ceil(input.usage / input.targetAverage);
  const average = input.currentReplicas === 0 ? input.usage : Math.ceil(input.usage / input.currentReplicas);
  return { replicas, current: { averageValue: average }, load: { value: input.usage, perReplica: input.targetAverage } };
}

// Each metric of an HPA turned into its replica proposal and its status.currentMetrics entry
// (computeReplicasForMetric): Resource and ContainerResource from the pods' usage; External from
// the value the reconciler read for it (the built-in jetstream_consumer_pending, jetstream-lag.ts);
// Pods and Object from the custom metrics the reconciler read (custom.metrics.k8s.io, served from
// the mesh SDK's reports): per-pod values against an averageValue, or one object's value.
import type { troupe } from "../../../proto/gen/troupe.js";
import { formatQuantity } from "../../../runtime/quantity-format.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { MetricOutcome } from "./decide-replicas.ts";
import type { PodUsageSample } from "./metrics-source.ts";
import type { PodForScaling, PodSample } from "./pod-groups.ts";
import { averageValueReplicas, MetricCalculationError, perPodValueReplicas, resourceUtilizationReplicas, valueReplicas } from "./replica-calculator.ts";

type MetricSpec = troupe.v1.MetricSpec.$Properties;
type MetricStatus = troupe.v1.MetricStatus.$Properties;

export interface MetricsEvaluation {
  outcomes: MetricOutcome[];
  currentMetrics: MetricStatus[];
}

/** A resource figure in the unit the requests are compared in: millicores for cpu, bytes for memory. */
function usageOf(container: { cpuMillis: number; memoryBytes: number }, resource: string): number {
  return resource === "cpu" ? container.cpuMillis : container.memoryBytes;
}

function samplesOf(usage: readonly PodUsageSample[], resource: string, container?: string): Map<string, PodSample> {
  const samples = new Map<string, PodSample>();
  for (const pod of usage) {
    const containers = container === undefined ? pod.containers : pod.containers.filter((entry) => entry.name === container);
    if (containers.length === 0) continue;
    samples.set(pod.pod, { value: containers.reduce((sum, entry) => sum + usageOf(entry, resource), 0), timestamp: pod.timestamp, windowMs: pod.windowMs });
  }
  return samples;
}

/** Back from the comparison unit to a quantity string. */
function quantityOf(value: number, resource: string): string {
  return resource === "cpu" ? `${Math.round(value)}m` : formatQuantity(Math.round(value));
}

/** A target quantity in the comparison unit. */
function targetUnits(quantity: string, resource: string): number {
  const value = parseQuantity(quantity);
  return resource === "cpu" ? value * 1000 : value;
}

const FAILURE_REASON: Record<string, string> = {
  Resource: "FailedGetResourceMetric",
  ContainerResource: "FailedGetContainerResourceMetric",
  Pods: "FailedGetPodsMetric",
  Object: "FailedGetObjectMetric",
  External: "FailedGetExternalMetric",
};

function resourceMetric(metric: MetricSpec, input: { currentReplicas: number; pods: readonly PodForScaling[]; usage: readonly PodUsageSample[]; now: number }): { outcome: MetricOutcome; status?: MetricStatus } {
  const container = metric.type === "ContainerResource" ? metric.containerResource?.container ?? "" : undefined;
  const source = metric.type === "ContainerResource" ? metric.containerResource : metric.resource;
  const resource = source?.name ?? "";
  const target = source?.target ?? {};
  const samples = samplesOf(input.usage, resource, container);
  const description = container === undefined ? `${resource} resource` : `${resource} container resource`;
  if (target.type === "Utilization") {
    const proposal = resourceUtilizationReplicas({ ...input, samples, resource, container, targetUtilization: target.averageUtilization ?? 0 });
    const current = { averageUtilization: proposal.current.averageUtilization, averageValue: quantityOf(proposal.current.averageValue ?? 0, resource) };
    const status = container === undefined
      ? { type: "Resource", resource: { name: resource, current } }
      : { type: "ContainerResource", containerResource: { name: resource, container, current } };
    return { outcome: { ok: true, proposal, description: `${description} utilization (percentage of request)` }, status };
  }
  const proposal = averageValueReplicas({ ...input, samples, resource, targetAverage: targetUnits(target.averageValue ?? "0", resource) });
  const current = { averageValue: quantityOf(proposal.current.averageValue ?? 0, resource) };
  const status = container === undefined
    ? { type: "Resource", resource: { name: resource, current } }
    : { type: "ContainerResource", containerResource: { name: resource, container, current } };
  return { outcome: { ok: true, proposal, description }, status };
}

/** A count as a quantity: integers as they are, fractions in milli-units. */
function countQuantity(value: number): string {
  return Number.isInteger(value) ? String(value) : `${Math.round(value * 1000)}m`;
}

/** Ready pods, as Kubernetes' GetReadyPodsCount counts them (Running and Ready). */
function readyPodCount(pods: readonly PodForScaling[]): number {
  return pods.filter((pod) => pod.phase === "Running" && !pod.deleting && pod.ready?.status === "True").length;
}

/** An External metric from its value (GetExternalMetricReplicas / GetExternalPerPodMetricReplicas). */
function externalMetric(metric: MetricSpec, value: number, input: { currentReplicas: number; pods: readonly PodForScaling[] }): { outcome: MetricOutcome; status: MetricStatus } {
  const external = metric.external ?? {};
  const target = external.target ?? {};
  const name = external.metric?.name ?? "";
  const description = `external metric ${name}(${JSON.stringify(external.metric?.selector?.matchLabels ?? {})})`;
  if (target.type === "AverageValue") {
    const proposal = perPodValueReplicas({ currentReplicas: input.currentReplicas, usage: value, targetAverage: parseQuantity(target.averageValue ?? "0") });
    return { outcome: { ok: true, proposal, description }, status: { type: "External", external: { metric: external.metric, current: { averageValue: countQuantity(proposal.current.averageValue ?? 0) } } } };
  }
  const proposal = valueReplicas({ currentReplicas: input.currentReplicas, readyPods: readyPodCount(input.pods), usage: value, target: parseQuantity(target.value ?? "0") });
  return { outcome: { ok: true, proposal, description }, status: { type: "External", external: { metric: external.metric, current: { value: countQuantity(value) } } } };
}

/** What the reconciler read for a Pods metric (each pod's value) or an Object metric (one value). */
export type CustomMetricValue = ReadonlyMap<string, PodSample> | number | Error;

/** A Pods metric (GetMetricReplicas: the per-pod average against averageValue, as for a raw resource). */
function podsMetric(metric: MetricSpec, samples: ReadonlyMap<string, PodSample>, input: { currentReplicas: number; pods: readonly PodForScaling[]; now: number }): { outcome: MetricOutcome; status: MetricStatus } {
  const pods = metric.pods ?? {};
  const name = pods.metric?.name ?? "";
  const proposal = averageValueReplicas({ ...input, samples, resource: name, targetAverage: parseQuantity(pods.target?.averageValue ?? "0") });
  return {
    outcome: { ok: true, proposal, description: `pods metric ${name}` },
    status: { type: "Pods", pods: { metric: pods.metric, current: { averageValue: countQuantity(proposal.current.averageValue ?? 0) } } },
  };
}

/** An Object metric (GetObjectMetricReplicas, GetObjectPerPodMetricReplicas). */
function objectMetric(metric: MetricSpec, value: number, input: { currentReplicas: number; pods: readonly PodForScaling[] }): { outcome: MetricOutcome; status: MetricStatus } {
  const object = metric.object ?? {};
  const target = object.target ?? {};
  const description = `${object.describedObject?.kind ?? ""} metric ${object.metric?.name ?? ""}`;
  const base = { describedObject: object.describedObject, metric: object.metric };
  if (target.type === "AverageValue") {
    const proposal = perPodValueReplicas({ currentReplicas: input.currentReplicas, usage: value, targetAverage: parseQuantity(target.averageValue ?? "0") });
    const average = input.currentReplicas === 0 ? value : value / input.currentReplicas;
    return { outcome: { ok: true, proposal, description }, status: { type: "Object", object: { ...base, current: { averageValue: countQuantity(average) } } } };
  }
  const proposal = valueReplicas({ currentReplicas: input.currentReplicas, readyPods: readyPodCount(input.pods), usage: value, target: parseQuantity(target.value ?? "0") });
  return { outcome: { ok: true, proposal, description }, status: { type: "Object", object: { ...base, current: { value: countQuantity(value) } } } };
}

export function evaluateMetrics(metrics: readonly MetricSpec[], input: { currentReplicas: number; pods: readonly PodForScaling[]; usage: readonly PodUsageSample[] | Error; now: number; external?: ReadonlyMap<number, number | Error>; custom?: ReadonlyMap<number, CustomMetricValue> }): MetricsEvaluation {
  const outcomes: MetricOutcome[] = [];
  const currentMetrics: MetricStatus[] = [];
  metrics.forEach((metric, index) => {
    const type = metric.type ?? "";
    const reason = FAILURE_REASON[type] ?? "InvalidMetricSourceType";
    if (type === "External") {
      const value = input.external?.get(index) ?? new Error("no external metrics source is configured");
      if (value instanceof Error) {
        outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: unable to get external metric ${metric.external?.metric?.name ?? ""}: ${value.message}` });
        return;
      }
      const { outcome, status } = externalMetric(metric, value, input);
      outcomes.push(outcome);
      currentMetrics.push(status);
      return;
    }
    if (type === "Pods" || type === "Object") {
      const name = (type === "Pods" ? metric.pods : metric.object)?.metric?.name ?? "";
      const value = input.custom?.get(index) ?? new Error("no custom metrics source is configured");
      const on = type === "Object" ? ` on ${metric.object?.describedObject?.kind ?? ""} ${metric.object?.describedObject?.name ?? ""}` : "";
      if (value instanceof Error) {
        outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: unable to get metric ${name}${on}: ${value.message}` });
        return;
      }
      try {
        const { outcome, status } = typeof value === "number" ? objectMetric(metric, value, input) : podsMetric(metric, value, input);
        outcomes.push(outcome);
        currentMetrics.push(status);
      } catch (error) {
        if (!(error instanceof MetricCalculationError)) throw error;
        outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: unable to get metric ${name}${on}: ${error.message}` });
      }
      return;
    }
    if (type !== "Resource" && type !== "ContainerResource") {
      outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: unknown metric source type ${JSON.stringify(type)}` });
      return;
    }
    if (input.usage instanceof Error) {
      outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: unable to get metrics for resource ${(metric.resource ?? metric.containerResource)?.name ?? ""}: ${input.usage.message}` });
      return;
    }
    try {
      const { outcome, status } = resourceMetric(metric, { ...input, usage: input.usage });
      outcomes.push(outcome);
      if (status) currentMetrics.push(status);
    } catch (error) {
      if (!(error instanceof MetricCalculationError)) throw error;
      outcomes.push({ ok: false, reason, message: `the HPA was unable to compute the replica count: ${error.message} (metric ${index})` });
    }
  });
  return { outcomes, currentMetrics };
}

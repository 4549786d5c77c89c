// The time behind `endpoints.kubernetes.io/last-change-trigger-time`. Kubernetes' trigger times
// are a pod's Ready condition lastTransitionTime and a Service's creationTimestamp; being level-
// based (no memory of earlier events), Troupe takes the latest such time among the Service and
// the pods it selects, with two additions so every kind of pod change has a time: a pod's
// creation (a pod that never reported Ready) and the start of its deletion (deletionTimestamp
// minus its grace period: Kubernetes sets deletionTimestamp to the end of the grace period).
// So the annotation says when the most recent change that the Endpoints reflect happened;
// `now - it` at a reader is the propagation delay. A pod that vanished without ever being
// marked terminating leaves no time behind; its removal keeps the previous trigger time.
import type { PodObject, ServiceObject } from "../resources.ts";

function parse(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

export function podTriggerTime(pod: PodObject): number | undefined {
  const meta = pod.metadata ?? {};
  const ready = pod.status?.conditions?.find((condition) => condition.type === "Ready");
  const deletion = parse(meta.deletionTimestamp);
  const deletionStarted = deletion === undefined ? undefined : deletion - Number(meta.deletionGracePeriodSeconds ?? 0) * 1000;
  return latest([parse(ready?.lastTransitionTime), parse(meta.creationTimestamp), deletionStarted]);
}

/** The latest trigger time among the Service and its pods (terminating ones included). */
export function lastChangeTriggerTime(service: ServiceObject, pods: readonly PodObject[]): Date | undefined {
  const time = latest([parse(service.metadata?.creationTimestamp), ...pods.map(podTriggerTime)]);
  return time === undefined ? undefined : new Date(time);
}

function latest(times: (number | undefined)[]): number | undefined {
  let result: number | undefined;
  for (const time of times) if (time !== undefined && (result === undefined || time > result)) result = time;
  return result;
}

// What the scheduler reads from a pod and the one status change it writes: pure functions over
// pods in message form, so the rules are tested without NATS.
import { isTerminated } from "./framework/mod.ts";
import type { Pod } from "./framework/mod.ts";
import { kubernetesTime } from "../../runtime/kubernetes-time.ts";

export const POD_SCHEDULED = "PodScheduled";
export const UNSCHEDULABLE_REASON = "Unschedulable";
export const FAILED_SCHEDULING_REASON = "FailedScheduling";

type PodCondition = NonNullable<NonNullable<Pod["status"]>["conditions"]>[number];

/** Queue and cache key of a pod: `namespace/name`. */
export function podKey(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ""}/${pod.metadata?.name ?? ""}`;
}

export function isAssigned(pod: Pod): boolean {
  return Boolean(pod.spec?.nodeName);
}

/** A pod this scheduler should place: unassigned, its own, not being deleted, not finished. */
export function isPendingFor(pod: Pod, schedulerName: string): boolean {
  if (isAssigned(pod) || pod.metadata?.deletionTimestamp || isTerminated(pod)) return false;
  const wanted = pod.spec?.schedulerName ?? "";
  return wanted === "" || wanted === schedulerName;
}

/**
 * kube-scheduler's isPodUpdated: did anything but status and bookkeeping change? The scheduler's
 * own condition writes must not count, or every failed attempt would trigger the next one.
 */
export function schedulingPropertiesChanged(previous: Pod, pod: Pod): boolean {
  const strip = (candidate: Pod) => JSON.stringify({ metadata: { ...candidate.metadata, resourceVersion: "", generation: 0 }, spec: candidate.spec });
  return strip(previous) !== strip(pod);
}

function podScheduledOf(pod: Pod): PodCondition | undefined {
  return pod.status?.conditions?.find((condition) => condition.type === POD_SCHEDULED);
}

/**
 * The pod with PodScheduled=False, reason Unschedulable and `message`; undefined when the pod
 * already says exactly that, so an unchanged verdict costs no write.
 */
export function withUnschedulableCondition(pod: Pod, message: string, now: Date): Pod | undefined {
  const current = podScheduledOf(pod);
  if (current && current.status === "False" && current.reason === UNSCHEDULABLE_REASON && current.message === message) return undefined;
  const condition: PodCondition = {
    type: POD_SCHEDULED,
    status: "False",
    reason: UNSCHEDULABLE_REASON,
    message,
    lastProbeTime: "",
    // As Kubernetes: the transition time moves only when the status does.
    lastTransitionTime: current?.status === "False" && current.lastTransitionTime ? current.lastTransitionTime : kubernetesTime(now),
  };
  const others = (pod.status?.conditions ?? []).filter((existing) => existing.type !== POD_SCHEDULED);
  return { ...pod, status: { ...pod.status, conditions: [...others, condition] } };
}

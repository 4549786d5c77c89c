// Readings of a pod's state that the workload controllers share.
import type { Pod } from "./types.ts";

export function isTerminated(pod: Pod): boolean {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}

/** Counts toward a ReplicaSet's replicas: not finished and not being deleted. */
export function isActive(pod: Pod): boolean {
  return !isTerminated(pod) && !pod.metadata?.deletionTimestamp;
}

export function isReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
}

/** Ready for at least minReadySeconds (Kubernetes' "available"). */
export function isAvailable(pod: Pod, minReadySeconds: number, now: Date): boolean {
  if (!isReady(pod)) return false;
  if (minReadySeconds <= 0) return true;
  const ready = (pod.status?.conditions ?? []).find((condition) => condition.type === "Ready");
  const since = Date.parse(ready?.lastTransitionTime ?? "");
  return Number.isFinite(since) && now.getTime() - since >= minReadySeconds * 1000;
}

export function restartCount(pod: Pod): number {
  return (pod.status?.containerStatuses ?? []).reduce((sum, status) => sum + (status.restartCount ?? 0), 0);
}

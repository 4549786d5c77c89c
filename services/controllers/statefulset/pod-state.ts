// How the StatefulSet controller reads a member pod (Kubernetes' isRunningAndReady & co).
import { isAvailable, isReady, isTerminated } from "../replicaset/pod-state.ts";
import type { Pod } from "./types.ts";

export { isTerminated };

export function isTerminating(pod: Pod): boolean {
  return Boolean(pod.metadata?.deletionTimestamp);
}

export function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === "Running" && isReady(pod);
}

export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, now: Date): boolean {
  return pod.status?.phase === "Running" && isAvailable(pod, minReadySeconds, now);
}

/** Healthy for ordering: running, available, not going away. */
export function isHealthy(pod: Pod, minReadySeconds: number, now: Date): boolean {
  return !isTerminating(pod) && isRunningAndAvailable(pod, minReadySeconds, now);
}

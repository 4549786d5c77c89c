// A StatefulSet's status from its members and revisions (Kubernetes' computeReplicaStatus and
// completeRollingUpdate): once a RollingUpdate has every replica updated and ready, the update
// revision becomes the current one.
import { isAvailable, isReady } from "../replicaset/pod-state.ts";
import { revisionOf } from "./identity.ts";
import { isTerminating } from "./pod-state.ts";
import type { Pod, StatefulSet, StatefulSetStatus } from "./types.ts";

export function statefulSetStatus(set: StatefulSet, pods: readonly Pod[], currentRevision: string, updateRevision: string, collisionCount: number, now: Date): StatefulSetStatus {
  const live = pods.filter((pod) => !isTerminating(pod));
  const minReadySeconds = set.spec?.minReadySeconds ?? 0;
  const running = (pod: Pod) => pod.status?.phase === "Running";
  const status: StatefulSetStatus = {
    observedGeneration: set.metadata?.generation ?? 0,
    replicas: live.length,
    readyReplicas: live.filter((pod) => running(pod) && isReady(pod)).length,
    availableReplicas: live.filter((pod) => running(pod) && isAvailable(pod, minReadySeconds, now)).length,
    currentReplicas: live.filter((pod) => revisionOf(pod) === currentRevision).length,
    updatedReplicas: live.filter((pod) => revisionOf(pod) === updateRevision).length,
    currentRevision,
    updateRevision,
    collisionCount,
    conditions: set.status?.conditions ?? [],
  };
  const strategy = set.spec?.updateStrategy?.type ?? "RollingUpdate";
  if (strategy === "RollingUpdate" && status.updatedReplicas === status.replicas && status.readyReplicas === status.replicas) {
    status.currentRevision = updateRevision;
    status.currentReplicas = status.updatedReplicas;
  }
  return status;
}

const COMPARED = ["observedGeneration", "replicas", "readyReplicas", "availableReplicas", "currentReplicas", "updatedReplicas", "currentRevision", "updateRevision", "collisionCount"] as const;

/** True when writing `next` would change nothing a reader cares about (unset reads as 0 or ""). */
export function sameStatus(current: StatefulSetStatus | null | undefined, next: StatefulSetStatus): boolean {
  const text = (value: unknown) => (value === null || value === undefined || value === 0 ? "" : String(value));
  return COMPARED.every((field) => text(current?.[field]) === text(next[field]));
}

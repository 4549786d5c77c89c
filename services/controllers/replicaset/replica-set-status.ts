// A ReplicaSet's status from the pods it owns.
import type { troupe } from "../../../proto/gen/troupe.js";
import { isActive, isAvailable, isReady } from "./pod-state.ts";
import type { Pod, ReplicaSet } from "./types.ts";

export type ReplicaSetStatus = troupe.v1.ReplicaSetStatus.$Properties;

export function replicaSetStatus(replicaSet: ReplicaSet, owned: Pod[], matchesTemplateLabels: (pod: Pod) => boolean, now: Date): ReplicaSetStatus {
  const active = owned.filter(isActive);
  const minReadySeconds = replicaSet.spec?.minReadySeconds ?? 0;
  return {
    replicas: active.length,
    fullyLabeledReplicas: active.filter(matchesTemplateLabels).length,
    readyReplicas: active.filter(isReady).length,
    availableReplicas: active.filter((pod) => isAvailable(pod, minReadySeconds, now)).length,
    observedGeneration: replicaSet.metadata?.generation ?? 0,
    conditions: replicaSet.status?.conditions ?? [],
  };
}

/** True when writing `next` would change nothing a reader cares about. */
export function sameStatus(current: ReplicaSetStatus | null | undefined, next: ReplicaSetStatus): boolean {
  return (current?.replicas ?? 0) === next.replicas
    && (current?.fullyLabeledReplicas ?? 0) === next.fullyLabeledReplicas
    && (current?.readyReplicas ?? 0) === next.readyReplicas
    && (current?.availableReplicas ?? 0) === next.availableReplicas
    && (current?.observedGeneration ?? 0) === next.observedGeneration;
}

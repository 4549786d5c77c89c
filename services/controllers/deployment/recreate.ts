// One step of a Recreate rollout: scale every old ReplicaSet to 0, wait until none of their pods
// runs any more, then scale the new ReplicaSet to the desired replicas.
import { isTerminated } from "../replicaset/pod-state.ts";
import { activeReplicaSets, specReplicas, sum } from "./replica-set-list.ts";
import { desiredReplicas } from "./rolling-parameters.ts";
import type { Sizes } from "./rolling-update.ts";
import type { Deployment, Pod, ReplicaSet } from "./types.ts";

/**
 * Pods of the old ReplicaSets that have not finished: pods being deleted still count, since
 * Recreate promises old and new pods never run side by side.
 */
export function countOldPodsRunning(pods: readonly Pod[], oldReplicaSets: readonly ReplicaSet[]): number {
  const oldUids = new Set(oldReplicaSets.map((replicaSet) => replicaSet.metadata?.uid).filter(Boolean));
  return pods.filter((pod) => !isTerminated(pod) && (pod.metadata?.ownerReferences ?? []).some((reference) => reference.controller && oldUids.has(reference.uid))).length;
}

export function recreateStep(deployment: Deployment, newReplicaSet: ReplicaSet, oldReplicaSets: readonly ReplicaSet[], oldPodsRunning: number): Sizes {
  const active = activeReplicaSets(oldReplicaSets);
  if (active.length > 0) return new Map(active.map((replicaSet) => [replicaSet, 0]));
  // The ReplicaSets' own pod counts cover pods the caller's view has not caught up with.
  if (oldPodsRunning + sum(oldReplicaSets, (replicaSet) => replicaSet.status?.replicas ?? 0) > 0) return new Map();
  const desired = desiredReplicas(deployment);
  return specReplicas(newReplicaSet) === desired ? new Map() : new Map([[newReplicaSet, desired]]);
}

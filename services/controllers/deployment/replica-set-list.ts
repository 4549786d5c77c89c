// Readings over a Deployment's ReplicaSets that rollout, status and history decisions share.
import type { Deployment, ReplicaSet } from "./types.ts";
import { oldestFirst } from "../../../runtime/object-age.ts";

/** spec.replicas; the API defaults an absent value to 1. */
export function specReplicas(replicaSet: ReplicaSet): number {
  return replicaSet.spec?.replicas ?? 1;
}

export function availableReplicas(replicaSet: ReplicaSet): number {
  return replicaSet.status?.availableReplicas ?? 0;
}

export function sum(replicaSets: readonly ReplicaSet[], reading: (replicaSet: ReplicaSet) => number): number {
  return replicaSets.reduce((total, replicaSet) => total + reading(replicaSet), 0);
}

/** ReplicaSets that want pods; scaled-down history does not count. */
export function activeReplicaSets(replicaSets: readonly ReplicaSet[]): ReplicaSet[] {
  return replicaSets.filter((replicaSet) => specReplicas(replicaSet) > 0);
}

/** Oldest first, by creation time and then name (Kubernetes' ReplicaSetsByCreationTimestamp). */
export const byCreation: (a: ReplicaSet, b: ReplicaSet) => number = oldestFirst;

/** The ReplicaSets whose controller reference is this Deployment. */
export function controlledBy(deployment: Deployment, replicaSets: readonly ReplicaSet[]): ReplicaSet[] {
  const uid = deployment.metadata?.uid;
  if (!uid) return [];
  return replicaSets.filter((replicaSet) => (replicaSet.metadata?.ownerReferences ?? []).some((reference) => reference.controller && reference.uid === uid));
}

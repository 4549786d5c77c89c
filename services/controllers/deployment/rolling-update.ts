// One step of a RollingUpdate (Kubernetes' rolloutRolling): first grow the new ReplicaSet within
// desired + maxSurge; only when it cannot grow, shrink old ReplicaSets while desired -
// maxUnavailable pods stay available. Each step returns the sizes it changes.
import { activeReplicaSets, availableReplicas, byCreation, specReplicas, sum } from "./replica-set-list.ts";
import { desiredReplicas, maxSurge, maxUnavailable } from "./rolling-parameters.ts";
import type { Deployment, ReplicaSet } from "./types.ts";

export type Sizes = Map<ReplicaSet, number>;

function newReplicaSetSize(deployment: Deployment, newReplicaSet: ReplicaSet, all: readonly ReplicaSet[]): number {
  const desired = desiredReplicas(deployment);
  const current = specReplicas(newReplicaSet);
  if (current >= desired) return desired;
  const maxTotal = desired + maxSurge(deployment);
  const total = sum(all, specReplicas);
  if (total >= maxTotal) return current;
  return current + Math.min(maxTotal - total, desired - current);
}

export function rollingUpdateStep(deployment: Deployment, newReplicaSet: ReplicaSet, oldReplicaSets: readonly ReplicaSet[]): Sizes {
  const target = newReplicaSetSize(deployment, newReplicaSet, [...oldReplicaSets, newReplicaSet]);
  // A step that moved the new ReplicaSet waits for its pods before touching the old ones.
  if (target !== specReplicas(newReplicaSet)) return new Map([[newReplicaSet, target]]);
  return scaleDownOld(deployment, newReplicaSet, activeReplicaSets(oldReplicaSets).sort(byCreation));
}

function scaleDownOld(deployment: Deployment, newReplicaSet: ReplicaSet, oldest: ReplicaSet[]): Sizes {
  const sizes: Sizes = new Map();
  const size = (replicaSet: ReplicaSet) => sizes.get(replicaSet) ?? specReplicas(replicaSet);
  if (sum(oldest, specReplicas) === 0) return sizes;
  const all = [...oldest, newReplicaSet];
  const minAvailable = desiredReplicas(deployment) - maxUnavailable(deployment);
  // New pods that are not available yet may never become so: do not count on them.
  const newUnavailable = specReplicas(newReplicaSet) - availableReplicas(newReplicaSet);
  const maxScaledDown = sum(all, specReplicas) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return sizes;

  // Unhealthy old replicas first: removing them costs no availability.
  let cleaned = 0;
  for (const replicaSet of oldest) {
    if (cleaned >= maxScaledDown) break;
    const unhealthy = size(replicaSet) - availableReplicas(replicaSet);
    if (unhealthy <= 0) continue;
    const count = Math.min(maxScaledDown - cleaned, unhealthy);
    sizes.set(replicaSet, size(replicaSet) - count);
    cleaned += count;
  }

  // Then available ones, as far as minimum availability allows, oldest ReplicaSet first.
  const budget = sum(all, availableReplicas) - minAvailable;
  let scaled = 0;
  for (const replicaSet of oldest) {
    if (scaled >= budget) break;
    if (size(replicaSet) === 0) continue;
    const count = Math.min(size(replicaSet), budget - scaled);
    sizes.set(replicaSet, size(replicaSet) - count);
    scaled += count;
  }
  return sizes;
}

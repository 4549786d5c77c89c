// Scaling without a rollout (Kubernetes' DeploymentController.scale): when spec.replicas changes,
// or the Deployment is paused, every active ReplicaSet grows or shrinks in proportion to its
// share, so a scale in the middle of a rollout keeps the rollout's balance.
import { activeReplicaSets, availableReplicas, byCreation, specReplicas, sum } from "./replica-set-list.ts";
import { desiredReplicas, isRollingUpdate, maxSurge } from "./rolling-parameters.ts";
import type { Sizes } from "./rolling-update.ts";
import type { Deployment, ReplicaSet } from "./types.ts";
import { DeploymentAnnotations } from "./well-known.ts";

function annotatedNumber(replicaSet: ReplicaSet, annotation: string): number | undefined {
  const text = replicaSet.metadata?.annotations?.[annotation];
  const value = Number(text);
  return text !== undefined && text !== "" && Number.isInteger(value) ? value : undefined;
}

/** True when an active ReplicaSet was last sized for a different spec.replicas. */
export function isScalingEvent(deployment: Deployment, newReplicaSet: ReplicaSet | undefined, oldReplicaSets: readonly ReplicaSet[]): boolean {
  const all = newReplicaSet ? [...oldReplicaSets, newReplicaSet] : oldReplicaSets;
  return activeReplicaSets(all).some((replicaSet) => {
    const desired = annotatedNumber(replicaSet, DeploymentAnnotations.desiredReplicas);
    return desired !== undefined && desired !== desiredReplicas(deployment);
  });
}

/** The only active ReplicaSet, or the newest one when none is active; undefined when several are. */
function activeOrLatest(newReplicaSet: ReplicaSet | undefined, oldReplicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  const newestFirst = [...oldReplicaSets].sort((a, b) => byCreation(b, a));
  const active = activeReplicaSets(newReplicaSet ? [...newestFirst, newReplicaSet] : newestFirst);
  if (active.length === 0) return newReplicaSet ?? newestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}

function isSaturated(deployment: Deployment, replicaSet: ReplicaSet): boolean {
  const desired = desiredReplicas(deployment);
  return specReplicas(replicaSet) === desired
    && annotatedNumber(replicaSet, DeploymentAnnotations.desiredReplicas) === desired
    && availableReplicas(replicaSet) === desired;
}

/** This ReplicaSet's share of a change: its size scaled from the total it was last sized for. */
function proportion(deployment: Deployment, replicaSet: ReplicaSet, toAdd: number, added: number): number {
  const size = specReplicas(replicaSet);
  if (size === 0 || toAdd === 0 || toAdd === added) return 0;
  let fraction = -size;
  if (desiredReplicas(deployment) > 0) {
    const annotated = annotatedNumber(replicaSet, DeploymentAnnotations.maxReplicas) ?? deployment.status?.replicas ?? 0;
    const total = desiredReplicas(deployment) + maxSurge(deployment);
    fraction = annotated > 0 ? Math.round((size * total) / annotated) - size : 0;
  }
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

// Larger first; among equals, newer first when growing and older first when shrinking.
function bySize(growing: boolean) {
  return (a: ReplicaSet, b: ReplicaSet): number => {
    const size = specReplicas(b) - specReplicas(a);
    if (size !== 0) return size;
    return growing ? byCreation(b, a) : byCreation(a, b);
  };
}

export function proportionalScale(deployment: Deployment, newReplicaSet: ReplicaSet | undefined, oldReplicaSets: readonly ReplicaSet[]): Sizes {
  const desired = desiredReplicas(deployment);
  const single = activeOrLatest(newReplicaSet, oldReplicaSets);
  if (single) return new Map([[single, desired]]);
  if (newReplicaSet && isSaturated(deployment, newReplicaSet)) {
    return new Map(activeReplicaSets(oldReplicaSets).map((replicaSet) => [replicaSet, 0]));
  }
  // Recreate never has more than one active ReplicaSet for long; leave it to its rollout.
  if (!isRollingUpdate(deployment)) return new Map();

  const active = activeReplicaSets(newReplicaSet ? [...oldReplicaSets, newReplicaSet] : oldReplicaSets);
  const allowed = desired > 0 ? desired + maxSurge(deployment) : 0;
  const toAdd = allowed - sum(active, specReplicas);
  const sizes: Sizes = new Map(active.map((replicaSet) => [replicaSet, specReplicas(replicaSet)]));
  if (toAdd === 0) return sizes;

  active.sort(bySize(toAdd > 0));
  let added = 0;
  for (const replicaSet of active) {
    const share = proportion(deployment, replicaSet, toAdd, added);
    sizes.set(replicaSet, specReplicas(replicaSet) + share);
    added += share;
  }
  // Rounding leftovers go to the largest ReplicaSet.
  const first = active[0];
  sizes.set(first, Math.max(0, (sizes.get(first) ?? 0) + toAdd - added));
  return sizes;
}

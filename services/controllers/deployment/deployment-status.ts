// A Deployment's status from its ReplicaSets (Kubernetes' calculateStatus and syncRolloutStatus):
// replica counts, the Available condition, and the Progressing condition that tells a rollout
// that moves from one that is stuck past its progress deadline.
import { deploymentProgressConditions } from "./deployment-progress.ts";
import { findCondition, newCondition, setCondition } from "./deployment-conditions.ts";
import { specReplicas, sum } from "./replica-set-list.ts";
import { desiredReplicas, maxUnavailable } from "./rolling-parameters.ts";
import type { Condition, Deployment, DeploymentStatus, ReplicaSet } from "./types.ts";
import { DeploymentConditionTypes, DeploymentReasons } from "./well-known.ts";

export interface DeploymentStatusOptions {
  /** The new ReplicaSet was created in this reconcile (reason NewReplicaSetCreated). */
  createdNewReplicaSet?: boolean;
}

function availableCondition(deployment: Deployment, available: number, now: Date): Condition {
  return available >= desiredReplicas(deployment) - maxUnavailable(deployment)
    ? newCondition(DeploymentConditionTypes.available, "True", DeploymentReasons.minimumReplicasAvailable, "Deployment has minimum availability.", now)
    : newCondition(DeploymentConditionTypes.available, "False", DeploymentReasons.minimumReplicasUnavailable, "Deployment does not have minimum availability.", now);
}

/**
 * The status to write, given the ReplicaSets as they are after this reconcile's scaling:
 * `newReplicaSet` runs the current template, `oldReplicaSets` are the rest.
 */
export function deploymentStatus(deployment: Deployment, newReplicaSet: ReplicaSet | undefined, oldReplicaSets: readonly ReplicaSet[], now: Date, options: DeploymentStatusOptions = {}): DeploymentStatus {
  const all = newReplicaSet ? [...oldReplicaSets, newReplicaSet] : [...oldReplicaSets];
  const available = sum(all, (replicaSet) => replicaSet.status?.availableReplicas ?? 0);
  const status: DeploymentStatus = {
    observedGeneration: deployment.metadata?.generation ?? 0,
    replicas: sum(all, (replicaSet) => replicaSet.status?.replicas ?? 0),
    updatedReplicas: newReplicaSet?.status?.replicas ?? 0,
    readyReplicas: sum(all, (replicaSet) => replicaSet.status?.readyReplicas ?? 0),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, sum(all, specReplicas) - available),
    conditions: setCondition(deployment.status?.conditions ?? [], availableCondition(deployment, available, now)),
  };
  if (deployment.status?.collisionCount !== undefined && deployment.status.collisionCount !== null) status.collisionCount = deployment.status.collisionCount;
  status.conditions = deploymentProgressConditions(deployment, status, newReplicaSet, now, options.createdNewReplicaSet ?? false);
  return status;
}

function sameConditions(a: readonly Condition[], b: readonly Condition[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((condition) => {
    const other = findCondition(b, condition.type ?? "");
    return other !== undefined
      && (["status", "reason", "message", "lastUpdateTime", "lastTransitionTime"] as const).every((field) => (condition[field] ?? "") === (other[field] ?? ""));
  });
}

/** True when writing `next` would change nothing a reader cares about. */
export function sameDeploymentStatus(current: DeploymentStatus | null | undefined, next: DeploymentStatus): boolean {
  const counts = ["observedGeneration", "replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"] as const;
  return counts.every((field) => (current?.[field] ?? 0) === (next[field] ?? 0))
    && (current?.collisionCount ?? null) === (next.collisionCount ?? null)
    && sameConditions(current?.conditions ?? [], next.conditions ?? []);
}

// The Progressing condition (Kubernetes' syncRolloutStatus and checkPausedConditions): True while
// the rollout makes progress, NewReplicaSetAvailable once it is complete, and False with
// ProgressDeadlineExceeded when nothing moved for progressDeadlineSeconds.
import { findCondition, newCondition, removeCondition, setCondition } from "./deployment-conditions.ts";
import { desiredReplicas } from "./rolling-parameters.ts";
import type { Condition, Deployment, DeploymentStatus, ReplicaSet } from "./types.ts";
import { DeploymentConditionTypes, DeploymentReasons } from "./well-known.ts";

const PROGRESSING = DeploymentConditionTypes.progressing;
// Kubernetes' "no deadline" value for progressDeadlineSeconds.
const NO_DEADLINE = 2147483647;

function progressDeadlineSeconds(deployment: Deployment): number | undefined {
  const seconds = deployment.spec?.progressDeadlineSeconds;
  return seconds === undefined || seconds === null || seconds === NO_DEADLINE ? undefined : seconds;
}

/** The rollout is done: every desired replica runs the new template and is available. */
export function deploymentComplete(deployment: Deployment, status: DeploymentStatus): boolean {
  const desired = desiredReplicas(deployment);
  return status.updatedReplicas === desired
    && status.replicas === desired
    && status.availableReplicas === desired
    && (status.observedGeneration ?? 0) >= (deployment.metadata?.generation ?? 0);
}

/** Something moved since the stored status: more updated, ready or available pods, or fewer old. */
function madeProgress(deployment: Deployment, next: DeploymentStatus): boolean {
  const before = deployment.status ?? {};
  const oldBefore = (before.replicas ?? 0) - (before.updatedReplicas ?? 0);
  const oldNow = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (next.updatedReplicas ?? 0) > (before.updatedReplicas ?? 0)
    || oldNow < oldBefore
    || (next.readyReplicas ?? 0) > (before.readyReplicas ?? 0)
    || (next.availableReplicas ?? 0) > (before.availableReplicas ?? 0);
}

function timedOut(deadlineSeconds: number, current: Condition | undefined, now: Date): boolean {
  if (!current || current.reason === DeploymentReasons.newReplicaSetAvailable) return false;
  if (current.reason === DeploymentReasons.progressDeadlineExceeded) return true;
  const from = Date.parse(current.lastUpdateTime ?? "");
  return Number.isFinite(from) && from + deadlineSeconds * 1000 < now.getTime();
}

function pausedConditions(deployment: Deployment, conditions: Condition[], now: Date): Condition[] {
  const stored = findCondition(deployment.status?.conditions, PROGRESSING);
  // A timed-out rollout stays reported as such, paused or not.
  if (stored?.reason === DeploymentReasons.progressDeadlineExceeded) return conditions;
  const pausedBefore = stored?.reason === DeploymentReasons.deploymentPaused;
  if (deployment.spec?.paused && !pausedBefore) return setCondition(conditions, newCondition(PROGRESSING, "Unknown", DeploymentReasons.deploymentPaused, "Deployment is paused", now));
  if (!deployment.spec?.paused && pausedBefore) return setCondition(conditions, newCondition(PROGRESSING, "Unknown", DeploymentReasons.deploymentResumed, "Deployment is resumed", now));
  return conditions;
}

/** `status` holds the new counts; returns its conditions with Progressing brought up to date. */
export function deploymentProgressConditions(deployment: Deployment, status: DeploymentStatus, newReplicaSet: ReplicaSet | undefined, now: Date, createdNewReplicaSet: boolean): Condition[] {
  let conditions = pausedConditions(deployment, [...(status.conditions ?? [])], now);
  const deadline = progressDeadlineSeconds(deployment);
  if (deployment.spec?.paused || deadline === undefined) return conditions;

  const name = newReplicaSet?.metadata?.name ?? "";
  if (newReplicaSet && createdNewReplicaSet) {
    conditions = setCondition(conditions, newCondition(PROGRESSING, "True", DeploymentReasons.newReplicaSetCreated, `Created new replica set "${name}"`, now));
  } else if (newReplicaSet && !findCondition(conditions, PROGRESSING)) {
    conditions = setCondition(conditions, newCondition(PROGRESSING, "True", DeploymentReasons.foundNewReplicaSet, `Found new replica set "${name}"`, now));
  }
  const current = findCondition(conditions, PROGRESSING);
  if (status.replicas === status.updatedReplicas && current?.reason === DeploymentReasons.newReplicaSetAvailable) return conditions;

  if (deploymentComplete(deployment, status)) {
    return setCondition(conditions, newCondition(PROGRESSING, "True", DeploymentReasons.newReplicaSetAvailable, `ReplicaSet "${name}" has successfully progressed.`, now));
  }
  if (madeProgress(deployment, status)) {
    // Unlike other conditions, progress with the same reason still moves lastUpdateTime: the
    // deadline counts from the last progress seen.
    const message = newReplicaSet ? `ReplicaSet "${name}" is progressing.` : `Deployment "${deployment.metadata?.name ?? ""}" is progressing.`;
    const condition = newCondition(PROGRESSING, "True", DeploymentReasons.replicaSetUpdated, message, now);
    if (current?.status === "True") condition.lastTransitionTime = current.lastTransitionTime;
    return setCondition(removeCondition(conditions, PROGRESSING), condition);
  }
  if (timedOut(deadline, current, now)) {
    return setCondition(conditions, newCondition(PROGRESSING, "False", DeploymentReasons.progressDeadlineExceeded, `ReplicaSet "${name}" has timed out progressing.`, now));
  }
  return conditions;
}

/**
 * When to look at the Deployment again to notice a missed progress deadline (Kubernetes'
 * requeueStuckDeployment), in ms from `now`; undefined when no deadline can pass.
 */
export function progressRecheckAfterMs(deployment: Deployment, status: DeploymentStatus, now: Date): number | undefined {
  const deadline = progressDeadlineSeconds(deployment);
  const current = findCondition(status.conditions, PROGRESSING);
  if (deadline === undefined || !current || deployment.spec?.paused) return undefined;
  if (deploymentComplete(deployment, status) || current.reason === DeploymentReasons.progressDeadlineExceeded) return undefined;
  const from = Date.parse(current.lastUpdateTime ?? "");
  if (!Number.isFinite(from)) return undefined;
  const after = from + deadline * 1000 - now.getTime();
  return after < 1000 ? 0 : after + 1000;
}

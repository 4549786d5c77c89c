// The rollout decision for one reconcile of a Deployment: which ReplicaSets to resize (and
// whether the new one must be created first). Kubernetes' syncDeployment: a paused Deployment
// or a change of spec.replicas only scales; otherwise the strategy takes one step.
import { proportionalScale, isScalingEvent } from "./proportional-scale.ts";
import { recreateStep } from "./recreate.ts";
import { specReplicas } from "./replica-set-list.ts";
import { isRollingUpdate, replicasAnnotations } from "./rolling-parameters.ts";
import { rollingUpdateStep, type Sizes } from "./rolling-update.ts";
import type { Deployment, ReplicaSet } from "./types.ts";

/** Set spec.replicas and merge these annotations into the named ReplicaSet. */
export interface ReplicaSetScale {
  name: string;
  replicas: number;
  annotations: Record<string, string>;
}

export interface RolloutPlan {
  /** Create `newReplicaSet(deployment, oldReplicaSets)` first; the next reconcile scales it. */
  createNewReplicaSet: boolean;
  scale: ReplicaSetScale[];
}

export interface RolloutObservation {
  /** For Recreate: pods of old ReplicaSets that have not terminated (see countOldPodsRunning). */
  oldPodsRunning?: number;
}

const NOTHING: RolloutPlan = { createNewReplicaSet: false, scale: [] };

function commands(deployment: Deployment, sizes: Sizes): ReplicaSetScale[] {
  const annotations = replicasAnnotations(deployment);
  const scale: ReplicaSetScale[] = [];
  for (const [replicaSet, replicas] of sizes) {
    const current = replicaSet.metadata?.annotations ?? {};
    const stale = Object.entries(annotations).some(([key, value]) => current[key] !== value);
    if (replicas !== specReplicas(replicaSet) || stale) scale.push({ name: replicaSet.metadata?.name ?? "", replicas, annotations });
  }
  return scale;
}

/**
 * `newReplicaSet` is the ReplicaSet running the current template (findNewReplicaSet), if any;
 * `oldReplicaSets` are all the others the Deployment controls.
 */
export function planRollout(deployment: Deployment, newReplicaSet: ReplicaSet | undefined, oldReplicaSets: readonly ReplicaSet[], observation: RolloutObservation = {}): RolloutPlan {
  if (deployment.metadata?.deletionTimestamp) return NOTHING;
  if (deployment.spec?.paused || isScalingEvent(deployment, newReplicaSet, oldReplicaSets)) {
    return { createNewReplicaSet: false, scale: commands(deployment, proportionalScale(deployment, newReplicaSet, oldReplicaSets)) };
  }
  if (!newReplicaSet) return { createNewReplicaSet: true, scale: [] };
  const sizes = isRollingUpdate(deployment)
    ? rollingUpdateStep(deployment, newReplicaSet, oldReplicaSets)
    : recreateStep(deployment, newReplicaSet, oldReplicaSets, observation.oldPodsRunning ?? 0);
  return { createNewReplicaSet: false, scale: commands(deployment, sizes) };
}

// Revision history: old ReplicaSets are kept (scaled to 0) so `rollout undo` can return to them,
// but only revisionHistoryLimit of them; the oldest revisions beyond it are deleted.
import { revisionOf } from "./new-replica-set.ts";
import { byCreation, specReplicas } from "./replica-set-list.ts";
import type { Deployment, ReplicaSet } from "./types.ts";

function byRevision(a: ReplicaSet, b: ReplicaSet): number {
  return revisionOf(a) - revisionOf(b) || byCreation(a, b);
}

/** A ReplicaSet that is fully scaled down and whose controller has seen that. */
function drained(replicaSet: ReplicaSet): boolean {
  return specReplicas(replicaSet) === 0
    && (replicaSet.status?.replicas ?? 0) === 0
    && (replicaSet.metadata?.generation ?? 0) <= (replicaSet.status?.observedGeneration ?? 0);
}

/**
 * Old ReplicaSets to delete, oldest revision first (Kubernetes' cleanupDeployment). Without a
 * revisionHistoryLimit nothing is deleted; a ReplicaSet that still has pods is skipped, not
 * replaced by a newer one, so history is never cut shorter than the limit.
 */
export function replicaSetsToDelete(deployment: Deployment, oldReplicaSets: readonly ReplicaSet[]): ReplicaSet[] {
  const limit = deployment.spec?.revisionHistoryLimit;
  if (limit === undefined || limit === null) return [];
  const alive = oldReplicaSets.filter((replicaSet) => !replicaSet.metadata?.deletionTimestamp).sort(byRevision);
  const excess = alive.length - limit;
  if (excess <= 0) return [];
  return alive.slice(0, excess).filter(drained);
}

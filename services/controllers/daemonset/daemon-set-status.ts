// A DaemonSet's status from its nodes and pods (Kubernetes' updateDaemonSetStatus): per node that
// should run the pod, whether one is scheduled there, whether the oldest is ready, available and of
// the update revision; pods on other nodes are misscheduled.
import { isAvailable, isReady } from "../replicaset/pod-state.ts";
import { eligibilityOf } from "./node-eligibility.ts";
import { isDeleting, isUpdated, podsByNode } from "./node-pods.ts";
import type { DaemonSet, DaemonSetStatus, Node, Pod } from "./types.ts";

export function daemonSetStatus(daemonSet: DaemonSet, nodes: readonly Node[], pods: readonly Pod[], hash: string, collisionCount: number, now: Date): DaemonSetStatus {
  const eligibility = eligibilityOf(daemonSet);
  // Deleted pods that have finished count for nothing (getNodesToDaemonPods(includeDeletedTerminal=false)).
  const byNode = podsByNode(pods.filter((pod) => !(isDeleting(pod) && (pod.status?.phase === "Failed" || pod.status?.phase === "Succeeded"))));
  const minReadySeconds = daemonSet.spec?.minReadySeconds ?? 0;
  let desired = 0, current = 0, ready = 0, available = 0, updated = 0, misscheduled = 0;
  for (const node of nodes) {
    const { shouldRun } = eligibility(node);
    const onNode = byNode.get(node.metadata?.name ?? "") ?? [];
    if (shouldRun) {
      desired++;
      const pod = onNode[0];
      if (!pod) continue;
      current++;
      if (isReady(pod)) {
        ready++;
        if (isAvailable(pod, minReadySeconds, now)) available++;
      }
      if (isUpdated(pod, hash)) updated++;
    } else if (onNode.length > 0) {
      misscheduled++;
    }
  }
  return {
    ...daemonSet.status,
    observedGeneration: daemonSet.metadata?.generation ?? 0,
    desiredNumberScheduled: desired,
    currentNumberScheduled: current,
    numberReady: ready,
    numberAvailable: available,
    numberUnavailable: desired - available,
    updatedNumberScheduled: updated,
    numberMisscheduled: misscheduled,
    collisionCount,
  };
}

const FIELDS = [
  "observedGeneration", "desiredNumberScheduled", "currentNumberScheduled", "numberReady", "numberAvailable",
  "numberUnavailable", "updatedNumberScheduled", "numberMisscheduled", "collisionCount",
] as const;

export function sameStatus(a: DaemonSetStatus | null | undefined, b: DaemonSetStatus): boolean {
  return FIELDS.every((field) => Number(a?.[field] ?? 0) === Number(b[field] ?? 0));
}

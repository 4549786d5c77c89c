// What a DaemonSet's sync does (Kubernetes' manage and rollingUpdate), pure: from the nodes, the
// set's pods and the update revision's hash, the nodes that get a pod and the pods to delete.
// Manage: a pod on each node that should run one, none on a node that should not; a failed pod
// is deleted (after its back-off) so that a new one replaces it; a node with several pods keeps
// the oldest (with surge, the oldest old and the oldest new one). RollingUpdate then replaces old
// pods node by node within maxUnavailable, or starts new pods beside old ones within maxSurge.
import { isAvailable } from "../replicaset/pod-state.ts";
import { scaledValue } from "../deployment/rolling-parameters.ts";
import { eligibilityOf, type NodeEligibility } from "./node-eligibility.ts";
import { byCreation, isDeleting, isUpdated, podsByNode, updatedPodsOnNode } from "./node-pods.ts";
import type { DaemonSet, Node, Pod } from "./types.ts";

export interface DaemonSetPlanInput {
  daemonSet: DaemonSet;
  nodes: readonly Node[];
  /** The set's own pods (already adopted/released). */
  pods: readonly Pod[];
  /** The hash of the update revision. */
  hash: string;
  now: Date;
  /** Nodes whose failed daemon pod must wait before it is replaced. */
  inBackoff?: (nodeName: string) => boolean;
}

export interface DaemonSetPlan {
  /** Node names that get a new pod. */
  create: string[];
  /** Pods to delete (each once). */
  delete: Pod[];
  /** Failed pods among `delete` (a FailedDaemonPod event each; their node's back-off grows). */
  failed: Pod[];
  /** Nodes whose failed pod waits for its back-off. */
  backingOff: string[];
}

export interface RollingCounts {
  desired: number;
  maxSurge: number;
  maxUnavailable: number;
}

/** maxSurge and maxUnavailable scaled against the desired nodes, rounded up; both 0 makes maxUnavailable 1. */
export function rollingCounts(daemonSet: DaemonSet, desired: number): RollingCounts {
  const rollingUpdate = daemonSet.spec?.updateStrategy?.rollingUpdate;
  const maxSurge = scaledValue(rollingUpdate?.maxSurge, desired, true);
  const maxUnavailable = scaledValue(rollingUpdate?.maxUnavailable ?? { intVal: 1 }, desired, true);
  return { desired, maxSurge, maxUnavailable: maxSurge === 0 && maxUnavailable === 0 ? 1 : maxUnavailable };
}

export function isRollingUpdate(daemonSet: DaemonSet): boolean {
  return (daemonSet.spec?.updateStrategy?.type || "RollingUpdate") === "RollingUpdate";
}

function allowsSurge(daemonSet: DaemonSet, desired: number): boolean {
  return isRollingUpdate(daemonSet) && rollingCounts(daemonSet, desired).maxSurge > 0;
}

export function planDaemonSet(input: DaemonSetPlanInput): DaemonSetPlan {
  const { daemonSet, nodes, hash, now } = input;
  const plan: DaemonSetPlan = { create: [], delete: [], failed: [], backingOff: [] };
  const eligibility = eligibilityOf(daemonSet);
  const byNode = podsByNode(input.pods);
  const nodeNames = new Set(nodes.map((node) => node.metadata?.name ?? ""));
  const eligible = new Map<string, NodeEligibility>(nodes.map((node) => [node.metadata?.name ?? "", eligibility(node)]));
  const desired = [...eligible.values()].filter((value) => value.shouldRun).length;
  const surge = allowsSurge(daemonSet, desired);
  const toDelete = new Map<string, Pod>();
  const remove = (pod: Pod) => toDelete.set(pod.metadata?.uid || pod.metadata?.name || "", pod);

  // Pods for nodes that are gone: nothing will ever run them.
  for (const [nodeName, pods] of byNode) if (!nodeNames.has(nodeName)) for (const pod of pods) if (!isDeleting(pod)) remove(pod);

  for (const node of [...nodeNames].sort()) {
    const { shouldRun, shouldContinueRunning } = eligible.get(node) ?? { shouldRun: false, shouldContinueRunning: false };
    const pods = byNode.get(node) ?? [];
    if (shouldRun && pods.length === 0) {
      plan.create.push(node);
      continue;
    }
    if (!shouldContinueRunning) {
      for (const pod of pods) if (!isDeleting(pod)) remove(pod);
      continue;
    }
    const running: Pod[] = [];
    for (const pod of pods) {
      if (isDeleting(pod)) continue;
      if (pod.status?.phase === "Failed") {
        if (input.inBackoff?.(node)) {
          plan.backingOff.push(node);
          continue;
        }
        plan.failed.push(pod);
        remove(pod);
      } else if (pod.status?.phase === "Succeeded") {
        remove(pod);
      } else {
        running.push(pod);
      }
    }
    const sorted = running.sort(byCreation);
    if (!surge) {
      for (const pod of sorted.slice(1)) remove(pod);
    } else {
      let keptNew = false;
      let keptOld = false;
      for (const pod of sorted) {
        if (isUpdated(pod, hash) ? !keptNew && (keptNew = true) : !keptOld && (keptOld = true)) continue;
        remove(pod);
      }
    }
  }

  // As Kubernetes' expectations do, the rolling update waits until manage's writes are seen.
  if (isRollingUpdate(daemonSet) && plan.create.length === 0 && toDelete.size === 0) {
    const rolling = rollingStep(daemonSet, byNode, eligible, hash, now, desired);
    for (const pod of rolling.delete) remove(pod);
    plan.create.push(...rolling.create);
  }
  plan.delete = [...toDelete.values()];
  return plan;
}

/** Kubernetes' rollingUpdate over the nodes that keep their pods. */
export function rollingStep(
  daemonSet: DaemonSet,
  byNode: ReadonlyMap<string, readonly Pod[]>,
  eligible: ReadonlyMap<string, NodeEligibility>,
  hash: string,
  now: Date,
  desired: number,
): { create: string[]; delete: Pod[] } {
  const { maxSurge, maxUnavailable } = rollingCounts(daemonSet, desired);
  const minReadySeconds = daemonSet.spec?.minReadySeconds ?? 0;
  const available = (pod: Pod) => isAvailable(pod, minReadySeconds, now);
  const nodes = [...eligible.keys()].filter((node) => eligible.get(node)?.shouldContinueRunning).sort();
  if (maxSurge === 0) {
    let unavailable = 0;
    const replaceNow: Pod[] = [];
    const candidates: Pod[] = [];
    for (const node of nodes) {
      const { newPod, oldPod, ambiguous } = updatedPodsOnNode(byNode.get(node) ?? [], hash);
      // A node between its old pod and its new one (or with several) is down already.
      if (ambiguous || (!newPod && !oldPod && eligible.get(node)?.shouldRun)) {
        unavailable++;
        continue;
      }
      if (newPod && !oldPod) {
        if (!available(newPod)) unavailable++;
      } else if (oldPod && !newPod) {
        if (!available(oldPod)) replaceNow.push(oldPod);
        else candidates.push(oldPod);
      }
    }
    const room = Math.min(Math.max(0, maxUnavailable - unavailable), candidates.length);
    return { create: [], delete: [...replaceNow, ...candidates.slice(0, room)] };
  }
  let surging = 0;
  const create: string[] = [];
  const remove: Pod[] = [];
  for (const node of nodes) {
    const { newPod, oldPod, ambiguous } = updatedPodsOnNode(byNode.get(node) ?? [], hash);
    if (ambiguous) {
      surging++;
      continue;
    }
    if (!oldPod) continue;
    if (!newPod) {
      // Only a node that should run the pod gets a surge pod; an unavailable old pod is replaced at once.
      if (!eligible.get(node)?.shouldRun) continue;
      if (!available(oldPod)) create.push(node);
      else if (surging < maxSurge) {
        surging++;
        create.push(node);
      }
      continue;
    }
    if (!available(newPod)) {
      surging++;
      continue;
    }
    remove.push(oldPod);
  }
  return { create, delete: remove };
}

// The scale-down decision, as the Kubernetes cluster autoscaler makes it (pure). A node of a group
// is unneeded when its pods' requests are under the utilization threshold of its allocatable
// (cpu or memory, whichever is higher) and every pod on it can go elsewhere: it has a controller
// (bare pods block), no local storage (emptyDir, unless allowed), its PodDisruptionBudget allows
// the disruption, and the scheduler's filters place it on another node that stays. DaemonSet and
// mirror pods do not count. A node unneeded for the unneeded time, outside the delay after a
// scale-up, in a group above its min, is removed; one at a time, the longest unneeded first.
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import { assume, buildNodeInfos, forget, isTerminated } from "../../scheduler/framework/node-info.ts";
import { podRequestOf } from "../../scheduler/framework/pod-request.ts";
import { filterNode } from "../../scheduler/framework/schedule.ts";
import type { Node, NodeInfo, Pod } from "../../scheduler/framework/types.ts";
import type { troupe } from "../../../proto/gen/troupe.js";

type Budget = troupe.v1.PodDisruptionBudget.$Properties;

export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

/** Why a node is not unneeded (the CA's UnremovableReason names, for the status and metrics). */
export const UNREMOVABLE_REASONS = ["NotUnderutilized", "NotReady", "NotReplicated", "LocalStorage", "NotEnoughPdb", "NoPlaceToMovePods"] as const;
export type UnremovableReason = (typeof UNREMOVABLE_REASONS)[number];

export interface ScaleDownInput {
  now: number;
  /** Every node and every pod of the cluster. */
  nodes: readonly Node[];
  pods: readonly Pod[];
  budgets: readonly Budget[];
  /** The group of each node a group owns (nodes of no group are never removed). */
  groupOfNode: ReadonlyMap<string, { name: string; minSize: number; size: number }>;
  /** When each node was first seen unneeded (the previous pass's answer). */
  unneededSince: ReadonlyMap<string, number>;
  lastScaleUpAt?: number;
  threshold: number;
  unneededMs: number;
  delayAfterAddMs: number;
  skipNodesWithLocalStorage: boolean;
}

export interface ScaleDownPlan {
  /** Unneeded nodes and since when. */
  unneeded: Map<string, number>;
  utilization: Map<string, number>;
  unremovable: Map<string, UnremovableReason>;
  /** The node to drain and remove now, with the pods to evict. */
  remove?: { node: string; group: string; pods: Pod[]; utilization: number };
}

const isDaemonSetPod = (pod: Pod) => (pod.metadata?.ownerReferences ?? []).some((owner) => owner.controller && owner.kind === "DaemonSet");
const isMirrorPod = (pod: Pod) => Boolean(pod.metadata?.annotations?.[MIRROR_POD_ANNOTATION]);
const hasController = (pod: Pod) => (pod.metadata?.ownerReferences ?? []).some((owner) => owner.controller === true);
const hasLocalStorage = (pod: Pod) => (pod.spec?.volumes ?? []).some((volume) => volume.emptyDir);
const isReady = (node: Node) => (node.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");

/** The pods a drain evicts: not terminated, not DaemonSet or mirror pods. */
export function podsToMove(pods: readonly Pod[], node: string): Pod[] {
  return pods.filter((pod) => pod.spec?.nodeName === node && !isTerminated(pod) && !isDaemonSetPod(pod) && !isMirrorPod(pod));
}

/** max(cpu, memory) of requests over allocatable, DaemonSet and mirror pods left out as the CA does. */
export function utilizationOf(info: NodeInfo): number {
  let cpu = 0;
  let memory = 0;
  const requests = info.pods.filter((pod) => !isDaemonSetPod(pod) && !isMirrorPod(pod)).map((pod) => podRequestOf(pod).requests);
  for (const request of requests) {
    cpu += request.milliCpu;
    memory += request.memoryBytes;
  }
  const share = (used: number, total: number) => (total > 0 ? used / total : 0);
  return Math.max(share(cpu, info.allocatable.milliCpu), share(memory, info.allocatable.memoryBytes));
}

/** Budgets that would be exceeded by evicting `pods` together. */
function budgetsAllow(pods: readonly Pod[], budgets: readonly Budget[]): boolean {
  for (const budget of budgets) {
    const selector = labelSelectorFromMessage(budget.spec?.selector);
    const hit = pods.filter((pod) => pod.metadata?.namespace === budget.metadata?.namespace && selector.matches(pod.metadata?.labels));
    if (hit.length > (budget.status?.disruptionsAllowed ?? 0)) return false;
  }
  return true;
}

export function planScaleDown(input: ScaleDownInput): ScaleDownPlan {
  const plan: ScaleDownPlan = { unneeded: new Map(), utilization: new Map(), unremovable: new Map() };
  const infos = buildNodeInfos(input.nodes, input.pods);
  const candidates: { info: NodeInfo; utilization: number }[] = [];
  for (const info of infos) {
    if (!input.groupOfNode.has(info.name)) continue;
    const utilization = utilizationOf(info);
    plan.utilization.set(info.name, utilization);
    if (!isReady(info.node)) plan.unremovable.set(info.name, "NotReady");
    else if (utilization >= input.threshold) plan.unremovable.set(info.name, "NotUnderutilized");
    else candidates.push({ info, utilization });
  }
  candidates.sort((a, b) => a.utilization - b.utilization || (a.info.name < b.info.name ? -1 : 1));
  // Pods moved off earlier candidates are assumed on their new nodes, and those candidates are no
  // destination: the unneeded set can go all together.
  const leaving = new Set<string>();
  for (const { info } of candidates) {
    const pods = podsToMove(input.pods, info.name);
    let reason: UnremovableReason | undefined;
    if (pods.some((pod) => !hasController(pod))) reason = "NotReplicated";
    else if (input.skipNodesWithLocalStorage && pods.some(hasLocalStorage)) reason = "LocalStorage";
    else if (!budgetsAllow(pods, input.budgets)) reason = "NotEnoughPdb";
    else {
      const destinations = infos.filter((other) => other.name !== info.name && !leaving.has(other.name));
      const placed: [NodeInfo, Pod][] = [];
      for (const pod of pods) {
        const request = podRequestOf({ ...pod, spec: { ...pod.spec, nodeName: "" } });
        const target = destinations.find((other) => filterNode(request, other).feasible);
        if (!target) {
          reason = "NoPlaceToMovePods";
          break;
        }
        assume(target, pod);
        placed.push([target, pod]);
      }
      if (reason) for (const [target, pod] of placed) forget(target, pod);
    }
    if (reason) {
      plan.unremovable.set(info.name, reason);
      continue;
    }
    leaving.add(info.name);
    plan.unneeded.set(info.name, input.unneededSince.get(info.name) ?? input.now);
  }
  if (input.lastScaleUpAt !== undefined && input.now - input.lastScaleUpAt < input.delayAfterAddMs) return plan;
  const ripe = [...plan.unneeded]
    .filter(([node, since]) => input.now - since >= input.unneededMs && (input.groupOfNode.get(node)?.size ?? 0) > (input.groupOfNode.get(node)?.minSize ?? 0))
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const chosen = ripe[0];
  if (chosen) {
    const node = chosen[0];
    plan.remove = { node, group: input.groupOfNode.get(node)?.name ?? "", pods: podsToMove(input.pods, node), utilization: plan.utilization.get(node) ?? 0 };
  }
  return plan;
}

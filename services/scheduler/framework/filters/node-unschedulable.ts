// NodeUnschedulable: a cordoned node (spec.unschedulable) takes only pods that tolerate
// node.kubernetes.io/unschedulable:NoSchedule.
import { FEASIBLE, unfit } from "../filter-status.ts";
import { tolerated } from "../toleration.ts";
import type { FilterStatus, NodeInfo, PodRequest, Taint } from "../types.ts";
import { TaintEffects, UNSCHEDULABLE_TAINT_KEY } from "../well-known.ts";

export const NODE_UNSCHEDULABLE_REASON = "node(s) were unschedulable";

const UNSCHEDULABLE_TAINT: Taint = { key: UNSCHEDULABLE_TAINT_KEY, effect: TaintEffects.noSchedule };
const UNSCHEDULABLE = unfit(NODE_UNSCHEDULABLE_REASON);

export function nodeUnschedulable(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  if (!nodeInfo.node.spec?.unschedulable) return FEASIBLE;
  return tolerated(pod.tolerations, UNSCHEDULABLE_TAINT) ? FEASIBLE : UNSCHEDULABLE;
}

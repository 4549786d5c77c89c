// NodeReady: only nodes whose Ready condition is True take pods. Troupe also taints a node that is
// not ready (node.kubernetes.io/not-ready), and TaintToleration runs first so its reason wins;
// this filter catches a node whose taint has not been written yet, or one that never reported.
import { FEASIBLE, unfit } from "../filter-status.ts";
import type { FilterStatus, NodeInfo, PodRequest } from "../types.ts";

export const NODE_NOT_READY_REASON = "node(s) were not ready";

const NOT_READY = unfit(NODE_NOT_READY_REASON);

export function nodeReady(_pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  for (const condition of nodeInfo.node.status?.conditions ?? []) {
    if (condition.type === "Ready") return condition.status === "True" ? FEASIBLE : NOT_READY;
  }
  return NOT_READY;
}

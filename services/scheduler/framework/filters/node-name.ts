// NodeName: a pod that already names its node (spec.nodeName) fits only that node.
import { FEASIBLE, unfit } from "../filter-status.ts";
import type { FilterStatus, NodeInfo, PodRequest } from "../types.ts";

export const NODE_NAME_REASON = "node(s) didn't match the requested node name";

const MISMATCH = unfit(NODE_NAME_REASON);

export function nodeName(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  return pod.nodeName === "" || pod.nodeName === nodeInfo.name ? FEASIBLE : MISMATCH;
}

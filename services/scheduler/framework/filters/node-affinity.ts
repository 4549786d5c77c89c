// NodeAffinity (filter): spec.nodeSelector and requiredDuringSchedulingIgnoredDuringExecution.
import { FEASIBLE, unfit } from "../filter-status.ts";
import type { FilterStatus, NodeInfo, PodRequest } from "../types.ts";

export const NODE_AFFINITY_REASON = "node(s) didn't match Pod's node affinity/selector";

const MISMATCH = unfit(NODE_AFFINITY_REASON);

export function nodeAffinity(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  if (pod.requiredNodeMatch === null || pod.requiredNodeMatch(nodeInfo.node)) return FEASIBLE;
  return MISMATCH;
}

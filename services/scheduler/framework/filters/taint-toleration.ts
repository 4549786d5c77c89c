// TaintToleration (filter): every NoSchedule and NoExecute taint of the node must be tolerated;
// the reason names the first one that is not. PreferNoSchedule only lowers the score.
import { FEASIBLE, unfit } from "../filter-status.ts";
import { tolerated } from "../toleration.ts";
import type { FilterStatus, NodeInfo, PodRequest, Taint } from "../types.ts";
import { TaintEffects } from "../well-known.ts";

export function untoleratedTaintReason(taint: Taint): string {
  return `node(s) had untolerated taint {${taint.key ?? ""}: ${taint.value ?? ""}}`;
}

// A failure names the node's own taint; statuses are kept per taint object, so a tainted cluster
// does not build a new reason for every pod and node.
const statuses = new WeakMap<Taint, FilterStatus>();

function untolerated(taint: Taint): FilterStatus {
  let status = statuses.get(taint);
  if (!status) {
    status = unfit(untoleratedTaintReason(taint));
    statuses.set(taint, status);
  }
  return status;
}

export function taintToleration(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  for (const taint of nodeInfo.node.spec?.taints ?? []) {
    if (taint.effect !== TaintEffects.noSchedule && taint.effect !== TaintEffects.noExecute) continue;
    if (!tolerated(pod.tolerations, taint)) return untolerated(taint);
  }
  return FEASIBLE;
}

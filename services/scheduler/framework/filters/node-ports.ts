// NodePorts: the host ports the pod asks for must be free on the node.
import { FEASIBLE, unfit } from "../filter-status.ts";
import { portsConflict } from "../host-ports.ts";
import type { FilterStatus, NodeInfo, PodRequest } from "../types.ts";

export const NODE_PORTS_REASON = "node(s) didn't have free ports for the requested pod ports";

const CONFLICT = unfit(NODE_PORTS_REASON);

export function nodePorts(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  if (pod.hostPorts.length === 0) return FEASIBLE;
  return portsConflict(nodeInfo.usedPorts, pod.hostPorts) ? CONFLICT : FEASIBLE;
}

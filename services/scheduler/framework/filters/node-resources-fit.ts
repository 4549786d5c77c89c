// NodeResourcesFit: the pod's effective requests must fit in what the node's pods leave of its
// allocatable cpu, memory and pod count. Every shortfall is reported, as kube-scheduler does.
import { FEASIBLE, unfit } from "../filter-status.ts";
import type { FilterStatus, NodeInfo, PodRequest } from "../types.ts";

export const INSUFFICIENT_CPU_REASON = "Insufficient cpu";
export const INSUFFICIENT_MEMORY_REASON = "Insufficient memory";
export const TOO_MANY_PODS_REASON = "Too many pods";

// One shared status per combination of shortfalls (bit 1 pods, 2 cpu, 4 memory), in Kubernetes' order.
const STATUSES: FilterStatus[] = Array.from({ length: 8 }, (_, bits) =>
  unfit(...[bits & 1 ? TOO_MANY_PODS_REASON : "", bits & 2 ? INSUFFICIENT_CPU_REASON : "", bits & 4 ? INSUFFICIENT_MEMORY_REASON : ""].filter(Boolean)),
);

export function nodeResourcesFit(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  const { requests } = pod;
  const { requested, allocatable } = nodeInfo;
  let bits = 0;
  if (requested.pods + 1 > allocatable.pods) bits |= 1;
  if (requests.milliCpu > 0 && requested.milliCpu + requests.milliCpu > allocatable.milliCpu) bits |= 2;
  if (requests.memoryBytes > 0 && requested.memoryBytes + requests.memoryBytes > allocatable.memoryBytes) bits |= 4;
  return bits === 0 ? FEASIBLE : STATUSES[bits];
}

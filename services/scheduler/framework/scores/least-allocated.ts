// NodeResourcesFit's LeastAllocated score: the free share of cpu and memory left once the pod is
// placed, averaged (equal weights) and truncated to an integer as kube-scheduler computes it.
// Requests count with the 100m / 200Mi defaults, so pods without requests still spread.
import type { NodeInfo, PodRequest, Scorer } from "../types.ts";
import { MAX_NODE_SCORE } from "../types.ts";

function leastRequested(requested: number, allocatable: number): number {
  if (requested > allocatable) return 0;
  return Math.floor(((allocatable - requested) * MAX_NODE_SCORE) / allocatable);
}

export function leastAllocatedScore(pod: PodRequest, nodeInfo: NodeInfo): number {
  const { nonZeroRequested, allocatable } = nodeInfo;
  let total = 0;
  let resources = 0;
  // A resource the node does not offer at all is left out of the average.
  if (allocatable.milliCpu > 0) {
    total += leastRequested(nonZeroRequested.milliCpu + pod.nonZeroRequests.milliCpu, allocatable.milliCpu);
    resources++;
  }
  if (allocatable.memoryBytes > 0) {
    total += leastRequested(nonZeroRequested.memoryBytes + pod.nonZeroRequests.memoryBytes, allocatable.memoryBytes);
    resources++;
  }
  return resources === 0 ? 0 : Math.floor(total / resources);
}

export const leastAllocated: Scorer = {
  name: "LeastAllocated",
  applies: () => true,
  score: leastAllocatedScore,
};

// A node's health from its heartbeats: Unknown once none arrived for the grace period (the
// kubelet or its machine is gone), NotReady when the kubelet itself reports Ready=False.
import type { troupe } from "../../../proto/gen/troupe.js";
import { NodeConditionTypes } from "./well-known.ts";

export type Node = troupe.v1.Node.$Properties;

export const NodeHealths = {
  ready: "Ready",
  notReady: "NotReady",
  unknown: "Unknown",
} as const;
export type NodeHealth = (typeof NodeHealths)[keyof typeof NodeHealths];

/**
 * `lastHeartbeat` is when the controller last saw the node's lease renewTime change, on its own
 * clock (comparing the kubelet's timestamps with ours would make clock skew look like death);
 * a node never seen heartbeating gets the grace period from its creation.
 */
export function nodeHealth(node: Node, lastHeartbeat: Date | undefined, now: Date, gracePeriodMs: number): NodeHealth {
  const created = Date.parse(node.metadata?.creationTimestamp ?? "");
  const since = Math.max(lastHeartbeat?.getTime() ?? Number.NEGATIVE_INFINITY, Number.isFinite(created) ? created : Number.NEGATIVE_INFINITY);
  if (now.getTime() - since > gracePeriodMs) return NodeHealths.unknown;
  const ready = (node.status?.conditions ?? []).find((condition) => condition.type === NodeConditionTypes.ready);
  return ready?.status === "False" ? NodeHealths.notReady : NodeHealths.ready;
}

// Names Kubernetes gives to what the node lifecycle controller writes on nodes.
export { NOT_READY_TAINT_KEY, TaintEffects } from "../../scheduler/framework/well-known.ts";

/** A node whose kubelet stopped heartbeating; the controller cannot tell what runs there. */
export const UNREACHABLE_TAINT_KEY = "node.kubernetes.io/unreachable";

export const NodeConditionTypes = {
  ready: "Ready",
  memoryPressure: "MemoryPressure",
  diskPressure: "DiskPressure",
  pidPressure: "PIDPressure",
} as const;

export const NodeConditionReasons = {
  statusUnknown: "NodeStatusUnknown",
  statusNeverUpdated: "NodeStatusNeverUpdated",
  /** Troupe's: the controller restored Ready it had set to Unknown, once heartbeats came back. */
  statusRecovered: "NodeStatusRecovered",
} as const;

export const NodeConditionMessages = {
  statusUnknown: "Kubelet stopped posting node status.",
  statusNeverUpdated: "Kubelet never posted node status.",
  statusRecovered: "Kubelet resumed posting node status.",
} as const;

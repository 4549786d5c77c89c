// Labels and taint keys the DaemonSet controller uses, as Kubernetes names them.

/** On each pod: the hash of the ControllerRevision whose template made it. */
export const CONTROLLER_REVISION_HASH_LABEL = "controller-revision-hash";
/** On each pod: the DaemonSet's metadata.generation when the pod was made. */
export const POD_TEMPLATE_GENERATION_LABEL = "pod-template-generation";

export const DaemonTaintKeys = {
  notReady: "node.kubernetes.io/not-ready",
  unreachable: "node.kubernetes.io/unreachable",
  diskPressure: "node.kubernetes.io/disk-pressure",
  memoryPressure: "node.kubernetes.io/memory-pressure",
  pidPressure: "node.kubernetes.io/pid-pressure",
  unschedulable: "node.kubernetes.io/unschedulable",
  networkUnavailable: "node.kubernetes.io/network-unavailable",
} as const;

// Names Kubernetes gives to taints, effects and resources that scheduling decisions depend on.

export const TaintEffects = {
  noSchedule: "NoSchedule",
  preferNoSchedule: "PreferNoSchedule",
  noExecute: "NoExecute",
} as const;

export const TolerationOperators = {
  equal: "Equal",
  exists: "Exists",
} as const;

/** The taint a cordoned node (spec.unschedulable) behaves as if it had. */
export const UNSCHEDULABLE_TAINT_KEY = "node.kubernetes.io/unschedulable";
export const NOT_READY_TAINT_KEY = "node.kubernetes.io/not-ready";

export const ResourceNames = {
  cpu: "cpu",
  memory: "memory",
  pods: "pods",
} as const;

/** kube-scheduler's stand-ins for a missing request when scoring (100 millicores, 200 MiB). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** The kubelet's default maxPods, used when a node does not report allocatable pods. */
export const DEFAULT_MAX_PODS = 110;

export const PodPhases = {
  succeeded: "Succeeded",
  failed: "Failed",
} as const;

// A pod's status from its containers' states, with Kubernetes' phase rules and conditions.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { Pod } from "./container-spec.ts";

export type PodStatus = troupe.v1.PodStatus.$Properties;
export type ContainerStatus = troupe.v1.ContainerStatus.$Properties;
export type ContainerPort = troupe.v1.ContainerPort.$Properties;
type Condition = troupe.v1.Condition.$Properties;

export interface StatusContext {
  hostIP: string;
  podIP: string;
  startTime: string;
  now: string;
  /** Pod-level message, e.g. that resource limits are not enforced on this node. */
  message?: string;
  reason?: string;
}

/** Kubernetes' getPhase: waiting containers keep a pod Pending; finished ones decide the end. */
export function podPhase(pod: Pod, containers: ContainerStatus[]): string {
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const container of containers) {
    if (container.state?.running) running++;
    else if (container.state?.terminated) {
      stopped++;
      if (container.state.terminated.exitCode === 0) succeeded++;
    } else if (container.lastState?.terminated) stopped++;
    else waiting++;
  }
  if (waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped === containers.length && containers.length > 0) {
    const policy = pod.spec?.restartPolicy || "Always";
    if (policy === "Always") return "Running";
    if (succeeded === containers.length) return "Succeeded";
    return policy === "OnFailure" ? "Running" : "Failed";
  }
  return "Pending";
}

function condition(previous: Condition[], type: string, status: boolean, now: string, reason?: string): Condition {
  const value = status ? "True" : "False";
  const before = previous.find((candidate) => candidate.type === type);
  const lastTransitionTime = before && before.status === value ? before.lastTransitionTime : now;
  return { type, status: value, lastTransitionTime, ...(reason && !status ? { reason } : {}) };
}

export function podStatus(pod: Pod, containers: ContainerStatus[], context: StatusContext): PodStatus {
  const previous = pod.status?.conditions ?? [];
  const allReady = containers.length > 0 && containers.every((container) => container.ready);
  const phase = podPhase(pod, containers);
  const scheduled = previous.find((candidate) => candidate.type === "PodScheduled") ?? { type: "PodScheduled", status: "True", lastTransitionTime: context.now };
  return {
    phase,
    conditions: [
      condition(previous, "Initialized", true, context.now),
      condition(previous, "Ready", allReady, context.now, "ContainersNotReady"),
      condition(previous, "ContainersReady", allReady, context.now, "ContainersNotReady"),
      scheduled,
    ],
    hostIP: context.hostIP,
    podIP: context.podIP,
    podIPs: context.podIP ? [{ ip: context.podIP }] : [],
    startTime: pod.status?.startTime || context.startTime,
    containerStatuses: containers,
    qosClass: pod.status?.qosClass ?? "",
    message: context.message ?? "",
    reason: context.reason ?? "",
  };
}

// How init containers shape a pod's status, as Kubernetes' kubelet reports it: until every init
// container has completed the pod is Pending with Initialized=False (ContainersNotInitialized)
// and its app containers wait with PodInitializing; an init container that failed for good (the
// restart policy is Never) fails the pod.
import type { ContainerStatus, PodStatus } from "../pod/pod-status.ts";
import type { Pod } from "../pod/container-spec.ts";

export function initialized(initStatuses: ContainerStatus[]): boolean {
  return initStatuses.every((status) => status.state?.terminated?.exitCode === 0);
}

export function withInitContainers(pod: Pod, status: PodStatus, initStatuses: ContainerStatus[]): PodStatus {
  if (!pod.spec?.initContainers?.length) return status;
  const done = initialized(initStatuses);
  const failed = initStatuses.some((init) => (init.state?.terminated?.exitCode ?? 0) !== 0);
  const conditions = (status.conditions ?? []).map((condition) =>
    condition.type === "Initialized" && !done ? { ...condition, status: "False", reason: "ContainersNotInitialized", lastTransitionTime: pod.status?.conditions?.find((c) => c.type === "Initialized" && c.status === "False")?.lastTransitionTime ?? condition.lastTransitionTime } : condition,
  );
  const initReady = initStatuses.map((init) => ({ ...init, ready: init.state?.terminated?.exitCode === 0 }));
  const phase = failed ? "Failed" : done ? status.phase : "Pending";
  return { ...status, phase, conditions, initContainerStatuses: initReady };
}

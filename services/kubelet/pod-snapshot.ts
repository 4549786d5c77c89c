// What a kubelet's pod gauges are made of: each pod worker's last computed status, reduced to
// bounded labels (a phase, a waiting reason from a fixed list), summed over every kubelet of the
// process at scrape time so the gauges never drift from the pods.
export const POD_PHASES = ["Pending", "Running", "Succeeded", "Failed", "Unknown"] as const;
export type PodPhase = (typeof POD_PHASES)[number];

export const WAITING_REASONS = ["CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "ContainerCreating", "CreateContainerError", "other"] as const;
export type WaitingReason = (typeof WAITING_REASONS)[number];

export interface PodSnapshot {
  /** The pod's namespace: the one object name Kubernetes' own pod metrics also label by. */
  namespace: string;
  phase: PodPhase;
  /** One entry per waiting container. */
  waiting: WaitingReason[];
  running: number;
  /** Process group ids of the running containers (none with the fake driver). */
  pids: number[];
}

interface StatusLike {
  phase?: string;
  containerStatuses?: { state?: { waiting?: { reason?: string }; running?: unknown } }[];
  initContainerStatuses?: { state?: { waiting?: { reason?: string }; running?: unknown } }[];
}

export function phaseLabel(phase: string | undefined): PodPhase {
  return (POD_PHASES as readonly string[]).includes(phase ?? "") ? (phase as PodPhase) : "Unknown";
}

export function waitingReasonLabel(reason: string | undefined): WaitingReason {
  return (WAITING_REASONS as readonly string[]).includes(reason ?? "") ? (reason as WaitingReason) : "other";
}

export function podSnapshot(namespace: string, status: StatusLike, pids: number[]): PodSnapshot {
  const containers = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
  return {
    namespace,
    phase: phaseLabel(status.phase),
    waiting: containers.flatMap((container) => (container.state?.waiting ? [waitingReasonLabel(container.state.waiting.reason)] : [])),
    running: containers.filter((container) => container.state?.running).length,
    pids,
  };
}

export interface PodCounts {
  /** Pods by namespace, then phase; a namespace appears once one of its pods is here. */
  byNamespace: Map<string, Record<PodPhase, number>>;
  phases: Record<PodPhase, number>;
  waiting: Record<WaitingReason, number>;
  running: number;
}

export function countPods(snapshots: Iterable<PodSnapshot>): PodCounts {
  const zeroPhases = () => Object.fromEntries(POD_PHASES.map((phase) => [phase, 0])) as Record<PodPhase, number>;
  const phases = zeroPhases();
  const byNamespace = new Map<string, Record<PodPhase, number>>();
  const waiting = Object.fromEntries(WAITING_REASONS.map((reason) => [reason, 0])) as Record<WaitingReason, number>;
  let running = 0;
  for (const snapshot of snapshots) {
    phases[snapshot.phase]++;
    const namespacePhases = byNamespace.get(snapshot.namespace) ?? zeroPhases();
    namespacePhases[snapshot.phase]++;
    byNamespace.set(snapshot.namespace, namespacePhases);
    for (const reason of snapshot.waiting) waiting[reason]++;
    running += snapshot.running;
  }
  return { byNamespace, phases, waiting, running };
}

// Which pods a replica count is computed from (Kubernetes' groupPods in replica_calculator.go):
// pods being deleted or Failed are ignored; Pending pods and, for CPU, pods still in their
// initialization period whose readiness or first sample is not settled are "unready"; pods with
// no metric sample are "missing". The rest count as ready.

export interface PodReadiness {
  status: "True" | "False" | "Unknown";
  /** Milliseconds since the epoch. */
  lastTransitionTime: number;
}

export interface PodForScaling {
  name: string;
  phase: string;
  deleting: boolean;
  /** Milliseconds since the epoch; undefined before the kubelet has started the pod. */
  startTime?: number;
  ready?: PodReadiness;
  /** Requests by container, in the metric's unit (millicores for cpu, bytes for memory). */
  requests: ReadonlyArray<{ container: string; resources: Readonly<Record<string, number>> }>;
}

export interface PodSample {
  /** The usage (or custom metric value) of the pod, in the target's unit. */
  value: number;
  /** When the sample was taken and over how long (metrics.k8s.io timestamp and window), ms. */
  timestamp: number;
  windowMs: number;
}

/** Kubernetes' --horizontal-pod-autoscaler-cpu-initialization-period and -initial-readiness-delay. */
export const CPU_INITIALIZATION_PERIOD_MS = 5 * 60_000;
export const INITIAL_READINESS_DELAY_MS = 30_000;

export interface PodGroups {
  readyCount: number;
  unready: Set<string>;
  missing: Set<string>;
  ignored: Set<string>;
}

export interface GroupingOptions {
  now: number;
  /** "cpu" gets the initialization-period rules; other metrics count every running pod as ready. */
  resource: string;
  cpuInitializationPeriodMs?: number;
  initialReadinessDelayMs?: number;
}

function cpuUnready(pod: PodForScaling, sample: PodSample, options: GroupingOptions): boolean {
  const ready = pod.ready;
  if (!ready || pod.startTime === undefined) return true;
  const initialization = options.cpuInitializationPeriodMs ?? CPU_INITIALIZATION_PERIOD_MS;
  if (pod.startTime + initialization > options.now) {
    // Still initializing: unready until ready, and a sample from before it became ready does not count.
    return ready.status === "False" || sample.timestamp < ready.lastTransitionTime + sample.windowMs;
  }
  // Past initialization: unready only if it never became ready after its start.
  const delay = options.initialReadinessDelayMs ?? INITIAL_READINESS_DELAY_MS;
  return ready.status === "False" && pod.startTime + delay > ready.lastTransitionTime;
}

export function groupPods(pods: readonly PodForScaling[], samples: ReadonlyMap<string, PodSample>, options: GroupingOptions): PodGroups {
  const groups: PodGroups = { readyCount: 0, unready: new Set(), missing: new Set(), ignored: new Set() };
  for (const pod of pods) {
    if (pod.deleting || pod.phase === "Failed") {
      groups.ignored.add(pod.name);
      continue;
    }
    if (pod.phase === "Pending") {
      groups.unready.add(pod.name);
      continue;
    }
    const sample = samples.get(pod.name);
    if (!sample) {
      groups.missing.add(pod.name);
      continue;
    }
    if (options.resource === "cpu" && cpuUnready(pod, sample, options)) {
      groups.unready.add(pod.name);
      continue;
    }
    groups.readyCount++;
  }
  return groups;
}

// The kubelet's Prometheus metrics. Labels are bounded: a probe type and a result, never a pod,
// container or node name (hollow nodes share one registry).
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { HOLD_RESULTS } from "./lifecycle/termination-hold-decisions.ts";
import { PROBE_TYPES, type ProbeType } from "./probe/probe-spec.ts";
import { countPods, POD_PHASES, WAITING_REASONS, type PodSnapshot } from "./pod-snapshot.ts";
import { processGroupUsage, type ProcessUsage } from "./process-usage.ts";
import { registerUsageMetrics, type UsageSource } from "./usage/usage-metrics.ts";

export const PROBE_RESULTS = ["success", "failure"] as const;
export type ProbeResultLabel = (typeof PROBE_RESULTS)[number];

export const STREAM_KINDS = ["exec", "attach", "portforward"] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];
export const STREAM_OUTCOMES = ["started", "refused"] as const;

export interface KubeletMetrics {
  readonly probeResults: Counter<"probe_type" | "result">;
  readonly probeDuration: Histogram<"probe_type">;
  readonly streamRequests: Counter<"kind" | "outcome">;
  readonly streamSessions: Gauge<"kind">;
  readonly terminationHoldDuration: Histogram<"result">;
  readonly terminationHoldsTimedOut: Counter;
  readonly serviceAccountTokenRequests: Counter<"result">;
  /** Kubernetes' pod startup SLI: pod seen by the kubelet to all its containers Ready, image pulls excluded. */
  readonly podStartSli: Histogram;
  readonly containerRestarts: Counter;
  readonly imagePulls: Counter<"result">;
  /** Pulls that fetched or failed; an image already here is not a pull that took time. */
  readonly imagePullDuration: Histogram;
  readonly logLinesPublished: Counter;
  readonly logPodRecordWrites: Counter<"result">;
  /** Pods, waiting and running containers and their usage are read from these at scrape time. */
  addPodSource(source: PodSource): () => void;
  /** A usage sampler's latest readings, for the per-container usage series (services/kubelet/usage). */
  addUsageSource(source: UsageSource): () => void;
}

/** One kubelet's pods as they are now. */
export type PodSource = () => Iterable<PodSnapshot>;

export const IMAGE_PULL_RESULTS = ["pulled", "cached", "failed"] as const;
export type ImagePullResult = (typeof IMAGE_PULL_RESULTS)[number];

export const LOG_RECORD_WRITE_RESULTS = ["success", "failure"] as const;

export const TOKEN_REQUEST_RESULTS = ["success", "failure"] as const;

const PROBE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

// prom-client refuses a name twice in one registry; many kubelets of one process share it.
const byRegistry = new WeakMap<Registry, KubeletMetrics>();

export function createKubeletMetrics(registry: Registry = new Registry()): KubeletMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const probeResults = new Counter({
    name: "troupe_kubelet_probe_results_total",
    help: "Container probe attempts, by probe type (startup, liveness, readiness) and result.",
    labelNames: ["probe_type", "result"] as const,
    registers,
  });
  const probeDuration = new Histogram({
    name: "troupe_kubelet_probe_duration_seconds",
    help: "Time one container probe attempt took, by probe type.",
    labelNames: ["probe_type"] as const,
    buckets: PROBE_BUCKETS,
    registers,
  });
  const streamRequests = new Counter({
    name: "troupe_kubelet_stream_requests_total",
    help: "Exec, attach and port-forward requests, by kind and whether a session started.",
    labelNames: ["kind", "outcome"] as const,
    registers,
  });
  const streamSessions = new Gauge({
    name: "troupe_kubelet_stream_sessions",
    help: "Exec, attach and port-forward sessions open now, by kind.",
    labelNames: ["kind"] as const,
    registers,
  });
  const terminationHoldDuration = new Histogram({
    name: "troupe_kubelet_termination_hold_duration_seconds",
    help: "How long SIGTERM to a terminating pod was held until every node proxy stopped routing to it, by result (confirmed, timed_out, no_proxies).",
    labelNames: ["result"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers,
  });
  const terminationHoldsTimedOut = new Counter({
    name: "troupe_kubelet_termination_holds_timed_out_total",
    help: "Termination holds that ran out of time before every node proxy confirmed (a proxy down, cut off or slow).",
    registers,
  });
  const serviceAccountTokenRequests = new Counter({
    name: "troupe_kubelet_service_account_token_requests_total",
    help: "TokenRequests the kubelet made for its pods' projected ServiceAccount tokens (first tokens and rotations), by result.",
    labelNames: ["result"] as const,
    registers,
  });
  for (const result of TOKEN_REQUEST_RESULTS) serviceAccountTokenRequests.inc({ result }, 0);
  const sources = new Set<PodSource>();
  const snapshots = () => [...sources].flatMap((source) => [...source()]);
  const podStartSli = new Histogram({
    name: "troupe_kubelet_pod_start_sli_duration_seconds",
    help: "From a pod first seen by the kubelet to all its containers Ready, image pulls excluded (Kubernetes' pod startup SLI).",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 4, 5, 6, 8, 10, 20, 30, 45, 60, 120, 300],
    registers,
  });
  const containerRestarts = new Counter({ name: "troupe_kubelet_container_restarts_total", help: "Containers restarted by the restart policy (after an exit or a failed liveness/startup probe).", registers });
  containerRestarts.inc(0);
  const imagePulls = new Counter({
    name: "troupe_kubelet_image_pulls_total",
    help: "Image pulls for containers, by result: pulled (fetched and unpacked), cached (already here), failed.",
    labelNames: ["result"] as const,
    registers,
  });
  for (const result of IMAGE_PULL_RESULTS) imagePulls.inc({ result }, 0);
  const imagePullDuration = new Histogram({
    name: "troupe_kubelet_image_pull_duration_seconds",
    help: "Time of one image pull that fetched the image or failed.",
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  new Gauge({
    name: "troupe_kubelet_pods",
    help: "Pods of this kubelet's nodes, by namespace and the phase it last computed (a namespace's series exist while one of its pods is here).",
    labelNames: ["namespace", "phase"] as const,
    registers,
    collect() {
      const { byNamespace } = countPods(snapshots());
      this.reset();
      for (const [namespace, phases] of byNamespace) for (const phase of POD_PHASES) this.set({ namespace, phase }, phases[phase]);
    },
  });
  new Gauge({
    name: "troupe_kubelet_containers_waiting",
    help: "Containers waiting, by reason (CrashLoopBackOff, ImagePullBackOff, ErrImagePull, ContainerCreating, CreateContainerError, other).",
    labelNames: ["reason"] as const,
    registers,
    collect() {
      const { waiting } = countPods(snapshots());
      for (const reason of WAITING_REASONS) this.set({ reason }, waiting[reason]);
    },
  });
  new Gauge({
    name: "troupe_kubelet_running_containers",
    help: "Containers running on this kubelet's nodes.",
    registers,
    collect() {
      this.set(countPods(snapshots()).running);
    },
  });
  const usage = usageReader(() => new Set(snapshots().flatMap((snapshot) => snapshot.pids)));
  const lastCpu = new Map<number, number>();
  new Counter({
    name: "troupe_kubelet_pods_cpu_seconds_total",
    help: "CPU time used by the containers of this kubelet's pods (process groups, from /proc).",
    registers,
    async collect() {
      const current = await usage();
      // A counter: each running group adds what it used since the last scrape; groups gone keep what they added.
      for (const [pgid, { cpuSeconds }] of current) {
        const delta = cpuSeconds - (lastCpu.get(pgid) ?? 0);
        if (delta > 0) this.inc(delta);
        lastCpu.set(pgid, cpuSeconds);
      }
      for (const pgid of lastCpu.keys()) if (!current.has(pgid)) lastCpu.delete(pgid);
      this.inc(0);
    },
  });
  new Gauge({
    name: "troupe_kubelet_pods_memory_bytes",
    help: "Resident memory of the containers of this kubelet's pods (process groups, from /proc).",
    registers,
    async collect() {
      let bytes = 0;
      for (const { memoryBytes } of (await usage()).values()) bytes += memoryBytes;
      this.set(bytes);
    },
  });
  const usageSources = new Set<UsageSource>();
  registerUsageMetrics(registry, usageSources);
  const logLinesPublished = new Counter({
    name: "troupe_kubelet_log_lines_published_total",
    help: "Container output lines the kubelet published to the TROUPE_LOGS stream (docs/logging.md).",
    registers,
  });
  const logPodRecordWrites = new Counter({
    name: "troupe_kubelet_log_pod_record_writes_total",
    help: "Writes of pod records to the troupe-log-pods bucket (at pod start and deletion), by result.",
    labelNames: ["result"] as const,
    registers,
  });
  for (const result of LOG_RECORD_WRITE_RESULTS) logPodRecordWrites.inc({ result }, 0);
  for (const result of HOLD_RESULTS) terminationHoldDuration.zero({ result });
  for (const kind of STREAM_KINDS) {
    for (const outcome of STREAM_OUTCOMES) streamRequests.inc({ kind, outcome }, 0);
    streamSessions.set({ kind }, 0);
  }
  for (const probeType of PROBE_TYPES) {
    for (const result of PROBE_RESULTS) probeResults.inc({ probe_type: probeType, result }, 0);
    probeDuration.zero({ probe_type: probeType });
  }
  const metrics: KubeletMetrics = {
    probeResults, probeDuration, streamRequests, streamSessions, terminationHoldDuration, terminationHoldsTimedOut, serviceAccountTokenRequests,
    podStartSli, containerRestarts, imagePulls, imagePullDuration, logLinesPublished, logPodRecordWrites,
    addPodSource(source) {
      sources.add(source);
      return () => sources.delete(source);
    },
    addUsageSource(source) {
      usageSources.add(source);
      return () => usageSources.delete(source);
    },
  };
  byRegistry.set(registry, metrics);
  return metrics;
}

export function recordProbe(metrics: KubeletMetrics, probeType: ProbeType, result: ProbeResultLabel, seconds: number): void {
  metrics.probeResults.inc({ probe_type: probeType, result });
  metrics.probeDuration.observe({ probe_type: probeType }, seconds);
}

/** One /proc read shared by the CPU and memory collectors of a scrape. */
function usageReader(pgids: () => Set<number>): () => Promise<Map<number, ProcessUsage>> {
  let last: { at: number; usage: Promise<Map<number, ProcessUsage>> } | undefined;
  return () => {
    const now = performance.now();
    if (!last || now - last.at > 1000) last = { at: now, usage: processGroupUsage(pgids()) };
    return last.usage;
  };
}

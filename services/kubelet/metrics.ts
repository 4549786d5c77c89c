// The kubelet's Prometheus metrics. Labels are bounded: a probe type and a result, never a pod,
// container or node name (hollow nodes share one registry).
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { HOLD_RESULTS } from "./lifecycle/termination-hold-decisions.ts";
import { PROBE_TYPES, type ProbeType } from "./probe/probe-spec.ts";

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
  readonly logLinesPublished: Counter;
  readonly logPodRecordWrites: Counter<"result">;
}

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
  const metrics = { probeResults, probeDuration, streamRequests, streamSessions, terminationHoldDuration, terminationHoldsTimedOut, serviceAccountTokenRequests, logLinesPublished, logPodRecordWrites };
  byRegistry.set(registry, metrics);
  return metrics;
}

export function recordProbe(metrics: KubeletMetrics, probeType: ProbeType, result: ProbeResultLabel, seconds: number): void {
  metrics.probeResults.inc({ probe_type: probeType, result });
  metrics.probeDuration.observe({ probe_type: probeType }, seconds);
}

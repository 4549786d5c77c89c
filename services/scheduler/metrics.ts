// The scheduler's Prometheus metrics, after kube-scheduler's. Labels are bounded: an attempt's
// result and a queue name, never a pod or node name.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** scheduled = bound; unschedulable = no node fits; error = the decision or the bind failed. */
export const SCHEDULE_RESULTS = ["scheduled", "unschedulable", "error"] as const;
export type ScheduleAttemptResult = (typeof SCHEDULE_RESULTS)[number];

/** active = waiting for a decision; backoff = waiting out a retry delay; unschedulable = waiting for a cluster change. */
export const PENDING_QUEUES = ["active", "backoff", "unschedulable"] as const;
export type PendingQueue = (typeof PENDING_QUEUES)[number];

export type PendingCounts = Record<PendingQueue, number>;

export interface SchedulerMetrics {
  readonly attempts: Counter<"result">;
  /** The decision alone (filters and scores), not the bind. */
  readonly schedulingDuration: Histogram;
  readonly bindDuration: Histogram;
  /** Kubernetes' scheduling SLI: from the pod first queued (seen pending) to its bind accepted, retries included. */
  readonly schedulingSli: Histogram;
  readonly pendingPods: Gauge<"queue">;
}

const DECISION_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];
const SLI_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const BIND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** `pending` is read at scrape time, so the gauge never drifts from the queues. */
export function createSchedulerMetrics(registry: Registry, pending: () => PendingCounts): SchedulerMetrics {
  const registers = [registry];
  const attempts = new Counter({
    name: "troupe_scheduler_schedule_attempts_total",
    help: "Scheduling attempts, by result.",
    labelNames: ["result"] as const,
    registers,
  });
  const schedulingDuration = new Histogram({
    name: "troupe_scheduler_scheduling_duration_seconds",
    help: "Time to decide where one pod goes (filters and scores), without the bind.",
    buckets: DECISION_BUCKETS,
    registers,
  });
  const bindDuration = new Histogram({
    name: "troupe_scheduler_bind_duration_seconds",
    help: "Round trip of one bind request to the API.",
    buckets: BIND_BUCKETS,
    registers,
  });
  const schedulingSli = new Histogram({
    name: "troupe_scheduler_pod_scheduling_sli_duration_seconds",
    help: "From a pod first seen pending by this scheduler to its bind accepted, all attempts included (Kubernetes' scheduling SLI).",
    buckets: SLI_BUCKETS,
    registers,
  });
  const pendingPods = new Gauge({
    name: "troupe_scheduler_pending_pods",
    help: "Pending pods this scheduler holds, by queue (zero on a standby replica).",
    labelNames: ["queue"] as const,
    registers,
    collect() {
      const counts = pending();
      for (const queue of PENDING_QUEUES) this.set({ queue }, counts[queue]);
    },
  });
  for (const result of SCHEDULE_RESULTS) attempts.inc({ result }, 0);
  for (const queue of PENDING_QUEUES) pendingPods.set({ queue }, 0);
  return { attempts, schedulingDuration, bindDuration, schedulingSli, pendingPods };
}

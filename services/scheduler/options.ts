// Options of the scheduler service; main.ts fills them from the environment.
import { hostname } from "node:os";
import { STATE_BUCKET } from "../../runtime/subjects.ts";

/** Pods whose spec.schedulerName is this (or empty) are the default scheduler's, as in Kubernetes. */
export const DEFAULT_SCHEDULER_NAME = "default-scheduler";
/** The leader lease every scheduler replica competes for. */
export const SCHEDULER_LEASE_NAME = "troupe-scheduler";

/** Timing of the leader lease; see runtime/leader-election for the defaults (fail-over within 3 s). */
export interface SchedulerLeaseOptions {
  leaseDurationMs?: number;
  renewDeadlineMs?: number;
  retryPeriodMs?: number;
}

export interface SchedulerOptions {
  /** The spec.schedulerName this scheduler serves. */
  schedulerName?: string;
  /** Unique per process: the leader election identity and the Events' reporting instance. */
  identity?: string;
  /** Bind (and status) requests in flight at once; decisions stay one at a time. */
  bindConcurrency?: number;
  /** Longest an unschedulable pod waits for a retry when nothing in the cluster changes. */
  unschedulableRetryMs?: number;
  /** Backoff of a pod after a failed attempt, doubling per attempt (kube-scheduler: 1 s .. 10 s). */
  podInitialBackoffMs?: number;
  podMaxBackoffMs?: number;
  /** kube-scheduler's percentageOfNodesToScore; 0 = its adaptive rule. */
  percentageOfNodesToScore?: number;
  /** Timeout of each API request (bind, updateStatus, events). */
  apiTimeoutMs?: number;
  /** InterPodAffinity and PodTopologySpread, on by default (off: the benchmark's baseline). */
  multiZonePlugins?: boolean;
  /** DefaultPreemption: evict lower-priority pods for a pod no node fits. On by default. */
  preemption?: boolean;
  /** The state bucket the informers watch; created with the API's settings if it is missing. */
  stateBucket?: string;
  stateReplicas?: number;
  stateHistory?: number;
  lease?: SchedulerLeaseOptions;
}

export interface ResolvedSchedulerOptions {
  schedulerName: string;
  identity: string;
  bindConcurrency: number;
  unschedulableRetryMs: number;
  podInitialBackoffMs: number;
  podMaxBackoffMs: number;
  percentageOfNodesToScore: number;
  apiTimeoutMs: number;
  multiZonePlugins: boolean;
  preemption: boolean;
  stateBucket: string;
  stateReplicas: number;
  stateHistory: number;
  lease: SchedulerLeaseOptions;
}

export class InvalidSchedulerOptionsError extends Error {
  override name = "InvalidSchedulerOptionsError";
  readonly code = "INVALID_SCHEDULER_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`scheduler option ${option}: ${message}`);
    this.option = option;
  }
}

export function defaultSchedulerIdentity(): string {
  return `${hostname()}-${process.pid}`;
}

export function resolveSchedulerOptions(options: SchedulerOptions = {}): ResolvedSchedulerOptions {
  const resolved: ResolvedSchedulerOptions = {
    schedulerName: options.schedulerName || DEFAULT_SCHEDULER_NAME,
    identity: options.identity || defaultSchedulerIdentity(),
    bindConcurrency: options.bindConcurrency ?? 64,
    unschedulableRetryMs: options.unschedulableRetryMs ?? 30_000,
    podInitialBackoffMs: options.podInitialBackoffMs ?? 1000,
    podMaxBackoffMs: options.podMaxBackoffMs ?? 10_000,
    percentageOfNodesToScore: options.percentageOfNodesToScore ?? 0,
    multiZonePlugins: options.multiZonePlugins ?? true,
    preemption: options.preemption ?? true,
    apiTimeoutMs: options.apiTimeoutMs ?? 10_000,
    stateBucket: options.stateBucket ?? STATE_BUCKET,
    // The API's defaults: whoever opens the bucket first creates it, so both must agree.
    stateReplicas: options.stateReplicas ?? 1,
    stateHistory: options.stateHistory ?? 10,
    lease: options.lease ?? {},
  };
  if (!(Number.isInteger(resolved.bindConcurrency) && resolved.bindConcurrency >= 1)) {
    throw new InvalidSchedulerOptionsError("bindConcurrency", "must be an integer >= 1");
  }
  if (!(resolved.unschedulableRetryMs > 0)) throw new InvalidSchedulerOptionsError("unschedulableRetryMs", "must be > 0");
  if (!(resolved.podInitialBackoffMs >= 0)) throw new InvalidSchedulerOptionsError("podInitialBackoffMs", "must be >= 0");
  if (!(resolved.podMaxBackoffMs >= resolved.podInitialBackoffMs)) {
    throw new InvalidSchedulerOptionsError("podMaxBackoffMs", "must be >= podInitialBackoffMs");
  }
  if (!(resolved.percentageOfNodesToScore >= 0 && resolved.percentageOfNodesToScore <= 100)) {
    throw new InvalidSchedulerOptionsError("percentageOfNodesToScore", "must be between 0 and 100");
  }
  return resolved;
}

// Options of the controller manager; main.ts fills them from the environment.
import type { ClusterAutoscalerConfig } from "./cluster-autoscaler/node-group-config.ts";
import { hostname } from "node:os";
import { realClock, type Clock } from "../../runtime/clock.ts";
import { STATE_BUCKET } from "../../runtime/subjects.ts";
import { resolveNodeLifecycleOptions, type NodeLifecycleOptions, type ResolvedNodeLifecycleOptions } from "./node-lifecycle/options.ts";

/** The leader lease every controller manager replica competes for. */
export const CONTROLLER_MANAGER_LEASE_NAME = "troupe-controller-manager";

/** Timing of the leader lease; see runtime/leader-election for the defaults (fail-over within 3 s). */
export interface ControllerManagerLeaseOptions {
  leaseDurationMs?: number;
  renewDeadlineMs?: number;
  retryPeriodMs?: number;
  /** Clear the lease on stop() so a standby takes over at once (default true). */
  releaseOnStop?: boolean;
}

export interface ControllerManagerOptions {
  /** Unique per process: the leader election identity and the Events' reporting instance. */
  identity?: string;
  /** Timeout of each API request. */
  apiTimeoutMs?: number;
  /** The state bucket the informers watch; created with the API's settings if it is missing. */
  stateBucket?: string;
  stateReplicas?: number;
  stateHistory?: number;
  lease?: ControllerManagerLeaseOptions;
  nodeLifecycle?: NodeLifecycleOptions;
  /** A garbage-collection pass runs at least this often. */
  gcResyncPeriodMs?: number;
  /** Changes within this window are collected in one pass. */
  gcEventDelayMs?: number;
  /** Most pods a ReplicaSet creates or deletes in one reconcile (Kubernetes' burstReplicas). */
  burstReplicas?: number;
  /** Keys reconciled in parallel per controller (Kubernetes' --concurrent-*-syncs). */
  replicaSetWorkers?: number;
  deploymentWorkers?: number;
  statefulSetWorkers?: number;
  nodeWorkers?: number;
  endpointsWorkers?: number;
  /**
   * Kubernetes' --endpoint-updates-batch-period: pod changes reach the endpoints controller this
   * long after they happen, so a burst is written once. Default 0 (at once); tests use it to widen
   * the window in which proxies still route to a terminating pod.
   */
  endpointUpdatesBatchPeriodMs?: number;
  /** How often each HorizontalPodAutoscaler is synced (Kubernetes' --horizontal-pod-autoscaler-sync-period, 15 s). */
  hpaSyncPeriodMs?: number;
  /** How often the VPA recommender reads usage and writes recommendations (TROUPE_VPA_INTERVAL). */
  vpaIntervalMs?: number;
  /** Half-life of the VPA recommender's usage histograms (TROUPE_VPA_HALF_LIFE, 24 h). */
  vpaHalfLifeMs?: number;
  /** The cluster autoscaler's node groups and timings (TROUPE_CLUSTER_AUTOSCALER_CONFIG); without it, no cluster autoscaler. */
  clusterAutoscaler?: ClusterAutoscalerConfig;
  serviceLoadBalancerWorkers?: number;
  /** API writes in flight at once in a bulk step (a GC pass, a node's evictions). */
  writeConcurrency?: number;
  /** Kubernetes' --concurrent-job-syncs and --concurrent-cron-job-syncs (default 5). */
  jobWorkers?: number;
  cronJobWorkers?: number;
  /**
   * The time the CronJob controller schedules by. Real time unless a test drives it (main.ts:
   * TROUPE_TEST_CLOCK_START / TROUPE_TEST_CLOCK_RATE), so tests need not wait for minutes.
   */
  cronJobClock?: Clock;
  /** PEM file of the cluster CA (TROUPE_CLUSTER_CA_FILE), published in every namespace as the
   * kube-root-ca.crt ConfigMap; empty: no ConfigMap (logged at start). */
  clusterCaFile?: string;
}

export interface ResolvedControllerManagerOptions {
  identity: string;
  apiTimeoutMs: number;
  stateBucket: string;
  stateReplicas: number;
  stateHistory: number;
  lease: ControllerManagerLeaseOptions;
  nodeLifecycle: ResolvedNodeLifecycleOptions;
  gcResyncPeriodMs: number;
  gcEventDelayMs: number;
  burstReplicas: number;
  replicaSetWorkers: number;
  deploymentWorkers: number;
  statefulSetWorkers: number;
  nodeWorkers: number;
  endpointsWorkers: number;
  endpointUpdatesBatchPeriodMs: number;
  hpaSyncPeriodMs: number;
  vpaIntervalMs: number;
  vpaHalfLifeMs: number;
  clusterAutoscaler: ClusterAutoscalerConfig | undefined;
  serviceLoadBalancerWorkers: number;
  writeConcurrency: number;
  jobWorkers: number;
  cronJobWorkers: number;
  cronJobClock: Clock;
  clusterCaFile: string;
}

export class InvalidControllerManagerOptionsError extends Error {
  override name = "InvalidControllerManagerOptionsError";
  readonly code = "INVALID_CONTROLLER_MANAGER_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`controller manager option ${option}: ${message}`);
    this.option = option;
  }
}

export function resolveControllerManagerOptions(options: ControllerManagerOptions = {}): ResolvedControllerManagerOptions {
  const resolved: ResolvedControllerManagerOptions = {
    identity: options.identity || `${hostname()}-${process.pid}`,
    apiTimeoutMs: options.apiTimeoutMs ?? 10_000,
    stateBucket: options.stateBucket ?? STATE_BUCKET,
    // The API's defaults: whoever opens the bucket first creates it, so both must agree.
    stateReplicas: options.stateReplicas ?? 1,
    stateHistory: options.stateHistory ?? 10,
    lease: options.lease ?? {},
    nodeLifecycle: resolveNodeLifecycleOptions(options.nodeLifecycle),
    gcResyncPeriodMs: options.gcResyncPeriodMs ?? 30_000,
    gcEventDelayMs: options.gcEventDelayMs ?? 100,
    burstReplicas: options.burstReplicas ?? 500,
    replicaSetWorkers: options.replicaSetWorkers ?? 5,
    deploymentWorkers: options.deploymentWorkers ?? 5,
    statefulSetWorkers: options.statefulSetWorkers ?? 5,
    nodeWorkers: options.nodeWorkers ?? 4,
    // Kubernetes' --concurrent-endpoint-syncs and --concurrent-service-syncs defaults.
    endpointsWorkers: options.endpointsWorkers ?? 5,
    endpointUpdatesBatchPeriodMs: options.endpointUpdatesBatchPeriodMs ?? 0,
    hpaSyncPeriodMs: options.hpaSyncPeriodMs ?? 15_000,
    vpaIntervalMs: options.vpaIntervalMs ?? 10_000,
    vpaHalfLifeMs: options.vpaHalfLifeMs ?? 24 * 3600_000,
    clusterAutoscaler: options.clusterAutoscaler,
    serviceLoadBalancerWorkers: options.serviceLoadBalancerWorkers ?? 1,
    writeConcurrency: options.writeConcurrency ?? 32,
    jobWorkers: options.jobWorkers ?? 5,
    cronJobWorkers: options.cronJobWorkers ?? 5,
    cronJobClock: options.cronJobClock ?? realClock,
    clusterCaFile: options.clusterCaFile ?? "",
  };
  const positive = ["apiTimeoutMs", "gcResyncPeriodMs", "burstReplicas", "replicaSetWorkers", "deploymentWorkers", "statefulSetWorkers", "nodeWorkers", "endpointsWorkers", "serviceLoadBalancerWorkers", "writeConcurrency", "jobWorkers", "cronJobWorkers"] as const;
  for (const option of positive) {
    if (!(Number.isFinite(resolved[option]) && resolved[option] > 0)) throw new InvalidControllerManagerOptionsError(option, "must be a number > 0");
  }
  if (!(resolved.gcEventDelayMs >= 0)) throw new InvalidControllerManagerOptionsError("gcEventDelayMs", "must be >= 0");
  if (!(resolved.hpaSyncPeriodMs > 0)) throw new InvalidControllerManagerOptionsError("hpaSyncPeriodMs", "must be > 0");
  if (!(resolved.vpaIntervalMs > 0)) throw new InvalidControllerManagerOptionsError("vpaIntervalMs", "must be > 0");
  if (!(resolved.vpaHalfLifeMs > 0)) throw new InvalidControllerManagerOptionsError("vpaHalfLifeMs", "must be > 0");
  if (!(resolved.endpointUpdatesBatchPeriodMs >= 0)) throw new InvalidControllerManagerOptionsError("endpointUpdatesBatchPeriodMs", "must be >= 0");
  const { gracePeriodMs, defaultTolerationSeconds, monitorPeriodMs } = resolved.nodeLifecycle;
  if (!(gracePeriodMs > 0)) throw new InvalidControllerManagerOptionsError("nodeLifecycle.gracePeriodMs", "must be > 0");
  if (!(defaultTolerationSeconds >= 0)) throw new InvalidControllerManagerOptionsError("nodeLifecycle.defaultTolerationSeconds", "must be >= 0");
  if (!(monitorPeriodMs > 0)) throw new InvalidControllerManagerOptionsError("nodeLifecycle.monitorPeriodMs", "must be > 0");
  return resolved;
}

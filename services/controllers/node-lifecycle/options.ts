// Options of the node lifecycle decisions, with Troupe's defaults: much shorter than
// Kubernetes' (40 s grace, 300 s toleration) so a dead node's pods run elsewhere within ~10 s.

export interface NodeLifecycleOptions {
  /** How long a node may go without a heartbeat before it is Unknown (Kubernetes: 40 s). */
  gracePeriodMs?: number;
  /**
   * How long pods without their own toleration stay on a not-ready or unreachable node
   * (Kubernetes' DefaultTolerationSeconds admission adds 300 s).
   */
  defaultTolerationSeconds?: number;
  /**
   * How often a node that is not Ready is looked at again, to notice heartbeats coming back. A
   * Ready node is looked at when its grace period would run out (Kubernetes polls every 5 s).
   */
  monitorPeriodMs?: number;
}

export interface ResolvedNodeLifecycleOptions {
  gracePeriodMs: number;
  defaultTolerationSeconds: number;
  monitorPeriodMs: number;
}

export function resolveNodeLifecycleOptions(options: NodeLifecycleOptions = {}): ResolvedNodeLifecycleOptions {
  return {
    // Assumes kubelets heartbeat about every second: a few missed beats mark the node.
    gracePeriodMs: options.gracePeriodMs ?? 4_000,
    defaultTolerationSeconds: options.defaultTolerationSeconds ?? 5,
    monitorPeriodMs: options.monitorPeriodMs ?? 500,
  };
}

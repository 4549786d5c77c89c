// Metrics of the DaemonSet controller: its writes by kind and outcome (bounded labels, every series
// starting at zero). Reconcile counts and durations come from runtime/controller.
import { Counter, type Registry } from "prom-client";

export const DAEMON_SET_WRITES = ["create_pod", "delete_pod", "create_revision", "update_revision", "delete_revision"] as const;
export type DaemonSetWrite = (typeof DAEMON_SET_WRITES)[number];
export const DAEMON_SET_WRITE_OUTCOMES = ["ok", "error"] as const;

export interface DaemonSetMetrics {
  readonly writes: Counter<"operation" | "outcome">;
}

export function createDaemonSetMetrics(registry: Registry): DaemonSetMetrics {
  const writes = new Counter({
    name: "troupe_daemonset_writes_total",
    help: "Pods and ControllerRevisions the DaemonSet controller wrote, by operation and outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  for (const operation of DAEMON_SET_WRITES) for (const outcome of DAEMON_SET_WRITE_OUTCOMES) writes.inc({ operation, outcome }, 0);
  return { writes };
}

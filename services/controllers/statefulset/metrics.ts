// Metrics of the StatefulSet controller: its writes by kind and outcome (bounded labels, every
// series starting at zero). Reconcile counts and durations come from runtime/controller.
import { Counter, type Registry } from "prom-client";

export const STATEFUL_SET_WRITES = ["create_pod", "delete_pod", "create_claim", "update_claim", "create_revision", "update_revision", "delete_revision"] as const;
export type StatefulSetWrite = (typeof STATEFUL_SET_WRITES)[number];
export const STATEFUL_SET_WRITE_OUTCOMES = ["ok", "error"] as const;

export interface StatefulSetMetrics {
  readonly writes: Counter<"operation" | "outcome">;
}

export function createStatefulSetMetrics(registry: Registry): StatefulSetMetrics {
  const writes = new Counter({
    name: "troupe_statefulset_writes_total",
    help: "Pods, claims and ControllerRevisions the StatefulSet controller wrote, by operation and outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  for (const operation of STATEFUL_SET_WRITES) for (const outcome of STATEFUL_SET_WRITE_OUTCOMES) writes.inc({ operation, outcome }, 0);
  return { writes };
}

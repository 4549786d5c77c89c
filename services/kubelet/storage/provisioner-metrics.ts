// Metrics of the local-path provisioner: volume operations by kind and outcome (bounded labels;
// hollow nodes of one process share one registry).
import { Counter, type Registry } from "prom-client";

export const VOLUME_OPERATIONS = ["provision", "delete"] as const;
export const VOLUME_OUTCOMES = ["ok", "error"] as const;

export interface ProvisionerMetrics {
  readonly operations: Counter<"operation" | "outcome">;
}

const byRegistry = new WeakMap<Registry, ProvisionerMetrics>();

export function createProvisionerMetrics(registry: Registry): ProvisionerMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const operations = new Counter({
    name: "troupe_kubelet_volume_operations_total",
    help: "Local-path provisioner operations (provision a claim's directory and PV, delete a released one), by outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  for (const operation of VOLUME_OPERATIONS) for (const outcome of VOLUME_OUTCOMES) operations.inc({ operation, outcome }, 0);
  const metrics = { operations };
  byRegistry.set(registry, metrics);
  return metrics;
}

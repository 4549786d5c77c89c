// Metrics of the PV controller: binds by outcome, and phase writes by kind and phase (both sets
// of labels are fixed lists).
import { Counter, type Registry } from "prom-client";
import { ClaimPhases, VolumePhases } from "../../../runtime/volumes/well-known.ts";

export interface VolumeBindingMetrics {
  readonly binds: Counter<"outcome">;
  readonly phases: Counter<"kind" | "phase">;
}

const byRegistry = new WeakMap<Registry, VolumeBindingMetrics>();

export function createVolumeBindingMetrics(registry: Registry): VolumeBindingMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const binds = new Counter({ name: "troupe_volume_binding_binds_total", help: "Claims the PV controller bound to a volume, by outcome.", labelNames: ["outcome"] as const, registers });
  const phases = new Counter({ name: "troupe_volume_binding_phase_changes_total", help: "Phases the PV controller wrote, by kind (PersistentVolume, PersistentVolumeClaim) and phase.", labelNames: ["kind", "phase"] as const, registers });
  for (const outcome of ["ok", "error"]) binds.inc({ outcome }, 0);
  for (const phase of Object.values(VolumePhases)) phases.inc({ kind: "PersistentVolume", phase }, 0);
  for (const phase of Object.values(ClaimPhases)) phases.inc({ kind: "PersistentVolumeClaim", phase }, 0);
  const metrics = { binds, phases };
  byRegistry.set(registry, metrics);
  return metrics;
}

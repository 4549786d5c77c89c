// Prometheus metrics of leader election, labelled by lease name (a handful per cluster).
import { Counter, Gauge } from "prom-client";
import type { Registry } from "prom-client";

export interface LeaderMetrics {
  /** 1 while this process holds the lease. */
  readonly isLeader: Gauge<"lease">;
  /** Times this process became the leader; summed over replicas, the lease's transitions. */
  readonly transitions: Counter<"lease">;
  registerLease(lease: string): void;
}

const metricsByRegistry = new WeakMap<Registry, LeaderMetrics>();

export function createLeaderMetrics(registry: Registry): LeaderMetrics {
  const existing = metricsByRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const isLeader = new Gauge({
    name: "troupe_leader_is_leader",
    help: "1 while this process holds the leader lease, else 0.",
    labelNames: ["lease"] as const,
    registers,
  });
  const transitions = new Counter({
    name: "troupe_leader_transitions_total",
    help: "Times this process acquired the leader lease.",
    labelNames: ["lease"] as const,
    registers,
  });
  const known = new Set<string>();
  const metrics: LeaderMetrics = {
    isLeader,
    transitions,
    registerLease(lease) {
      if (known.has(lease)) return;
      known.add(lease);
      isLeader.set({ lease }, 0);
      transitions.inc({ lease }, 0);
    },
  };
  metricsByRegistry.set(registry, metrics);
  return metrics;
}

// Prometheus metrics of the controller manager, beyond the workqueue and reconcile metrics every
// controller gets from runtime/controller. Labels are bounded sets fixed here (outcomes, command
// kinds, node health), never object names; every series starts at zero.
import { Counter, Gauge, Histogram } from "prom-client";
import type { Registry } from "prom-client";
import { NodeHealths, type NodeHealth } from "./node-lifecycle/node-health.ts";

export const WRITE_OUTCOMES = ["ok", "error"] as const;
export type WriteOutcome = (typeof WRITE_OUTCOMES)[number];

export const OWNERSHIP_CHANGES = ["adopted", "released"] as const;
export type OwnershipChange = (typeof OWNERSHIP_CHANGES)[number];
export const OWNING_CONTROLLERS = ["replicaset", "deployment", "statefulset", "daemonset"] as const;
export type OwningController = (typeof OWNING_CONTROLLERS)[number];

export const REPLICA_SET_CREATION_OUTCOMES = ["ok", "collision", "error"] as const;
export type ReplicaSetCreationOutcome = (typeof REPLICA_SET_CREATION_OUTCOMES)[number];
export const SCALING_DIRECTIONS = ["up", "down"] as const;
export type ScalingDirection = (typeof SCALING_DIRECTIONS)[number];

export const GC_COMMANDS = ["delete", "remove_owner_reference", "remove_finalizer"] as const;
export type GcCommandLabel = (typeof GC_COMMANDS)[number];
/** applied = written; skipped = a live read showed the snapshot was stale, or the target was gone. */
export const GC_OUTCOMES = ["applied", "skipped", "error"] as const;
export type GcOutcome = (typeof GC_OUTCOMES)[number];

export const NODE_UPDATE_CHANGES = ["conditions", "taints"] as const;
export type NodeUpdateChange = (typeof NODE_UPDATE_CHANGES)[number];

export const ENDPOINTS_WRITES = ["create", "update", "delete"] as const;
export type EndpointsWrite = (typeof ENDPOINTS_WRITES)[number];

export interface ControllersMetrics {
  readonly podCreations: Counter<"outcome">;
  readonly podDeletions: Counter<"outcome">;
  readonly ownershipChanges: Counter<"controller" | "change">;
  readonly replicaSetCreations: Counter<"outcome">;
  readonly scalings: Counter<"direction">;
  readonly gcPasses: Counter;
  readonly gcPassDuration: Histogram;
  readonly gcObjects: Gauge;
  readonly gcCommands: Counter<"command" | "outcome">;
  readonly nodes: Gauge<"health">;
  readonly nodeUpdates: Counter<"change">;
  readonly evictions: Counter;
  readonly orphanPodDeletions: Counter;
  readonly endpointsWrites: Counter<"operation" | "outcome">;
  readonly loadBalancerStatusUpdates: Counter<"outcome">;
  readonly ingressStatusUpdates: Counter<"outcome">;
}

const PASS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createControllersMetrics(registry: Registry): ControllersMetrics {
  const registers = [registry];
  const metrics: ControllersMetrics = {
    podCreations: new Counter({ name: "troupe_replicaset_pod_creations_total", help: "Pods the ReplicaSet controller asked the API to create, by outcome.", labelNames: ["outcome"] as const, registers }),
    podDeletions: new Counter({ name: "troupe_replicaset_pod_deletions_total", help: "Surplus pods the ReplicaSet controller deleted, by outcome.", labelNames: ["outcome"] as const, registers }),
    ownershipChanges: new Counter({
      name: "troupe_controller_ownership_changes_total",
      help: "Objects a controller adopted (orphans its selector matches) or released (owned objects it no longer matches).",
      labelNames: ["controller", "change"] as const,
      registers,
    }),
    replicaSetCreations: new Counter({
      name: "troupe_deployment_replicaset_creations_total",
      help: "ReplicaSets the Deployment controller created; collision = the name was taken by another template (collisionCount bumped).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    scalings: new Counter({ name: "troupe_deployment_scalings_total", help: "ReplicaSet resizes made by the Deployment controller.", labelNames: ["direction"] as const, registers }),
    gcPasses: new Counter({ name: "troupe_gc_passes_total", help: "Garbage-collection passes over the snapshot of owners and dependents.", registers }),
    gcPassDuration: new Histogram({ name: "troupe_gc_pass_duration_seconds", help: "Time of one garbage-collection pass, planning and applying.", buckets: PASS_BUCKETS, registers }),
    gcObjects: new Gauge({ name: "troupe_gc_objects", help: "Objects in the garbage collector's last snapshot.", registers }),
    gcCommands: new Counter({
      name: "troupe_gc_commands_total",
      help: "Garbage-collection commands by kind and outcome (skipped: a live read showed the owner alive, or the target gone).",
      labelNames: ["command", "outcome"] as const,
      registers,
    }),
    nodes: new Gauge({ name: "troupe_node_lifecycle_nodes", help: "Nodes by the health the node lifecycle controller last computed.", labelNames: ["health"] as const, registers }),
    nodeUpdates: new Counter({ name: "troupe_node_lifecycle_node_updates_total", help: "Node writes of the node lifecycle controller: conditions (status) or taints (spec).", labelNames: ["change"] as const, registers }),
    evictions: new Counter({ name: "troupe_node_lifecycle_evictions_total", help: "Pods deleted because a NoExecute taint of their node was not tolerated (long enough).", registers }),
    orphanPodDeletions: new Counter({ name: "troupe_node_lifecycle_orphan_pod_deletions_total", help: "Pods force-deleted because the node they are bound to no longer exists.", registers }),
    endpointsWrites: new Counter({
      name: "troupe_endpoints_writes_total",
      help: "Endpoints objects the endpoints controller created, updated or deleted, by outcome.",
      labelNames: ["operation", "outcome"] as const,
      registers,
    }),
    loadBalancerStatusUpdates: new Counter({
      name: "troupe_service_lb_status_updates_total",
      help: "Writes of a Service's status.loadBalancer.ingress by the service load balancer controller, by outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    ingressStatusUpdates: new Counter({
      name: "troupe_ingress_status_updates_total",
      help: "Writes of an Ingress's status.loadBalancer.ingress by the ingress status controller, by outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
  };
  for (const outcome of WRITE_OUTCOMES) {
    metrics.podCreations.inc({ outcome }, 0);
    metrics.podDeletions.inc({ outcome }, 0);
    metrics.loadBalancerStatusUpdates.inc({ outcome }, 0);
    metrics.ingressStatusUpdates.inc({ outcome }, 0);
    for (const operation of ENDPOINTS_WRITES) metrics.endpointsWrites.inc({ operation, outcome }, 0);
  }
  for (const controller of OWNING_CONTROLLERS) for (const change of OWNERSHIP_CHANGES) metrics.ownershipChanges.inc({ controller, change }, 0);
  for (const outcome of REPLICA_SET_CREATION_OUTCOMES) metrics.replicaSetCreations.inc({ outcome }, 0);
  for (const direction of SCALING_DIRECTIONS) metrics.scalings.inc({ direction }, 0);
  for (const command of GC_COMMANDS) for (const outcome of GC_OUTCOMES) metrics.gcCommands.inc({ command, outcome }, 0);
  for (const health of Object.values(NodeHealths) as NodeHealth[]) metrics.nodes.set({ health }, 0);
  for (const change of NODE_UPDATE_CHANGES) metrics.nodeUpdates.inc({ change }, 0);
  return metrics;
}

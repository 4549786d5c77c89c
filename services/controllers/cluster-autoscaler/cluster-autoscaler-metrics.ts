// Metrics of the cluster autoscaler (bounded labels: node groups are a handful, named in the
// configuration; nodes and pods never label a series). Every series starts at zero.
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { NODE_GROUP_OPERATIONS } from "../../../runtime/subjects.ts";
import { UNREMOVABLE_REASONS } from "./scale-down.ts";

export const SCALE_UP_RESULTS = ["triggered", "failed"] as const;
export const SCALE_DOWN_RESULTS = ["removed", "failed"] as const;
export const NODE_STATES = ["ready", "upcoming", "unready", "unneeded", "draining"] as const;

export interface ClusterAutoscalerMetrics {
  readonly loops: Counter;
  readonly loopDuration: Histogram;
  readonly unschedulablePods: Gauge;
  readonly notTriggeredPods: Gauge;
  readonly nodes: Gauge<"node_group" | "state">;
  readonly scaleUps: Counter<"node_group" | "result">;
  readonly scaledUpNodes: Counter<"node_group">;
  readonly scaleDowns: Counter<"node_group" | "result">;
  readonly evictions: Counter<"result">;
  readonly unremovableNodes: Gauge<"reason">;
  readonly providerRequests: Histogram<"operation" | "outcome">;
}

export function createClusterAutoscalerMetrics(registry: Registry, groups: readonly string[] = []): ClusterAutoscalerMetrics {
  const loops = new Counter({ name: "troupe_cluster_autoscaler_loops_total", help: "Passes of the cluster autoscaler's main loop.", registers: [registry] });
  const loopDuration = new Histogram({
    name: "troupe_cluster_autoscaler_loop_duration_seconds",
    help: "How long one pass of the cluster autoscaler took (provider requests included).",
    buckets: [0.001, 0.005, 0.02, 0.1, 0.5, 2, 10],
    registers: [registry],
  });
  const unschedulablePods = new Gauge({ name: "troupe_cluster_autoscaler_unschedulable_pods", help: "Pods the scheduler reported Unschedulable that fit on no Ready node, at the last pass.", registers: [registry] });
  const notTriggeredPods = new Gauge({ name: "troupe_cluster_autoscaler_not_triggered_scale_up_pods", help: "Unschedulable pods no node group can take (NotTriggerScaleUp), at the last pass.", registers: [registry] });
  const nodes = new Gauge({
    name: "troupe_cluster_autoscaler_nodes",
    help: "Nodes of each node group by state (ready, upcoming: asked for and not Ready yet, unready, unneeded, draining).",
    labelNames: ["node_group", "state"] as const,
    registers: [registry],
  });
  const scaleUps = new Counter({ name: "troupe_cluster_autoscaler_scale_ups_total", help: "Scale-ups asked of the node provider, by node group and result (triggered, failed).", labelNames: ["node_group", "result"] as const, registers: [registry] });
  const scaledUpNodes = new Counter({ name: "troupe_cluster_autoscaler_scaled_up_nodes_total", help: "Nodes asked of the node provider, by node group.", labelNames: ["node_group"] as const, registers: [registry] });
  const scaleDowns = new Counter({ name: "troupe_cluster_autoscaler_scale_downs_total", help: "Nodes drained and removed, by node group and result (removed, failed).", labelNames: ["node_group", "result"] as const, registers: [registry] });
  const evictions = new Counter({ name: "troupe_cluster_autoscaler_evictions_total", help: "Pods the cluster autoscaler asked the Eviction API to evict while draining a node, by result (evicted, refused).", labelNames: ["result"] as const, registers: [registry] });
  const unremovableNodes = new Gauge({ name: "troupe_cluster_autoscaler_unremovable_nodes", help: "Node group nodes not unneeded at the last pass, by reason (NotUnderutilized, NotReady, NotReplicated, LocalStorage, NotEnoughPdb, NoPlaceToMovePods).", labelNames: ["reason"] as const, registers: [registry] });
  const providerRequests = new Histogram({
    name: "troupe_cluster_autoscaler_provider_request_duration_seconds",
    help: "Requests to the node provider (nodes, increase, delete) by outcome (ok, error).",
    labelNames: ["operation", "outcome"] as const,
    buckets: [0.005, 0.02, 0.1, 0.5, 2, 10, 30],
    registers: [registry],
  });
  for (const group of groups) {
    for (const state of NODE_STATES) nodes.set({ node_group: group, state }, 0);
    for (const result of SCALE_UP_RESULTS) scaleUps.inc({ node_group: group, result }, 0);
    for (const result of SCALE_DOWN_RESULTS) scaleDowns.inc({ node_group: group, result }, 0);
    scaledUpNodes.inc({ node_group: group }, 0);
  }
  for (const result of ["evicted", "refused"]) evictions.inc({ result }, 0);
  for (const reason of UNREMOVABLE_REASONS) unremovableNodes.set({ reason }, 0);
  for (const operation of NODE_GROUP_OPERATIONS) for (const outcome of ["ok", "error"]) providerRequests.zero({ operation, outcome });
  unschedulablePods.set(0);
  notTriggeredPods.set(0);
  return { loops, loopDuration, unschedulablePods, notTriggeredPods, nodes, scaleUps, scaledUpNodes, scaleDowns, evictions, unremovableNodes, providerRequests };
}

// What the node lifecycle controller writes for a node's health: conditions set to Unknown when
// the kubelet went silent, and the taints that keep new pods away and evict running ones
// (unreachable for a silent node, not-ready for one that says it is not ready).
import type { troupe } from "../../../proto/gen/troupe.js";
import { NodeHealths, type Node, type NodeHealth } from "./node-health.ts";
import { NodeConditionMessages, NodeConditionReasons, NodeConditionTypes, NOT_READY_TAINT_KEY, TaintEffects, UNREACHABLE_TAINT_KEY } from "./well-known.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";

export type Taint = troupe.v1.Taint.$Properties;
export type NodeCondition = troupe.v1.Condition.$Properties;

/** New values to write; an absent field is already right. */
export interface NodeUpdate {
  /** status.conditions (an updateStatus). */
  conditions?: NodeCondition[];
  /** spec.taints (an update). */
  taints?: Taint[];
}

const MANAGED_KEYS = new Set<string>([UNREACHABLE_TAINT_KEY, NOT_READY_TAINT_KEY]);
const MANAGED_EFFECTS = new Set<string>([TaintEffects.noSchedule, TaintEffects.noExecute]);
const KUBELET_CONDITIONS = Object.values(NodeConditionTypes);


function managed(taint: Taint): boolean {
  return MANAGED_KEYS.has(taint.key ?? "") && MANAGED_EFFECTS.has(taint.effect ?? "");
}

const TAINT_KEY_FOR: Record<NodeHealth, string | undefined> = {
  [NodeHealths.ready]: undefined,
  [NodeHealths.notReady]: NOT_READY_TAINT_KEY,
  [NodeHealths.unknown]: UNREACHABLE_TAINT_KEY,
};

/** Existing managed taints keep their timeAdded, so eviction deadlines do not restart. */
function desiredTaints(current: readonly Taint[], health: NodeHealth, now: Date): Taint[] {
  const key = TAINT_KEY_FOR[health];
  const wanted = (taint: Taint) => !managed(taint) || taint.key === key;
  const taints = current.filter(wanted);
  if (!key) return taints;
  for (const effect of [TaintEffects.noSchedule, TaintEffects.noExecute]) {
    if (taints.some((taint) => taint.key === key && taint.effect === effect)) continue;
    // Kubernetes writes timeAdded on NoExecute taints only: it is what eviction counts from.
    taints.push(effect === TaintEffects.noExecute ? { key, effect, timeAdded: kubernetesTime(now) } : { key, effect });
  }
  return taints;
}

function sameTaints(a: readonly Taint[], b: readonly Taint[]): boolean {
  return a.length === b.length && a.every((taint, index) => taint.key === b[index].key && taint.effect === b[index].effect && (taint.value ?? "") === (b[index].value ?? ""));
}

/** Every kubelet-posted condition becomes Unknown; a Ready never posted is added as Unknown. */
function unknownConditions(node: Node, now: Date): NodeCondition[] | undefined {
  const current = node.status?.conditions ?? [];
  let changed = false;
  const conditions = current.map((condition) => {
    if (!KUBELET_CONDITIONS.includes(condition.type as (typeof KUBELET_CONDITIONS)[number]) || condition.status === "Unknown") return condition;
    changed = true;
    return { ...condition, status: "Unknown", reason: NodeConditionReasons.statusUnknown, message: NodeConditionMessages.statusUnknown, lastTransitionTime: kubernetesTime(now) };
  });
  if (!current.some((condition) => condition.type === NodeConditionTypes.ready)) {
    changed = true;
    conditions.push({
      type: NodeConditionTypes.ready,
      status: "Unknown",
      reason: NodeConditionReasons.statusNeverUpdated,
      message: NodeConditionMessages.statusNeverUpdated,
      lastHeartbeatTime: node.metadata?.creationTimestamp ?? "",
      lastTransitionTime: kubernetesTime(now),
    });
  }
  return changed ? conditions : undefined;
}

/**
 * A node heartbeating again whose Ready this controller set to Unknown gets Ready=True back, so
 * it takes pods even if its kubelet only renews its lease; the kubelet's next status post
 * overwrites it with its own view.
 */
function recoveredConditions(node: Node, now: Date): NodeCondition[] | undefined {
  const current = node.status?.conditions ?? [];
  const ours = new Set<string>([NodeConditionReasons.statusUnknown, NodeConditionReasons.statusNeverUpdated]);
  const index = current.findIndex((condition) => condition.type === NodeConditionTypes.ready && condition.status === "Unknown" && ours.has(condition.reason ?? ""));
  if (index < 0) return undefined;
  const conditions = [...current];
  conditions[index] = { ...current[index], status: "True", reason: NodeConditionReasons.statusRecovered, message: NodeConditionMessages.statusRecovered, lastTransitionTime: kubernetesTime(now) };
  return conditions;
}

export function nodeUpdates(node: Node, health: NodeHealth, now: Date): NodeUpdate {
  const update: NodeUpdate = {};
  const current = node.spec?.taints ?? [];
  const taints = desiredTaints(current, health, now);
  if (!sameTaints(current, taints)) update.taints = taints;
  const conditions = health === NodeHealths.unknown ? unknownConditions(node, now) : health === NodeHealths.ready ? recoveredConditions(node, now) : undefined;
  if (conditions) update.conditions = conditions;
  return update;
}

// PodTopologySpread, as kube-scheduler's plugin. PreFilter counts, once per decision over all
// nodes, the matching pods per domain of each DoNotSchedule constraint and each key's minimum;
// Filter checks `count(node's domain) + self − min ≤ maxSkew` from those counts. PreScore counts
// the ScheduleAnyway constraints' domains seen among the feasible nodes, and Score weighs a
// node's counts by log(domains + 2), fewer matching pods scoring higher.
import { FEASIBLE, unfit } from "./filter-status.ts";
import { LABEL_HOSTNAME, LABEL_ZONE, type SpreadConstraint } from "./spread-constraints.ts";
import { sharedZoneIndex } from "./zone-index.ts";
import { tolerated } from "./toleration.ts";
import type { FilterStatus, NodeInfo, Pod, PodRequest, Scorer } from "./types.ts";
import { MAX_NODE_SCORE } from "./types.ts";
import { TaintEffects } from "./well-known.ts";

export const ERR_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_NODE_LABEL_NOT_MATCH = `${ERR_CONSTRAINTS_NOT_MATCH} (missing required label)`;
const CONSTRAINTS_UNFIT = unfit(ERR_CONSTRAINTS_NOT_MATCH);
const LABEL_UNFIT = unfit(ERR_NODE_LABEL_NOT_MATCH);

function countsPod(constraint: SpreadConstraint, namespace: string, pod: Pod): boolean {
  if (pod.metadata?.deletionTimestamp) return false;
  if ((pod.metadata?.namespace ?? "") !== namespace) return false;
  return constraint.selector !== null && constraint.selector.matches(pod.metadata?.labels ?? {});
}

/** Matching pods on one node: O(1) for the controller-keyed system defaults, else one pass over its pods. */
export function matchingPodsOnNode(constraint: SpreadConstraint, namespace: string, nodeInfo: NodeInfo): number {
  if (constraint.selector === null) return nodeInfo.controllerPods.size === 0 ? 0 : (nodeInfo.controllerPods.get(constraint.controllerUid) ?? 0);
  if (constraint.indexKey !== null) return (nodeInfo.labelCounts.get(constraint.indexKey) ?? 0) - (nodeInfo.terminatingLabelCounts.get(constraint.indexKey) ?? 0);
  let count = 0;
  for (const pod of nodeInfo.pods) if (countsPod(constraint, namespace, pod)) count++;
  return count;
}

function untoleratedTaint(pod: PodRequest, nodeInfo: NodeInfo): boolean {
  for (const taint of nodeInfo.node.spec?.taints ?? []) {
    if (taint.effect !== TaintEffects.noSchedule && taint.effect !== TaintEffects.noExecute) continue;
    if (!tolerated(pod.tolerations, taint)) return true;
  }
  return false;
}

/** nodeAffinityPolicy / nodeTaintsPolicy: whether the node's pods count toward the constraint. */
export function nodeIncluded(constraint: SpreadConstraint, pod: PodRequest, nodeInfo: NodeInfo): boolean {
  if (constraint.honorNodeAffinity && pod.requiredNodeMatch && !pod.requiredNodeMatch(nodeInfo.node)) return false;
  if (constraint.honorNodeTaints && untoleratedTaint(pod, nodeInfo)) return false;
  return true;
}

function hasAllKeys(labels: Readonly<Record<string, string>>, constraints: readonly SpreadConstraint[]): boolean {
  for (const constraint of constraints) if (labels[constraint.topologyKey] === undefined) return false;
  return true;
}

export interface SpreadFilterState {
  readonly constraints: readonly SpreadConstraint[];
  /** Per constraint: topology value → matching pods. */
  readonly counts: readonly Map<string, number>[];
  /** Per constraint: the global minimum, 0 when there are fewer domains than minDomains. */
  readonly minimums: readonly number[];
}

/** PreFilter; undefined when the pod has no DoNotSchedule constraint. */
export function podTopologySpreadPreFilter(pod: PodRequest, nodeInfos: readonly NodeInfo[]): SpreadFilterState | undefined {
  const constraints = pod.spread.constraints.filter((constraint) => constraint.hard);
  if (constraints.length === 0) return undefined;
  const namespace = pod.pod.metadata?.namespace ?? "";
  const counts = constraints.map(() => new Map<string, number>());
  for (const nodeInfo of nodeInfos) {
    const labels = nodeInfo.node.metadata?.labels ?? {};
    if (!hasAllKeys(labels, constraints)) continue;
    for (let i = 0; i < constraints.length; i++) {
      const constraint = constraints[i];
      if (!nodeIncluded(constraint, pod, nodeInfo)) continue;
      const value = labels[constraint.topologyKey];
      counts[i].set(value, (counts[i].get(value) ?? 0) + matchingPodsOnNode(constraint, namespace, nodeInfo));
    }
  }
  const minimums = constraints.map((constraint, i) => {
    if (counts[i].size < constraint.minDomains) return 0;
    let min = Number.POSITIVE_INFINITY;
    for (const count of counts[i].values()) if (count < min) min = count;
    return min === Number.POSITIVE_INFINITY ? 0 : min;
  });
  return { constraints, counts, minimums };
}

export function podTopologySpread(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  const state = pod.cycle?.podTopologySpread;
  if (!state) return FEASIBLE;
  const labels = nodeInfo.node.metadata?.labels ?? {};
  for (let i = 0; i < state.constraints.length; i++) {
    const constraint = state.constraints[i];
    const value = labels[constraint.topologyKey];
    if (value === undefined) return LABEL_UNFIT;
    const skew = (state.counts[i].get(value) ?? 0) + (constraint.selfMatch ? 1 : 0) - state.minimums[i];
    if (skew > constraint.maxSkew) return CONSTRAINTS_UNFIT;
  }
  return FEASIBLE;
}

export interface SpreadScoreState {
  readonly constraints: readonly SpreadConstraint[];
  /** Per constraint: topology value → matching pods, for the domains of the feasible nodes (not hostname). */
  readonly counts: readonly Map<string, number>[];
  /** Per constraint: log(domains among the feasible nodes + 2). */
  readonly weights: readonly number[];
  /** Explicit constraints: a node lacking a key is not scored (0). */
  readonly requireAllTopologies: boolean;
}

/** PreScore over the feasible nodes' domains; counts come from all nodes. */
export function podTopologySpreadScoreState(pod: PodRequest, feasible: readonly NodeInfo[], count: number, allNodes: readonly NodeInfo[]): SpreadScoreState | undefined {
  const constraints = pod.spread.constraints.filter((constraint) => !constraint.hard);
  if (constraints.length === 0) return undefined;
  const requireAllTopologies = !pod.spread.systemDefaulted;
  const namespace = pod.pod.metadata?.namespace ?? "";
  const counts = constraints.map(() => new Map<string, number>());
  const sizes = constraints.map(() => 0);
  // Constraints counted over domains (the hostname one is counted per node, in Score).
  const byDomain: number[] = [];
  for (let i = 0; i < constraints.length; i++) if (constraints[i].topologyKey !== LABEL_HOSTNAME) byDomain.push(i);
  for (let n = 0; n < count; n++) {
    const labels = feasible[n].node.metadata?.labels ?? {};
    if (requireAllTopologies && !hasAllKeys(labels, constraints)) continue;
    for (let i = 0; i < constraints.length; i++) {
      const value = labels[constraints[i].topologyKey];
      if (value === undefined) continue;
      if (constraints[i].topologyKey === LABEL_HOSTNAME) sizes[i]++;
      else if (!counts[i].has(value)) counts[i].set(value, 0);
    }
  }
  for (const i of byDomain) sizes[i] = counts[i].size;
  // The default zone constraint of a pod without node affinity counts every node: the set's index has it.
  const zones = pod.requiredNodeMatch ? undefined : sharedZoneIndex(allNodes);
  const walked: number[] = [];
  for (const i of byDomain) {
    const constraint = constraints[i];
    if (zones && constraint.selector === null && constraint.topologyKey === LABEL_ZONE) {
      for (const zone of counts[i].keys()) counts[i].set(zone, zones.count(constraint.controllerUid, zone));
    } else walked.push(i);
  }
  if (walked.length > 0) {
    for (const nodeInfo of allNodes) {
      const labels = nodeInfo.node.metadata?.labels ?? {};
      if (requireAllTopologies && !hasAllKeys(labels, constraints)) continue;
      for (const i of walked) {
        const constraint = constraints[i];
        const value = labels[constraint.topologyKey];
        if (value === undefined) continue;
        const current = counts[i].get(value);
        if (current === undefined) continue;
        const matching = matchingPodsOnNode(constraint, namespace, nodeInfo);
        if (matching > 0 && nodeIncluded(constraint, pod, nodeInfo)) counts[i].set(value, current + matching);
      }
    }
  }
  return { constraints, counts, weights: sizes.map((size) => Math.log(size + 2)), requireAllTopologies };
}

/** A node kube-scheduler ignores (it lacks a constraint's key) scores −1 raw and 0 normalised. */
const IGNORED = -1;

export const podTopologySpreadScorer: Scorer = {
  name: "PodTopologySpread",
  applies: (pod) => pod.spread.constraints.length > 0,
  preScore(pod, feasible, count, allNodes) {
    const cycle = pod.cycle;
    if (!cycle) return false;
    const state = podTopologySpreadScoreState(pod, feasible, count, allNodes);
    if (!state) return false;
    cycle.podTopologySpreadScore = state;
    return true;
  },
  score(pod, nodeInfo) {
    const state = pod.cycle?.podTopologySpreadScore;
    if (!state) return 0;
    const labels = nodeInfo.node.metadata?.labels ?? {};
    if (state.requireAllTopologies && !hasAllKeys(labels, state.constraints)) return IGNORED;
    const namespace = pod.pod.metadata?.namespace ?? "";
    let score = 0;
    for (let i = 0; i < state.constraints.length; i++) {
      const constraint = state.constraints[i];
      const value = labels[constraint.topologyKey];
      let matching = 0;
      if (constraint.topologyKey === LABEL_HOSTNAME) matching = matchingPodsOnNode(constraint, namespace, nodeInfo);
      else if (value !== undefined) matching = state.counts[i].get(value) ?? 0;
      score += matching * state.weights[i] + (constraint.maxSkew - 1);
    }
    return Math.round(score);
  },
  // Kubernetes: 100 × (max + min − score) / max over the scored nodes; ignored nodes get 0.
  normalize(scores, count) {
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    for (let i = 0; i < count; i++) {
      if (scores[i] === IGNORED) continue;
      if (scores[i] < min) min = scores[i];
      if (scores[i] > max) max = scores[i];
    }
    for (let i = 0; i < count; i++) {
      if (scores[i] === IGNORED) scores[i] = 0;
      else if (max === 0) scores[i] = MAX_NODE_SCORE;
      else scores[i] = Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
    }
  },
};

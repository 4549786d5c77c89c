// InterPodAffinity, as kube-scheduler's plugin: PreFilter counts, once per decision, the existing
// pods per topology domain (key, value) that the incoming pod's required terms select, and the
// domains whose pods' required anti-affinity selects the incoming pod (symmetry); Filter then only
// looks the node's labels up. PreScore sums the preferred terms (both ways) and the existing pods'
// required affinity (hardPodAffinityWeight 1) per domain; Score adds up the node's domains.
import { affinityTermsOf, matchesAllTerms, matchingPodsOf, termMatches, type AffinityTerm } from "./affinity-terms.ts";
import { FEASIBLE, unfit } from "./filter-status.ts";
import type { FilterStatus, NamespaceLabels, NodeInfo, Pod, PodRequest, Scorer } from "./types.ts";
import { MAX_NODE_SCORE } from "./types.ts";

export const ERR_AFFINITY = "node(s) didn't match pod affinity rules";
export const ERR_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";
const AFFINITY_UNFIT = unfit(ERR_AFFINITY);
const ANTI_AFFINITY_UNFIT = unfit(ERR_ANTI_AFFINITY);
const EXISTING_ANTI_AFFINITY_UNFIT = unfit(ERR_EXISTING_ANTI_AFFINITY);

/** Kubernetes' default hardPodAffinityWeight: an existing pod's required affinity, as a preference. */
export const HARD_POD_AFFINITY_WEIGHT = 1;

/** topologyKey → topology value → a count or a score. */
export type TopologyCounts = Map<string, Map<string, number>>;
export type TopologyScores = TopologyCounts;

function add(counts: TopologyCounts, key: string, value: string, amount: number): void {
  let values = counts.get(key);
  if (!values) {
    values = new Map();
    counts.set(key, values);
  }
  values.set(value, (values.get(value) ?? 0) + amount);
}

function countOf(counts: TopologyCounts, key: string, labels: Readonly<Record<string, string>>): number {
  const value = labels[key];
  return value === undefined ? 0 : (counts.get(key)?.get(value) ?? 0);
}

export interface InterPodAffinityFilterState {
  readonly requiredAffinity: readonly AffinityTerm[];
  readonly requiredAntiAffinity: readonly AffinityTerm[];
  readonly affinityCounts: TopologyCounts;
  readonly antiAffinityCounts: TopologyCounts;
  readonly existingAntiAffinityCounts: TopologyCounts;
  /** The first pod of a group with affinity to itself may go anywhere its terms' keys exist. */
  readonly matchesOwnAffinity: boolean;
}

/** PreFilter; undefined when nothing can fail (no required terms on either side). */
export function interPodAffinityPreFilter(pod: PodRequest, nodeInfos: readonly NodeInfo[], namespaceLabels: NamespaceLabels): InterPodAffinityFilterState | undefined {
  const { requiredAffinity, requiredAntiAffinity } = affinityTermsOf(pod.pod);
  const affinityCounts: TopologyCounts = new Map();
  const antiAffinityCounts: TopologyCounts = new Map();
  const existingAntiAffinityCounts: TopologyCounts = new Map();
  const ownTerms = requiredAffinity.length > 0 || requiredAntiAffinity.length > 0;
  const selectsPod = termMatcher(pod.pod, namespaceLabels);
  let existingTerms = false;
  for (const nodeInfo of nodeInfos) {
    if (nodeInfo.podsWithRequiredAntiAffinity.length === 0 && (!ownTerms || nodeInfo.pods.length === 0)) continue;
    const labels = nodeInfo.node.metadata?.labels ?? {};
    for (const [term, pods] of nodeInfo.affinityTerms.requiredAntiAffinity) {
      const value = labels[term.topologyKey];
      if (value === undefined || !selectsPod(term)) continue;
      add(existingAntiAffinityCounts, term.topologyKey, value, pods);
      existingTerms = true;
    }
    if (!ownTerms || nodeInfo.pods.length === 0) continue;
    if (requiredAffinity.length === 1) {
      const [term] = requiredAffinity;
      const value = labels[term.topologyKey];
      const matching = value === undefined ? 0 : matchingPodsOf(term, nodeInfo, namespaceLabels);
      if (matching > 0) add(affinityCounts, term.topologyKey, value, matching);
    } else if (requiredAffinity.length > 1) {
      // A pod counts only when it matches every term.
      for (const existing of nodeInfo.pods) {
        if (!matchesAllTerms(requiredAffinity, existing, namespaceLabels)) continue;
        for (const term of requiredAffinity) {
          const value = labels[term.topologyKey];
          if (value !== undefined) add(affinityCounts, term.topologyKey, value, 1);
        }
      }
    }
    for (const term of requiredAntiAffinity) {
      const value = labels[term.topologyKey];
      if (value === undefined) continue;
      const matching = matchingPodsOf(term, nodeInfo, namespaceLabels);
      if (matching > 0) add(antiAffinityCounts, term.topologyKey, value, matching);
    }
  }
  if (!ownTerms && !existingTerms) return undefined;
  return {
    requiredAffinity,
    requiredAntiAffinity,
    affinityCounts,
    antiAffinityCounts,
    existingAntiAffinityCounts,
    matchesOwnAffinity: matchesAllTerms(requiredAffinity, pod.pod, namespaceLabels),
  };
}

function satisfiesPodAffinity(state: InterPodAffinityFilterState, labels: Readonly<Record<string, string>>): boolean {
  let podsExist = true;
  for (const term of state.requiredAffinity) {
    const value = labels[term.topologyKey];
    // Every term's topology label must exist on the node.
    if (value === undefined) return false;
    if ((state.affinityCounts.get(term.topologyKey)?.get(value) ?? 0) <= 0) podsExist = false;
  }
  return podsExist || (state.affinityCounts.size === 0 && state.matchesOwnAffinity);
}

/** Filter, in Kubernetes' order: the pod's affinity, its anti-affinity, existing pods' anti-affinity. */
export function interPodAffinity(pod: PodRequest, nodeInfo: NodeInfo): FilterStatus {
  const state = pod.cycle?.interPodAffinity;
  if (!state) return FEASIBLE;
  const labels = nodeInfo.node.metadata?.labels ?? {};
  if (state.requiredAffinity.length > 0 && !satisfiesPodAffinity(state, labels)) return AFFINITY_UNFIT;
  for (const term of state.requiredAntiAffinity) if (countOf(state.antiAffinityCounts, term.topologyKey, labels) > 0) return ANTI_AFFINITY_UNFIT;
  for (const [key, values] of state.existingAntiAffinityCounts) {
    const value = labels[key];
    if (value !== undefined && (values.get(value) ?? 0) > 0) return EXISTING_ANTI_AFFINITY_UNFIT;
  }
  return FEASIBLE;
}

/** Whether a term selects `pod`, each distinct (interned) term matched once per decision. */
function termMatcher(pod: Pod, namespaceLabels: NamespaceLabels): (term: AffinityTerm) => boolean {
  const memo = new Map<AffinityTerm, boolean>();
  return (term) => {
    let matches = memo.get(term);
    if (matches === undefined) {
      matches = termMatches(term, pod, namespaceLabels);
      memo.set(term, matches);
    }
    return matches;
  };
}

function scoreExistingTerms(scores: TopologyScores, terms: Map<AffinityTerm, number>, selectsPod: (term: AffinityTerm) => boolean, labels: Readonly<Record<string, string>>, sign: 1 | -1, weight?: number): void {
  for (const [term, pods] of terms) {
    const value = labels[term.topologyKey];
    if (value !== undefined && selectsPod(term)) add(scores, term.topologyKey, value, sign * (weight ?? term.weight) * pods);
  }
}

function scoreTerms(scores: TopologyScores, terms: readonly AffinityTerm[], nodeInfo: NodeInfo, labels: Readonly<Record<string, string>>, sign: 1 | -1, namespaceLabels: NamespaceLabels): void {
  for (const term of terms) {
    const value = labels[term.topologyKey];
    if (value === undefined) continue;
    const matching = matchingPodsOf(term, nodeInfo, namespaceLabels);
    if (matching > 0) add(scores, term.topologyKey, value, sign * term.weight * matching);
  }
}

/** PreScore: per-domain scores from every relevant existing pod; empty when no term applies. */
export function interPodAffinityScores(pod: PodRequest, nodeInfos: readonly NodeInfo[], namespaceLabels: NamespaceLabels): TopologyScores {
  const own = affinityTermsOf(pod.pod);
  const hasPreferred = own.preferredAffinity.length > 0 || own.preferredAntiAffinity.length > 0;
  const scores: TopologyScores = new Map();
  const selectsPod = termMatcher(pod.pod, namespaceLabels);
  for (const nodeInfo of nodeInfos) {
    const labels = nodeInfo.node.metadata?.labels ?? {};
    if (hasPreferred && nodeInfo.pods.length > 0) {
      scoreTerms(scores, own.preferredAffinity, nodeInfo, labels, 1, namespaceLabels);
      scoreTerms(scores, own.preferredAntiAffinity, nodeInfo, labels, -1, namespaceLabels);
    }
    if (nodeInfo.podsWithAffinity.length === 0) continue;
    // The existing pods' terms, counted per node: each distinct term is matched once.
    const theirs = nodeInfo.affinityTerms;
    scoreExistingTerms(scores, theirs.requiredAffinity, selectsPod, labels, 1, HARD_POD_AFFINITY_WEIGHT);
    scoreExistingTerms(scores, theirs.preferredAffinity, selectsPod, labels, 1);
    scoreExistingTerms(scores, theirs.preferredAntiAffinity, selectsPod, labels, -1);
  }
  return scores;
}

function anyPodWithAffinity(nodeInfos: readonly NodeInfo[]): boolean {
  for (const nodeInfo of nodeInfos) if (nodeInfo.podsWithAffinity.length > 0) return true;
  return false;
}

/** Kubernetes' normalisation: (score − min) / (max − min) × 100, all 0 when every node is equal. */
export function normalizeMinMax(scores: Float64Array, count: number): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    if (scores[i] > max) max = scores[i];
    if (scores[i] < min) min = scores[i];
  }
  const diff = max - min;
  for (let i = 0; i < count; i++) scores[i] = diff > 0 ? Math.trunc((MAX_NODE_SCORE * (scores[i] - min)) / diff) : 0;
}

export const interPodAffinityScorer: Scorer = {
  name: "InterPodAffinity",
  applies: () => true,
  preScore(pod, _feasible, _count, allNodes) {
    const cycle = pod.cycle;
    if (!cycle) return false;
    const own = affinityTermsOf(pod.pod);
    if (own.preferredAffinity.length === 0 && own.preferredAntiAffinity.length === 0 && !anyPodWithAffinity(allNodes)) return false;
    const scores = interPodAffinityScores(pod, allNodes, cycle.namespaceLabels);
    if (scores.size === 0) return false;
    cycle.interPodAffinityScore = scores;
    return true;
  },
  score(pod, nodeInfo) {
    const scores = pod.cycle?.interPodAffinityScore;
    if (!scores) return 0;
    const labels = nodeInfo.node.metadata?.labels ?? {};
    let total = 0;
    for (const [key, values] of scores) {
      const value = labels[key];
      if (value !== undefined) total += values.get(value) ?? 0;
    }
    return total;
  },
  normalize: normalizeMinMax,
};

// InterPodAffinity, as kube-scheduler's plugin: PreFilter counts, once per decision, the existing
// pods per topology domain (key, value) that the incoming pod's required terms select, and the
// domains whose pods' required anti-affinity selects the incoming pod (symmetry); Filter then only
// looks the node's labels up. PreScore sums the preferred terms (both ways) and the existing pods'
// required affinity (hardPodAffinityWeight 1) per domain; Score adds up the node's domains.
import { affinityTermsOf, matchesAllTerms, termMatches, type AffinityTerm } from "./affinity-terms.ts";
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
  let existingTerms = false;
  for (const nodeInfo of nodeInfos) {
    const labels = nodeInfo.node.metadata?.labels ?? {};
    for (const existing of nodeInfo.podsWithRequiredAntiAffinity) {
      for (const term of affinityTermsOf(existing).requiredAntiAffinity) {
        const value = labels[term.topologyKey];
        if (value === undefined || !termMatches(term, pod.pod, namespaceLabels)) continue;
        add(existingAntiAffinityCounts, term.topologyKey, value, 1);
        existingTerms = true;
      }
    }
    if (!ownTerms) continue;
    for (const existing of nodeInfo.pods) {
      if (requiredAffinity.length > 0 && matchesAllTerms(requiredAffinity, existing, namespaceLabels)) {
        for (const term of requiredAffinity) {
          const value = labels[term.topologyKey];
          if (value !== undefined) add(affinityCounts, term.topologyKey, value, 1);
        }
      }
      for (const term of requiredAntiAffinity) {
        const value = labels[term.topologyKey];
        if (value !== undefined && termMatches(term, existing, namespaceLabels)) add(antiAffinityCounts, term.topologyKey, value, 1);
      }
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

function scoreTerms(scores: TopologyScores, terms: readonly AffinityTerm[], target: Pod, labels: Readonly<Record<string, string>>, sign: 1 | -1, namespaceLabels: NamespaceLabels, weight?: number): void {
  for (const term of terms) {
    const value = labels[term.topologyKey];
    if (value !== undefined && termMatches(term, target, namespaceLabels)) add(scores, term.topologyKey, value, sign * (weight ?? term.weight));
  }
}

/** PreScore: per-domain scores from every relevant existing pod; empty when no term applies. */
export function interPodAffinityScores(pod: PodRequest, nodeInfos: readonly NodeInfo[], namespaceLabels: NamespaceLabels): TopologyScores {
  const own = affinityTermsOf(pod.pod);
  const hasPreferred = own.preferredAffinity.length > 0 || own.preferredAntiAffinity.length > 0;
  const scores: TopologyScores = new Map();
  for (const nodeInfo of nodeInfos) {
    const labels = nodeInfo.node.metadata?.labels ?? {};
    // Without preferred terms of its own, only existing pods with terms can matter.
    for (const existing of hasPreferred ? nodeInfo.pods : nodeInfo.podsWithAffinity) {
      if (hasPreferred) {
        scoreTerms(scores, own.preferredAffinity, existing, labels, 1, namespaceLabels);
        scoreTerms(scores, own.preferredAntiAffinity, existing, labels, -1, namespaceLabels);
      }
      const theirs = affinityTermsOf(existing);
      if (!theirs.any) continue;
      scoreTerms(scores, theirs.requiredAffinity, pod.pod, labels, 1, namespaceLabels, HARD_POD_AFFINITY_WEIGHT);
      scoreTerms(scores, theirs.preferredAffinity, pod.pod, labels, 1, namespaceLabels);
      scoreTerms(scores, theirs.preferredAntiAffinity, pod.pod, labels, -1, namespaceLabels);
    }
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

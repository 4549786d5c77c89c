// A pod's pod affinity and anti-affinity terms compiled once per pod object (kube-scheduler's
// AffinityTerm): the label selector with matchLabelKeys / mismatchLabelKeys merged in from the
// pod's own labels, and the namespaces the term looks at (its own namespace by default).
import { labelSelectorFromMessage, type LabelSelector, type LabelSelectorMessage } from "../../../runtime/selectors/label-selector.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import { indexKeyOf } from "./label-index.ts";
import type { NamespaceLabels, NodeInfo, Pod } from "./types.ts";

type PodAffinityTerm = troupe.v1.PodAffinityTerm.$Properties;

export interface AffinityTerm {
  readonly topologyKey: string;
  readonly selector: LabelSelector;
  readonly namespaces: ReadonlySet<string>;
  /** null: only `namespaces`; an empty selector: every namespace. */
  readonly namespaceSelector: LabelSelector | null;
  /** The preferred term's weight; 1 for a required term. */
  readonly weight: number;
  /** Set when the term selects by one label in one namespace: its key in NodeInfo.labelCounts. */
  readonly indexKey: string | null;
}

export interface PodAffinityTerms {
  readonly requiredAffinity: readonly AffinityTerm[];
  readonly requiredAntiAffinity: readonly AffinityTerm[];
  readonly preferredAffinity: readonly AffinityTerm[];
  readonly preferredAntiAffinity: readonly AffinityTerm[];
  /** True when the pod has any of the four. */
  readonly any: boolean;
}

const NOTHING = labelSelectorFromMessage(null);

/** Kubernetes' selector with `key In (value)` / `key NotIn (value)` added for the owner's labels. */
export function mergedSelector(selector: LabelSelectorMessage | null | undefined, labels: Readonly<Record<string, string>>, matchKeys: readonly string[], mismatchKeys: readonly string[] = []): LabelSelector {
  if (!selector) return NOTHING;
  const expressions = [...(selector.matchExpressions ?? [])];
  for (const key of matchKeys) if (key in labels) expressions.push({ key, operator: "In", values: [labels[key]] });
  for (const key of mismatchKeys) if (key in labels) expressions.push({ key, operator: "NotIn", values: [labels[key]] });
  try {
    return labelSelectorFromMessage({ matchLabels: selector.matchLabels, matchExpressions: expressions });
  } catch {
    // The API refuses such selectors; one stored before that check selects nothing.
    return NOTHING;
  }
}

// Interned: the pods of one template share their terms' objects, so a NodeInfo counts terms (a
// few per node) rather than listing pods, and a decision matches each distinct term once. Bounded:
// when full it starts afresh (equal terms then have two objects, which only costs a lookup).
const interned = new Map<string, AffinityTerm>();
const MAX_INTERNED = 10_000;

function internKey(term: PodAffinityTerm, owner: Pod, weight: number): string {
  const labels = owner.metadata?.labels ?? {};
  const keyed = [...(term.matchLabelKeys ?? []), ...(term.mismatchLabelKeys ?? [])].map((key) => labels[key] ?? null);
  return JSON.stringify([owner.metadata?.namespace ?? "", weight, term.topologyKey, term.labelSelector ?? null, term.namespaces ?? [], term.namespaceSelector ?? null, term.matchLabelKeys ?? [], term.mismatchLabelKeys ?? [], keyed]);
}

function compileTerm(term: PodAffinityTerm, owner: Pod, weight: number): AffinityTerm {
  const key = internKey(term, owner, weight);
  let compiled = interned.get(key);
  if (!compiled) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    compiled = buildTerm(term, owner, weight);
    interned.set(key, compiled);
  }
  return compiled;
}

function buildTerm(term: PodAffinityTerm, owner: Pod, weight: number): AffinityTerm {
  const labels = owner.metadata?.labels ?? {};
  const namespaces = new Set(term.namespaces ?? []);
  let namespaceSelector: LabelSelector | null = null;
  if (term.namespaceSelector) {
    try {
      namespaceSelector = labelSelectorFromMessage(term.namespaceSelector);
    } catch {
      namespaceSelector = null;
    }
  }
  if (namespaces.size === 0 && !term.namespaceSelector) namespaces.add(owner.metadata?.namespace ?? "");
  const selector = mergedSelector(term.labelSelector, labels, term.matchLabelKeys ?? [], term.mismatchLabelKeys ?? []);
  const indexKey = namespaces.size === 1 && !namespaceSelector ? indexKeyOf(selector, [...namespaces][0]) : null;
  return { topologyKey: term.topologyKey ?? "", selector, namespaces, namespaceSelector, weight, indexKey };
}

/** Whether `pod` is one the term selects: in one of its namespaces and matching its selector. */
export function termMatches(term: AffinityTerm, pod: Pod, namespaceLabels: NamespaceLabels): boolean {
  const namespace = pod.metadata?.namespace ?? "";
  if (!term.namespaces.has(namespace)) {
    if (!term.namespaceSelector) return false;
    if (!term.namespaceSelector.empty && !term.namespaceSelector.matches(namespaceLabels(namespace) ?? {})) return false;
  }
  return term.selector.matches(pod.metadata?.labels ?? {});
}

/** How many of the node's pods the term selects: one lookup for a one-label term, else a pass. */
export function matchingPodsOf(term: AffinityTerm, nodeInfo: NodeInfo, namespaceLabels: NamespaceLabels): number {
  if (term.indexKey !== null) return nodeInfo.labelCounts.get(term.indexKey) ?? 0;
  let count = 0;
  for (const pod of nodeInfo.pods) if (termMatches(term, pod, namespaceLabels)) count++;
  return count;
}

export function matchesAllTerms(terms: readonly AffinityTerm[], pod: Pod, namespaceLabels: NamespaceLabels): boolean {
  if (terms.length === 0) return false;
  for (const term of terms) if (!termMatches(term, pod, namespaceLabels)) return false;
  return true;
}

const NONE: PodAffinityTerms = Object.freeze({ requiredAffinity: [], requiredAntiAffinity: [], preferredAffinity: [], preferredAntiAffinity: [], any: false });
const cache = new WeakMap<Pod, PodAffinityTerms>();

/** The pod's compiled terms; cached per pod object (informer objects are replaced, never mutated). */
export function affinityTermsOf(pod: Pod): PodAffinityTerms {
  const affinity = pod.spec?.affinity;
  if (!affinity?.podAffinity && !affinity?.podAntiAffinity) return NONE;
  let terms = cache.get(pod);
  if (terms) return terms;
  const required = (list: readonly PodAffinityTerm[] | null | undefined) => (list ?? []).map((term) => compileTerm(term, pod, 1));
  const preferred = (list: readonly troupe.v1.WeightedPodAffinityTerm.$Properties[] | null | undefined) =>
    (list ?? []).filter((term) => (term.weight ?? 0) !== 0).map((term) => compileTerm(term.podAffinityTerm ?? {}, pod, term.weight ?? 0));
  const built = {
    requiredAffinity: required(affinity.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
    requiredAntiAffinity: required(affinity.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution),
    preferredAffinity: preferred(affinity.podAffinity?.preferredDuringSchedulingIgnoredDuringExecution),
    preferredAntiAffinity: preferred(affinity.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution),
  };
  terms = { ...built, any: Object.values(built).some((list) => list.length > 0) };
  cache.set(pod, terms);
  return terms;
}

// A pod's pod affinity and anti-affinity terms compiled once per pod object (kube-scheduler's
// AffinityTerm): the label selector with matchLabelKeys / mismatchLabelKeys merged in from the
// pod's own labels, and the namespaces the term looks at (its own namespace by default).
import { labelSelectorFromMessage, type LabelSelector, type LabelSelectorMessage } from "../../../runtime/selectors/label-selector.ts";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { NamespaceLabels, Pod } from "./types.ts";

type PodAffinityTerm = troupe.v1.PodAffinityTerm.$Properties;

export interface AffinityTerm {
  readonly topologyKey: string;
  readonly selector: LabelSelector;
  readonly namespaces: ReadonlySet<string>;
  /** null: only `namespaces`; an empty selector: every namespace. */
  readonly namespaceSelector: LabelSelector | null;
  /** The preferred term's weight; 1 for a required term. */
  readonly weight: number;
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

function compileTerm(term: PodAffinityTerm, owner: Pod, weight: number): AffinityTerm {
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
  return {
    topologyKey: term.topologyKey ?? "",
    selector: mergedSelector(term.labelSelector, labels, term.matchLabelKeys ?? [], term.mismatchLabelKeys ?? []),
    namespaces,
    namespaceSelector,
    weight,
  };
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

// Pods per (namespace, label key, value) on a node, kept by assume/forget, so the common selector
// of affinity terms and spread constraints (one `key=value` in one namespace, as `app: web` is)
// is counted per node with one lookup instead of a pass over the node's pods.
import { SelectorOperators, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { Pod } from "./types.ts";

export function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}\u0000${value}`;
}

/** The index key when `selector` is a single `key=value` (or `key in (value)`) in `namespace`, else null. */
export function indexKeyOf(selector: LabelSelector, namespace: string): string | null {
  if (selector.requirements.length !== 1) return null;
  const [requirement] = selector.requirements;
  if (requirement.operator !== SelectorOperators.equals && requirement.operator !== SelectorOperators.in) return null;
  if (requirement.values.length !== 1) return null;
  return labelKey(namespace, requirement.key, requirement.values[0]);
}

/** Adds (sign 1) or removes (−1) the pod's labels. */
export function indexLabels(counts: Map<string, number>, pod: Pod, sign: 1 | -1): void {
  const namespace = pod.metadata?.namespace ?? "";
  const labels = pod.metadata?.labels ?? {};
  for (const key in labels) {
    const indexKey = labelKey(namespace, key, labels[key]);
    const count = (counts.get(indexKey) ?? 0) + sign;
    if (count > 0) counts.set(indexKey, count);
    else counts.delete(indexKey);
  }
}

// What an aggregated ClusterRole's rules must be (Kubernetes' ClusterRoleAggregationController):
// for each selector in order, the rules of the cluster roles it matches, by name, itself left out,
// each rule once. Pure.
import { labelSelectorFromMessage, type LabelSelectorMessage } from "../../../runtime/selectors/label-selector.ts";

interface PolicyRule {
  verbs?: string[] | null;
  apiGroups?: string[] | null;
  resources?: string[] | null;
  resourceNames?: string[] | null;
  nonResourceURLs?: string[] | null;
}

/** A ClusterRole as the controller's informer and the API's bootstrap policy hold it. */
export interface AggregatableRole<R extends PolicyRule = PolicyRule> {
  metadata?: { name?: string | null; labels?: Record<string, string> | null } | null;
  rules?: R[] | null;
  aggregationRule?: { clusterRoleSelectors?: LabelSelectorMessage[] | null } | null;
}

/** Semantic equality of rules: the same values in each field, absent and empty alike. */
function sameRule(a: PolicyRule, b: PolicyRule): boolean {
  const fields = ["verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"] as const;
  return fields.every((field) => JSON.stringify(a[field] ?? []) === JSON.stringify(b[field] ?? []));
}

export function aggregatedRules<R extends PolicyRule>(role: AggregatableRole<R>, all: readonly AggregatableRole<R>[]): R[] | undefined {
  const selectors = role.aggregationRule?.clusterRoleSelectors;
  if (!role.aggregationRule) return undefined;
  const rules: R[] = [];
  const byName = [...all].sort((a, b) => (a.metadata?.name ?? "").localeCompare(b.metadata?.name ?? ""));
  for (const message of selectors ?? []) {
    const selector = labelSelectorFromMessage(message);
    for (const candidate of byName) {
      if (candidate.metadata?.name === role.metadata?.name || !selector.matches(candidate.metadata?.labels)) continue;
      for (const rule of candidate.rules ?? []) if (!rules.some((have) => sameRule(have, rule))) rules.push(rule);
    }
  }
  return rules;
}

/** True when the role's rules already are the aggregate (order included, as Kubernetes compares). */
export function sameRules(a: readonly PolicyRule[] | null | undefined, b: readonly PolicyRule[]): boolean {
  const have = a ?? [];
  return have.length === b.length && have.every((rule, index) => sameRule(rule, b[index]));
}

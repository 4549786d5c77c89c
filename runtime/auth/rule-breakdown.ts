// A policy rule broken into its smallest pieces, one verb on one group, resource (and name) or one
// non-resource URL each, as Kubernetes' rbac validation does before comparing or listing rules.

export interface RuleShape {
  verbs?: string[] | null;
  apiGroups?: string[] | null;
  resources?: string[] | null;
  resourceNames?: string[] | null;
  nonResourceURLs?: string[] | null;
}

export function breakdownRule(rule: RuleShape): RuleShape[] {
  const pieces: RuleShape[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs ?? []) {
        if (rule.resourceNames?.length) for (const name of rule.resourceNames) pieces.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] });
        else pieces.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) pieces.push({ nonResourceURLs: [url], verbs: [verb] });
  return pieces;
}

// `auth can-i --list` as kubectl prints a SelfSubjectRulesReview: every rule broken down to one
// group, resource, verb (and name), compacted back per resource, sorted by the rule's compact
// string, in the columns Resources / Non-Resource URLs / Resource Names / Verbs
// (k8s.io/kubectl pkg/cmd/auth/cani.go, k8s.io/component-helpers auth/rbac).
import { breakdownRule } from "../../runtime/auth/rule-breakdown.ts";
import { formatTable } from "../table.ts";

export interface Rule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface RulesReviewStatus {
  resourceRules?: Rule[];
  nonResourceRules?: Rule[];
  incomplete?: boolean;
  evaluationError?: string;
}

const breakdown = (rule: Rule): Rule[] => breakdownRule(rule) as Rule[];

/** Rules of one group and one resource (and at most one name) merge their verbs. */
function compact(rules: Rule[]): Rule[] {
  const compacted: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const rule of rules) {
    const isSimple = !rule.nonResourceURLs?.length && (rule.resourceNames?.length ?? 0) <= 1 && rule.apiGroups?.length === 1 && rule.resources?.length === 1;
    if (!isSimple) {
      compacted.push(rule);
      continue;
    }
    const key = JSON.stringify([rule.apiGroups, rule.resources, rule.resourceNames ?? []]);
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...rule, verbs: [...(rule.verbs ?? [])] });
    else for (const verb of rule.verbs ?? []) if (!existing.verbs?.includes(verb)) existing.verbs?.push(verb);
  }
  return [...compacted, ...simple.values()];
}

const quoted = (values: string[]) => `[${values.map((value) => JSON.stringify(value)).join(" ")}]`;

/** PolicyRule.CompactString: the key kubectl sorts rules by. */
function compactString(rule: Rule): string {
  const parts: string[] = [];
  if (rule.apiGroups?.length) parts.push(`APIGroups:${quoted(rule.apiGroups)}`);
  if (rule.resources?.length) parts.push(`Resources:${quoted(rule.resources)}`);
  if (rule.nonResourceURLs?.length) parts.push(`NonResourceURLs:${quoted(rule.nonResourceURLs)}`);
  if (rule.resourceNames?.length) parts.push(`ResourceNames:${quoted(rule.resourceNames)}`);
  if (rule.verbs?.length) parts.push(`Verbs:${quoted(rule.verbs)}`);
  return `PolicyRule{${parts.join(", ")}}`;
}

/** "deployments.apps", "pods/log": the resource with its group before any subresource. */
function combineResourceGroup(resources: string[] = [], groups: string[] = []): string {
  if (resources.length === 0) return "";
  const [resource, subresource] = resources[0].split(/\/(.*)/s);
  let combined = resource;
  if (groups.length > 0 && groups[0] !== "") combined += `.${groups[0]}`;
  if (subresource !== undefined) combined += `/${subresource}`;
  return combined;
}

/** Go's %v of a []string. */
const list = (values: string[] = []) => `[${values.join(" ")}]`;

export function rulesTable(status: RulesReviewStatus, headers = true): string {
  const rules = [...(status.resourceRules ?? []), ...(status.nonResourceRules ?? [])].flatMap(breakdown);
  const sorted = compact(rules)
    .map((rule, index) => ({ rule, index, key: compactString(rule) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ rule }) => rule);
  const rows = sorted.map((rule) => [combineResourceGroup(rule.resources, rule.apiGroups), list(rule.nonResourceURLs), list(rule.resourceNames), list(rule.verbs)]);
  const table = formatTable(["Resources", "Non-Resource URLs", "Resource Names", "Verbs"], rows);
  return headers ? table : table.slice(table.indexOf("\n") + 1);
}

// RBAC's escalation prevention, pure (pkg/registry/rbac/validation: Covers, ConfirmNoEscalation):
// a user may write a role, or bind one, only with rules they already hold, unless they have the
// `escalate` (roles) or `bind` (bindings) verb. Each requested rule is broken down to one verb,
// group, resource, name or URL, and each piece must be covered by one of the user's rules.
import { breakdownRule } from "../../../../runtime/auth/rule-breakdown.ts";
import { ALL, type PolicyRule } from "./types.ts";

const has = (set: readonly string[] | null | undefined, value: string) => (set ?? []).includes(value);
const hasAll = (set: readonly string[] | null | undefined, values: readonly string[] | null | undefined) => (values ?? []).every((value) => has(set, value));

function resourcesCover(owner: readonly string[] | null | undefined, requested: readonly string[] | null | undefined): boolean {
  if (has(owner, ALL) || hasAll(owner, requested)) return true;
  return (requested ?? []).every((path) => {
    if (has(owner, path)) return true;
    const slash = path.indexOf("/");
    return slash >= 0 && has(owner, `*/${path.slice(slash + 1)}`);
  });
}

function urlsCover(owner: readonly string[] | null | undefined, requested: readonly string[] | null | undefined): boolean {
  return (requested ?? []).every((url) => (owner ?? []).some((have) => have === ALL || have === url || (have.endsWith("*") && url.startsWith(have.slice(0, -1)))));
}

function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const verbs = has(owner.verbs, ALL) || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, ALL) || hasAll(owner.apiGroups, sub.apiGroups);
  const names = sub.resourceNames?.length ? !owner.resourceNames?.length || hasAll(owner.resourceNames, sub.resourceNames) : !owner.resourceNames?.length;
  return verbs && groups && resourcesCover(owner.resources, sub.resources) && names && urlsCover(owner.nonResourceURLs, sub.nonResourceURLs);
}

const breakdown = (rule: PolicyRule): PolicyRule[] => breakdownRule(rule) as PolicyRule[];

/** The pieces of `requested` no rule of `owner` covers; empty when the owner holds them all. */
export function uncoveredRules(owner: readonly PolicyRule[], requested: readonly PolicyRule[]): PolicyRule[] {
  return requested.flatMap(breakdown).filter((piece) => !owner.some((rule) => ruleCovers(rule, piece)));
}

/** PolicyRule.CompactString, as Kubernetes lists the missing rules. */
export function compactRule(rule: PolicyRule): string {
  const quoted = (values: readonly string[]) => `[${values.map((value) => JSON.stringify(value)).join(" ")}]`;
  const parts: string[] = [];
  if (rule.apiGroups?.length) parts.push(`APIGroups:${quoted(rule.apiGroups)}`);
  if (rule.resources?.length) parts.push(`Resources:${quoted(rule.resources)}`);
  if (rule.nonResourceURLs?.length) parts.push(`NonResourceURLs:${quoted(rule.nonResourceURLs)}`);
  if (rule.resourceNames?.length) parts.push(`ResourceNames:${quoted(rule.resourceNames)}`);
  if (rule.verbs?.length) parts.push(`Verbs:${quoted(rule.verbs)}`);
  return `{${parts.join(", ")}}`;
}

/** Kubernetes' CompactRules of the missing pieces: one line per group, resource and name, verbs merged. */
export function compactMissing(pieces: readonly PolicyRule[]): string[] {
  const merged = new Map<string, PolicyRule>();
  const lines: PolicyRule[] = [];
  for (const piece of pieces) {
    if (piece.nonResourceURLs?.length) {
      lines.push(piece);
      continue;
    }
    const key = JSON.stringify([piece.apiGroups, piece.resources, piece.resourceNames ?? []]);
    const existing = merged.get(key);
    if (existing) existing.verbs = [...(existing.verbs ?? []), ...(piece.verbs ?? []).filter((verb) => !has(existing.verbs, verb))];
    else {
      const copy = { ...piece, verbs: [...(piece.verbs ?? [])] };
      merged.set(key, copy);
      lines.push(copy);
    }
  }
  return lines.map(compactRule);
}

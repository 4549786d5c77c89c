// Kubernetes' RBAC rule matching (plugin/pkg/auth/authorizer/rbac/rbac.go and
// pkg/apis/rbac/v1/evaluation_helpers.go), exactly: rules only allow, "*" matches all, a
// subresource is "resource/subresource", "*/scale" matches the scale subresource of any resource,
// resourceNames narrow a rule to named objects, and a non-resource URL ending in "*" is a prefix.
import type { AuthorizationAttributes, ResourceAttributes } from "../authorizer.ts";
import { ALL, type PolicyRule } from "./types.ts";

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return (rule.verbs ?? []).some((ruleVerb) => ruleVerb === ALL || ruleVerb === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((ruleGroup) => ruleGroup === ALL || ruleGroup === group);
}

export function resourceMatches(rule: PolicyRule, combinedResource: string, subresource: string): boolean {
  for (const ruleResource of rule.resources ?? []) {
    if (ruleResource === ALL || ruleResource === combinedResource) return true;
    if (subresource && ruleResource.length === subresource.length + 2 && ruleResource.startsWith("*/") && ruleResource.endsWith(subresource)) return true;
  }
  return false;
}

export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}

export function nonResourceUrlMatches(rule: PolicyRule, path: string): boolean {
  for (const url of rule.nonResourceURLs ?? []) {
    if (url === ALL || url === path) return true;
    if (url.endsWith(ALL) && path.startsWith(url.slice(0, -1))) return true;
  }
  return false;
}

/** "pods" or "pods/log": how rules name a resource with its subresource. */
export function combinedResource(attributes: Pick<ResourceAttributes, "resource" | "subresource">): string {
  return attributes.subresource ? `${attributes.resource}/${attributes.subresource}` : attributes.resource;
}

export function ruleAllows(attributes: AuthorizationAttributes, rule: PolicyRule): boolean {
  if (attributes.kind === "resource") {
    return verbMatches(rule, attributes.verb)
      && apiGroupMatches(rule, attributes.apiGroup)
      && resourceMatches(rule, combinedResource(attributes), attributes.subresource)
      && resourceNameMatches(rule, attributes.name);
  }
  return verbMatches(rule, attributes.verb) && nonResourceUrlMatches(rule, attributes.path);
}

export function rulesAllow(attributes: AuthorizationAttributes, rules: readonly PolicyRule[]): boolean {
  return rules.some((rule) => ruleAllows(attributes, rule));
}

// The RBAC kinds (rbac.authorization.k8s.io/v1), as k8s.io/kubernetes pkg/apis/rbac/validation:
// names are path segments (system:controller:... is valid), rules need verbs and either
// resources with apiGroups or (cluster roles only) non-resource URLs, bindings refer to a role
// they cannot change later.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { fieldError, FieldErrorTypes, type FieldError } from "../../../../runtime/codec/field-error.ts";
import { isDns1123Subdomain } from "../../../../runtime/validation/names.ts";
import { RBAC_GROUP } from "../defaults/rbac.ts";
import { invalid, invalidEach, notSupported, required } from "./field-errors.ts";
import { validateLabelSelector } from "./labels.ts";

type Role = troupe.v1.Role.$Properties;
type ClusterRole = troupe.v1.ClusterRole.$Properties;
type PolicyRule = troupe.v1.PolicyRule.$Properties;
type Subject = troupe.v1.Subject.$Properties;
type Binding = troupe.v1.RoleBinding.$Properties | troupe.v1.ClusterRoleBinding.$Properties;

/** path.IsValidPathSegmentName: RBAC object names only must not break a URL path. */
export function isValidPathSegmentName(name: string): string[] {
  if (name === "." || name === "..") return [`may not be '${name}'`];
  const problems: string[] = [];
  for (const illegal of ["/", "%"]) if (name.includes(illegal)) problems.push(`may not contain '${illegal}'`);
  return problems;
}

function validatePolicyRule(rule: PolicyRule, namespaced: boolean, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!rule.verbs?.length) errors.push(required(`${path}.verbs`, "verbs must contain at least one value"));
  const urls = rule.nonResourceURLs ?? [];
  if (urls.length > 0) {
    if (namespaced) errors.push(invalid(`${path}.nonResourceURLs`, urls, "namespaced rules cannot apply to non-resource URLs"));
    if (rule.apiGroups?.length || rule.resources?.length || rule.resourceNames?.length) {
      errors.push(invalid(`${path}.nonResourceURLs`, urls, "rules cannot apply to both regular resources and non-resource URLs"));
    }
    return errors;
  }
  if (!rule.apiGroups?.length) errors.push(required(`${path}.apiGroups`, "resource rules must supply at least one api group"));
  if (!rule.resources?.length) errors.push(required(`${path}.resources`, "resource rules must supply at least one resource"));
  return errors;
}

function validateRules(rules: PolicyRule[] | null | undefined, namespaced: boolean): FieldError[] {
  return (rules ?? []).flatMap((rule, index) => validatePolicyRule(rule, namespaced, `rules[${index}]`));
}

export function validateRole(role: Role): FieldError[] {
  return validateRules(role.rules, true);
}

export function validateClusterRole(role: ClusterRole): FieldError[] {
  const errors = validateRules(role.rules, false);
  const aggregation = role.aggregationRule;
  if (aggregation) {
    const selectors = aggregation.clusterRoleSelectors ?? [];
    if (selectors.length === 0) errors.push(required("aggregationRule.clusterRoleSelectors", "at least one clusterRoleSelector required if aggregationRule is non-nil"));
    selectors.forEach((selector, index) => errors.push(...validateLabelSelector(selector, `aggregationRule.clusterRoleSelectors[${index}]`)));
  }
  return errors;
}

function validateSubject(subject: Subject, namespaced: boolean, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const name = subject.name ?? "";
  const apiGroup = subject.apiGroup ?? "";
  if (!name) errors.push(required(`${path}.name`));
  switch (subject.kind) {
    case "ServiceAccount":
      if (name) errors.push(...invalidEach(`${path}.name`, name, isDns1123Subdomain(name)));
      if (apiGroup) errors.push(notSupported(`${path}.apiGroup`, apiGroup, [""]));
      if (!namespaced && !subject.namespace) errors.push(required(`${path}.namespace`));
      break;
    case "User":
    case "Group":
      if (apiGroup !== RBAC_GROUP) errors.push(notSupported(`${path}.apiGroup`, apiGroup, [RBAC_GROUP]));
      break;
    default:
      errors.push(notSupported(`${path}.kind`, subject.kind ?? "", ["ServiceAccount", "User", "Group"]));
  }
  return errors;
}

function validateBinding(binding: Binding, namespaced: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const roleRef = binding.roleRef ?? {};
  if (roleRef.apiGroup !== RBAC_GROUP) errors.push(notSupported("roleRef.apiGroup", roleRef.apiGroup ?? "", [RBAC_GROUP]));
  const kinds = namespaced ? ["Role", "ClusterRole"] : ["ClusterRole"];
  if (!kinds.includes(roleRef.kind ?? "")) errors.push(notSupported("roleRef.kind", roleRef.kind ?? "", kinds));
  if (!roleRef.name) errors.push(required("roleRef.name"));
  else errors.push(...invalidEach("roleRef.name", roleRef.name, isValidPathSegmentName(roleRef.name)));
  (binding.subjects ?? []).forEach((subject, index) => errors.push(...validateSubject(subject, namespaced, `subjects[${index}]`)));
  return errors;
}

export function validateRoleBinding(binding: Binding): FieldError[] {
  return validateBinding(binding, true);
}

export function validateClusterRoleBinding(binding: Binding): FieldError[] {
  return validateBinding(binding, false);
}

export function validateBindingUpdate(binding: Binding, old: Binding): FieldError[] {
  const now = binding.roleRef ?? {};
  const before = old.roleRef ?? {};
  if (now.apiGroup === before.apiGroup && now.kind === before.kind && now.name === before.name) return [];
  // Go's %#v of the RoleRef, as Kubernetes prints it.
  const value = `rbac.RoleRef{APIGroup:${JSON.stringify(now.apiGroup ?? "")}, Kind:${JSON.stringify(now.kind ?? "")}, Name:${JSON.stringify(now.name ?? "")}}`;
  return [fieldError(FieldErrorTypes.invalid, "roleRef", `Invalid value: ${value}: cannot change roleRef`)];
}

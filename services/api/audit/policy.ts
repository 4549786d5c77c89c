// The audit Policy: parsed and checked field by field, and evaluated as kube-apiserver's policy
// checker does (the first rule that matches decides; no match is None).
import { parse } from "yaml";
import { childPath, describeFieldErrors, fieldError, FieldErrorTypes, indexPath, type FieldError } from "../../../runtime/codec/field-error.ts";
import { AUDIT_API_VERSION, AUDIT_LEVELS, AUDIT_STAGES, type AuditAttributes, type AuditDecision, type AuditPolicy, type PolicyRule } from "./types.ts";

export class AuditPolicyError extends Error {
  override name = "AuditPolicyError";
  readonly code = "AUDIT_POLICY_INVALID";
  readonly errors: FieldError[];
  constructor(source: string, errors: FieldError[], options?: ErrorOptions) {
    super(`invalid audit policy ${source}: ${describeFieldErrors(errors)}`, options);
    this.errors = errors;
  }
}

/**
 * The policy when none is configured: health and discovery reads are not logged; everything
 * else is logged at Metadata (who did what to which object, and how it ended), never with
 * request or response bodies. Secrets, ConfigMaps and TokenReviews have their own rule so that a
 * catch-all raised later still keeps their contents out.
 */
export const DEFAULT_AUDIT_POLICY: AuditPolicy = {
  apiVersion: AUDIT_API_VERSION,
  kind: "Policy",
  omitStages: ["RequestReceived"],
  rules: [
    { level: "None", verbs: ["get"], nonResourceURLs: ["/healthz*", "/readyz*", "/livez*", "/version", "/api", "/api/*", "/apis", "/apis/*", "/openapi/*"] },
    { level: "Metadata", resources: [{ group: "", resources: ["secrets", "configmaps"] }, { group: "authentication.k8s.io", resources: ["tokenreviews"] }] },
    { level: "Metadata" },
  ],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const RULE_FIELDS = new Set(["level", "users", "userGroups", "verbs", "resources", "namespaces", "nonResourceURLs", "omitStages"]);
const POLICY_FIELDS = new Set(["apiVersion", "kind", "metadata", "rules", "omitStages", "omitManagedFields"]);

function checkStrings(value: unknown, path: string, errors: FieldError[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) errors.push(fieldError(FieldErrorTypes.typeInvalid, path, "must be a list of strings"));
}

function checkStages(value: unknown, path: string, errors: FieldError[]): void {
  checkStrings(value, path, errors);
  if (!Array.isArray(value)) return;
  value.forEach((stage, index) => {
    if (!(AUDIT_STAGES as readonly unknown[]).includes(stage)) {
      errors.push(fieldError(FieldErrorTypes.notSupported, indexPath(path, index), `Unsupported value: ${JSON.stringify(stage)}: supported values: ${AUDIT_STAGES.map((s) => `"${s}"`).join(", ")}`));
    }
  });
}

function checkRule(rule: unknown, path: string, errors: FieldError[]): void {
  if (!isObject(rule)) return void errors.push(fieldError(FieldErrorTypes.typeInvalid, path, "must be an object"));
  for (const key of Object.keys(rule)) if (!RULE_FIELDS.has(key)) errors.push(fieldError(FieldErrorTypes.unknown, childPath(path, key), `unknown field "${key}"`));
  if (!(AUDIT_LEVELS as readonly unknown[]).includes(rule.level)) {
    errors.push(rule.level === undefined
      ? fieldError(FieldErrorTypes.required, childPath(path, "level"), "Required value")
      : fieldError(FieldErrorTypes.notSupported, childPath(path, "level"), `Unsupported value: ${JSON.stringify(rule.level)}: supported values: ${AUDIT_LEVELS.map((l) => `"${l}"`).join(", ")}`));
  }
  for (const field of ["users", "userGroups", "verbs", "namespaces", "nonResourceURLs"]) checkStrings(rule[field], childPath(path, field), errors);
  checkStages(rule.omitStages, childPath(path, "omitStages"), errors);
  const hasResources = Array.isArray(rule.resources) && rule.resources.length > 0;
  const hasNamespaces = Array.isArray(rule.namespaces) && rule.namespaces.length > 0;
  const hasUrls = Array.isArray(rule.nonResourceURLs) && rule.nonResourceURLs.length > 0;
  if (hasUrls && (hasResources || hasNamespaces)) {
    errors.push(fieldError(FieldErrorTypes.invalid, childPath(path, "nonResourceURLs"), "rules cannot apply to both regular resources and non-resource URLs"));
  }
  if (rule.resources === undefined) return;
  if (!Array.isArray(rule.resources)) return void errors.push(fieldError(FieldErrorTypes.typeInvalid, childPath(path, "resources"), "must be a list"));
  rule.resources.forEach((group: unknown, index) => {
    const groupPath = indexPath(childPath(path, "resources"), index);
    if (!isObject(group)) return void errors.push(fieldError(FieldErrorTypes.typeInvalid, groupPath, "must be an object with group, resources and resourceNames"));
    if (group.group !== undefined && typeof group.group !== "string") errors.push(fieldError(FieldErrorTypes.typeInvalid, childPath(groupPath, "group"), "must be a string"));
    checkStrings(group.resources, childPath(groupPath, "resources"), errors);
    checkStrings(group.resourceNames, childPath(groupPath, "resourceNames"), errors);
  });
}

/** Parses a Policy (YAML or JSON); every bad field is named in one AuditPolicyError. */
export function parseAuditPolicy(text: string, source: string): AuditPolicy {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new AuditPolicyError(source, [fieldError(FieldErrorTypes.invalid, "<root>", `not YAML: ${(error as Error).message}`)], { cause: error });
  }
  const errors: FieldError[] = [];
  if (!isObject(document)) throw new AuditPolicyError(source, [fieldError(FieldErrorTypes.typeInvalid, "<root>", "must be an audit.k8s.io/v1 Policy object")]);
  if (document.apiVersion !== AUDIT_API_VERSION) errors.push(fieldError(FieldErrorTypes.invalid, "apiVersion", `must be "${AUDIT_API_VERSION}"`));
  if (document.kind !== "Policy") errors.push(fieldError(FieldErrorTypes.invalid, "kind", 'must be "Policy"'));
  for (const key of Object.keys(document)) if (!POLICY_FIELDS.has(key)) errors.push(fieldError(FieldErrorTypes.unknown, key, `unknown field "${key}"`));
  checkStages(document.omitStages, "omitStages", errors);
  if (!Array.isArray(document.rules)) errors.push(fieldError(FieldErrorTypes.required, "rules", "Required value: a policy needs a list of rules"));
  else document.rules.forEach((rule, index) => checkRule(rule, indexPath("rules", index), errors));
  if (errors.length > 0) throw new AuditPolicyError(source, errors);
  return document as unknown as AuditPolicy;
}

function pathMatches(path: string, spec: string): boolean {
  if (spec === "*" || spec === path) return true;
  return spec.endsWith("*") && path.startsWith(spec.replace(/\*+$/, ""));
}

function resourceMatches(rule: PolicyRule, attributes: AuditAttributes): boolean {
  if (!attributes.resourceRequest) return false;
  if (rule.namespaces?.length && !rule.namespaces.includes(attributes.namespace)) return false;
  if (!rule.resources?.length) return true;
  const { apiGroup, resource, subresource, name } = attributes;
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const group of rule.resources) {
    if ((group.group ?? "") !== apiGroup) continue;
    if (!group.resources?.length) return true;
    if (group.resourceNames?.length && !group.resourceNames.includes(name)) continue;
    for (const spec of group.resources) {
      if (spec === combined || spec === "*") return true;
      if (subresource && spec.startsWith("*/") && spec.slice(2) === subresource) return true;
      if (spec.endsWith("/*") && spec.slice(0, -2) === resource) return true;
    }
  }
  return false;
}

export function ruleMatches(rule: PolicyRule, attributes: AuditAttributes): boolean {
  const { user } = attributes;
  if (rule.users?.length && !rule.users.includes(user.username)) return false;
  if (rule.userGroups?.length && !user.groups.some((group) => rule.userGroups?.includes(group))) return false;
  if (rule.verbs?.length && !rule.verbs.includes(attributes.verb)) return false;
  if (rule.namespaces?.length || rule.resources?.length) return resourceMatches(rule, attributes);
  if (rule.nonResourceURLs?.length) return !attributes.resourceRequest && rule.nonResourceURLs.some((spec) => pathMatches(attributes.path, spec));
  return true;
}

/** The level and omitted stages for one request: the first matching rule's, else None. */
export function auditDecision(policy: AuditPolicy, attributes: AuditAttributes): AuditDecision {
  for (const rule of policy.rules) {
    if (ruleMatches(rule, attributes)) return { level: rule.level, omitStages: [...new Set([...(policy.omitStages ?? []), ...(rule.omitStages ?? [])])] };
  }
  return { level: "None", omitStages: [] };
}

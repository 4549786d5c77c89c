// Answers an access review with the authorizer chain, as kube-apiserver's
// pkg/registry/authorization/* REST storages do: the review comes back with its status filled in.
import { BadRequestError, InvalidError } from "../../../../runtime/api-errors.ts";
import { fieldError, FieldErrorTypes, type FieldError } from "../../../../runtime/codec/field-error.ts";
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import type { AuthorizationAttributes, Authorizer } from "../authorizer.ts";
import type { RulesResult } from "../rule-resolver.ts";
import type { ReviewDeps, ReviewKind } from "./review-kinds.ts";

interface ResourceAttributesJson {
  namespace?: string;
  verb?: string;
  group?: string;
  version?: string;
  resource?: string;
  subresource?: string;
  name?: string;
}

interface AccessReviewSpec {
  resourceAttributes?: ResourceAttributesJson | null;
  nonResourceAttributes?: { path?: string; verb?: string } | null;
  user?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
  uid?: string;
  /** SelfSubjectRulesReview */
  namespace?: string;
}

export interface ReviewObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string } & Record<string, unknown>;
  spec?: AccessReviewSpec | null;
  [key: string]: unknown;
}

/** Kubernetes' ValidateSelfSubjectAccessReviewSpec / ValidateSubjectAccessReviewSpec. */
export function validateAccessReviewSpec(kind: ReviewKind, spec: AccessReviewSpec): FieldError[] {
  const errors: FieldError[] = [];
  const hasResource = Boolean(spec.resourceAttributes);
  const hasNonResource = Boolean(spec.nonResourceAttributes);
  if (hasResource && hasNonResource) {
    errors.push(fieldError(FieldErrorTypes.invalid, "spec.nonResourceAttributes", `Invalid value: ${JSON.stringify(spec.nonResourceAttributes)}: cannot be specified in combination with resourceAttributes`));
  }
  if (!hasResource && !hasNonResource) {
    errors.push(fieldError(FieldErrorTypes.required, "spec.resourceAttributes", "Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified"));
  }
  if (kind.kind === "LocalSubjectAccessReview" && hasNonResource) {
    errors.push(fieldError(FieldErrorTypes.invalid, "spec.nonResourceAttributes", `Invalid value: ${JSON.stringify(spec.nonResourceAttributes)}: disallowed on this kind of request`));
  }
  if ((kind.kind === "SubjectAccessReview" || kind.kind === "LocalSubjectAccessReview") && !spec.user && !spec.groups?.length) {
    errors.push(fieldError(FieldErrorTypes.invalid, "spec.user", `Invalid value: "": at least one of user or group must be specified`));
  }
  return errors;
}

/** The attributes a review asks about (authorizationutil.ResourceAttributesFrom / NonResourceAttributesFrom). */
export function reviewAttributes(spec: AccessReviewSpec, user: UserInfo): AuthorizationAttributes {
  if (spec.nonResourceAttributes) return { kind: "nonResource", user, verb: spec.nonResourceAttributes.verb ?? "", path: spec.nonResourceAttributes.path ?? "" };
  const resource = spec.resourceAttributes ?? {};
  return {
    kind: "resource",
    user,
    verb: resource.verb ?? "",
    apiGroup: resource.group ?? "",
    resource: resource.resource ?? "",
    subresource: resource.subresource ?? "",
    namespace: resource.namespace ?? "",
    name: resource.name ?? "",
  };
}

/** SubjectRulesReviewStatus from the resolved rules, split as Kubernetes' RBAC RulesFor does. */
export function rulesReviewStatus(result: RulesResult): Record<string, unknown> {
  const resourceRules: Record<string, string[]>[] = [];
  const nonResourceRules: Record<string, string[]>[] = [];
  for (const rule of result.rules) {
    if (rule.resources?.length) {
      const entry: Record<string, string[]> = { verbs: rule.verbs ?? [], apiGroups: rule.apiGroups ?? [], resources: rule.resources };
      if (rule.resourceNames?.length) entry.resourceNames = rule.resourceNames;
      resourceRules.push(entry);
    }
    if (rule.nonResourceURLs?.length) nonResourceRules.push({ verbs: rule.verbs ?? [], nonResourceURLs: rule.nonResourceURLs });
  }
  const status: Record<string, unknown> = { resourceRules, nonResourceRules, incomplete: result.incomplete };
  if (result.errors.length > 0) status.evaluationError = result.errors.join(", ");
  return status;
}

function specUser(spec: AccessReviewSpec): UserInfo {
  const user: UserInfo = { username: spec.user ?? "", groups: spec.groups ?? [] };
  if (spec.uid) user.uid = spec.uid;
  if (spec.extra) user.extra = spec.extra;
  return user;
}

function reply(kind: ReviewKind, review: ReviewObject, status: Record<string, unknown>): Record<string, unknown> {
  const metadata = { ...review.metadata, creationTimestamp: null };
  return { apiVersion: kind.apiVersion, kind: kind.kind, metadata, ...(review.spec !== undefined ? { spec: review.spec } : {}), status };
}

export async function answerReview(deps: ReviewDeps, authorizer: Authorizer, kind: ReviewKind, review: ReviewObject, requester: UserInfo): Promise<Record<string, unknown>> {
  const spec = review.spec ?? {};
  if (kind.kind === "SelfSubjectReview") {
    const userInfo: Record<string, unknown> = { username: requester.username, groups: requester.groups };
    if (requester.uid) userInfo.uid = requester.uid;
    if (requester.extra) userInfo.extra = requester.extra;
    return { apiVersion: kind.apiVersion, kind: kind.kind, metadata: { creationTimestamp: null }, status: { userInfo } };
  }
  if (kind.kind === "SelfSubjectRulesReview") {
    if (!spec.namespace) throw new BadRequestError("no namespace on request");
    return reply(kind, review, rulesReviewStatus(await deps.rulesFor(requester, spec.namespace)));
  }
  const errors = validateAccessReviewSpec(kind, spec);
  if (errors.length > 0) throw new InvalidError(kind.kind, review.metadata?.name ?? "", errors);
  if (kind.kind === "LocalSubjectAccessReview") {
    const namespace = review.metadata?.namespace ?? "";
    if (spec.resourceAttributes?.namespace !== namespace) throw new BadRequestError(`spec.resourceAttributes.namespace must match namespace: ${namespace}`);
  }
  const user = kind.kind === "SelfSubjectAccessReview" ? requester : specUser(spec);
  const decision = await authorizer.authorize(reviewAttributes(spec, user));
  const status: Record<string, unknown> = { allowed: decision.decision === "allow" };
  if (decision.decision === "deny") status.denied = true;
  if (decision.reason) status.reason = decision.reason;
  return reply(kind, review, status);
}

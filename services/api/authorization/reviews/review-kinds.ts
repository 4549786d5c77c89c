// The access review kinds (authorization.k8s.io/v1) and SelfSubjectReview
// (authentication.k8s.io/v1): create-only, answered by the authorizer chain, never stored.
import { BadRequestError } from "../../../../runtime/api-errors.ts";
import type { UserInfo } from "../../../../runtime/auth/user-info.ts";
import type { RulesResult } from "../rule-resolver.ts";

export interface ReviewKind {
  apiVersion: string;
  kind: string;
  group: string;
  plural: string;
  namespaced: boolean;
}

const review = (group: string, kind: string, plural: string, namespaced = false): ReviewKind => ({ apiVersion: `${group}/v1`, kind, group, plural, namespaced });

export const REVIEW_KINDS: readonly ReviewKind[] = [
  review("authorization.k8s.io", "SelfSubjectAccessReview", "selfsubjectaccessreviews"),
  review("authorization.k8s.io", "SubjectAccessReview", "subjectaccessreviews"),
  review("authorization.k8s.io", "LocalSubjectAccessReview", "localsubjectaccessreviews", true),
  review("authorization.k8s.io", "SelfSubjectRulesReview", "selfsubjectrulesreviews"),
  review("authentication.k8s.io", "SelfSubjectReview", "selfsubjectreviews"),
];

export function reviewKindOf(object: { apiVersion?: string; kind?: string }): ReviewKind {
  const found = REVIEW_KINDS.find((candidate) => candidate.apiVersion === object.apiVersion && candidate.kind === object.kind);
  if (!found) throw new BadRequestError(`no review kind "${object.kind ?? ""}" is registered for version "${object.apiVersion ?? ""}"`);
  return found;
}

/** What answering reviews needs beyond the authorizer. */
export interface ReviewDeps {
  rulesFor(user: UserInfo, namespace: string): Promise<RulesResult>;
}

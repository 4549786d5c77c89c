// The access review kinds (authorization.k8s.io/v1) and SelfSubjectReview
// (authentication.k8s.io/v1): create-only, answered by the API's authorizer chain, never stored.
// Both front ends route them by this table (services/api dispatch's review verb, kube-api's POSTs).

export interface ReviewKind {
  apiVersion: string;
  kind: string;
  group: string;
  version: string;
  plural: string;
  namespaced: boolean;
}

const review = (group: string, kind: string, plural: string, namespaced = false): ReviewKind => ({ apiVersion: `${group}/v1`, kind, group, version: "v1", plural, namespaced });

export const REVIEW_KINDS: readonly ReviewKind[] = [
  review("authorization.k8s.io", "SelfSubjectAccessReview", "selfsubjectaccessreviews"),
  review("authorization.k8s.io", "SubjectAccessReview", "subjectaccessreviews"),
  review("authorization.k8s.io", "LocalSubjectAccessReview", "localsubjectaccessreviews", true),
  review("authorization.k8s.io", "SelfSubjectRulesReview", "selfsubjectrulesreviews"),
  review("authentication.k8s.io", "SelfSubjectReview", "selfsubjectreviews"),
];

export function findReviewKind(apiVersion: string | undefined, kind: string | undefined): ReviewKind | undefined {
  return REVIEW_KINDS.find((candidate) => candidate.apiVersion === apiVersion && candidate.kind === kind);
}

/** The review kind served at /apis/<group>/<version>/[namespaces/<ns>/]<plural>. */
export function findReviewResource(group: string, version: string, plural: string): ReviewKind | undefined {
  return REVIEW_KINDS.find((candidate) => candidate.group === group && candidate.version === version && candidate.plural === plural);
}

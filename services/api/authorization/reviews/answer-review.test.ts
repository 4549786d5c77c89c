import test from "ava";
import { findReviewKind } from "../../../../runtime/codec/review-kinds.ts";
import { reviewAttributes, rulesReviewStatus, validateAccessReviewSpec } from "./answer-review.ts";

const kind = (name: string) => findReviewKind(name === "SelfSubjectReview" ? "authentication.k8s.io/v1" : "authorization.k8s.io/v1", name)!;
const messages = (errors: { field: string; message: string }[]) => errors.map((error) => `${error.field}: ${error.message}`);

test("an access review needs exactly one kind of attributes, and a SubjectAccessReview a user or group", (t) => {
  t.deepEqual(messages(validateAccessReviewSpec(kind("SelfSubjectAccessReview"), {})), ["spec.resourceAttributes: Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified"]);
  t.deepEqual(messages(validateAccessReviewSpec(kind("SelfSubjectAccessReview"), { resourceAttributes: {}, nonResourceAttributes: { path: "/api" } })), [
    'spec.nonResourceAttributes: Invalid value: {"path":"/api"}: cannot be specified in combination with resourceAttributes',
  ]);
  t.deepEqual(messages(validateAccessReviewSpec(kind("SubjectAccessReview"), { resourceAttributes: { verb: "get" } })), ['spec.user: Invalid value: "": at least one of user or group must be specified']);
  t.deepEqual(messages(validateAccessReviewSpec(kind("LocalSubjectAccessReview"), { user: "u", nonResourceAttributes: { path: "/api" } })), [
    'spec.nonResourceAttributes: Invalid value: {"path":"/api"}: disallowed on this kind of request',
  ]);
});

test("a review's attributes are taken as given, without defaults", (t) => {
  const user = { username: "u", groups: [] };
  t.deepEqual(reviewAttributes({ resourceAttributes: { verb: "get", group: "apps", resource: "deployments", subresource: "scale", name: "web" } }, user), {
    kind: "resource", user, verb: "get", apiGroup: "apps", resource: "deployments", subresource: "scale", namespace: "", name: "web",
  });
  t.deepEqual(reviewAttributes({ nonResourceAttributes: { verb: "get", path: "/healthz" } }, user), { kind: "nonResource", user, verb: "get", path: "/healthz" });
});

test("a rules review splits resource and non-resource rules as Kubernetes does", (t) => {
  t.deepEqual(rulesReviewStatus({ rules: [{ verbs: ["get"], apiGroups: [""], resources: ["pods"], resourceNames: ["p"] }, { verbs: ["get"], nonResourceURLs: ["/api"] }], incomplete: false, errors: [] }), {
    resourceRules: [{ verbs: ["get"], apiGroups: [""], resources: ["pods"], resourceNames: ["p"] }],
    nonResourceRules: [{ verbs: ["get"], nonResourceURLs: ["/api"] }],
    incomplete: false,
  });
  t.like(rulesReviewStatus({ rules: [], incomplete: true, errors: ['role.rbac.authorization.k8s.io "x" not found'] }), { incomplete: true, evaluationError: 'role.rbac.authorization.k8s.io "x" not found' });
});

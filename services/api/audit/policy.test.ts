import test from "ava";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { auditDecision, AuditPolicyError, DEFAULT_AUDIT_POLICY, parseAuditPolicy } from "./policy.ts";
import { requestSubject } from "./request-attributes.ts";
import type { AuditAttributes } from "./types.ts";

const alice = { username: "alice", groups: ["dev", "system:authenticated"] };
const attributes = (overrides: Partial<AuditAttributes>): AuditAttributes => ({
  user: alice, verb: "get", resourceRequest: true, apiGroup: "", apiVersion: "v1", resource: "pods", subresource: "", namespace: "a", name: "web", path: "",
  ...overrides,
});

const POLICY = parseAuditPolicy(`
apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
  - level: None
    users: [system:kube-proxy]
    verbs: [watch]
  - level: RequestResponse
    userGroups: [dev]
    resources:
      - group: apps
        resources: [deployments/scale]
  - level: Request
    resources:
      - group: ""
        resources: ["pods/*"]
  - level: Metadata
    resources:
      - group: ""
        resources: [configmaps]
        resourceNames: [settings]
  - level: Request
    namespaces: [b]
    omitStages: [ResponseComplete]
  - level: None
    nonResourceURLs: ["/healthz*"]
  - level: Metadata
`, "test");

const levelOf = (overrides: Partial<AuditAttributes>) => auditDecision(POLICY, attributes(overrides)).level;

test("the first matching rule decides the level, matching users, groups, verbs and resources as Kubernetes does", (t) => {
  t.is(levelOf({ user: { username: "system:kube-proxy", groups: [] }, verb: "watch" }), "None");
  t.is(levelOf({ user: { username: "system:kube-proxy", groups: [] }, verb: "list", resource: "services" }), "Metadata");
  t.is(levelOf({ apiGroup: "apps", resource: "deployments", subresource: "scale", verb: "patch" }), "RequestResponse");
  t.is(levelOf({ user: { username: "bob", groups: [] }, apiGroup: "apps", resource: "deployments", subresource: "scale" }), "Metadata");
  t.is(levelOf({ subresource: "log" }), "Request", "pods/* matches every subresource of pods");
  t.is(levelOf({ subresource: "" }), "Request", "resource/* matches the resource itself too, as in kube-apiserver's checker");
  t.is(levelOf({ resource: "configmaps", name: "settings", namespace: "x" }), "Metadata");
  t.is(levelOf({ resource: "configmaps", name: "other", namespace: "b" }), "Request");
});

test("a rule's omitStages adds to the policy's", (t) => {
  t.deepEqual(auditDecision(POLICY, attributes({ resource: "services", namespace: "b" })).omitStages.sort(), ["RequestReceived", "ResponseComplete"]);
});

test("non-resource URL rules match paths and prefixes, never resource requests", (t) => {
  t.is(levelOf({ resourceRequest: false, path: "/healthz/ready", resource: "" }), "None");
  t.is(levelOf({ resourceRequest: false, path: "/api", resource: "" }), "Metadata");
});

test("no matching rule is level None", (t) => {
  t.is(auditDecision({ apiVersion: "audit.k8s.io/v1", kind: "Policy", rules: [{ level: "Request", verbs: ["create"] }] }, attributes({})).level, "None");
});

test("the built-in policy logs every request at Metadata but discovery reads", (t) => {
  const pods = findResource("pods") as ResourceInfo;
  const secrets = findResource("secrets") as ResourceInfo;
  const decide = (verb: Parameters<typeof requestSubject>[0], info?: ResourceInfo) => auditDecision(DEFAULT_AUDIT_POLICY, requestSubject(verb, alice, { info, namespace: "a", name: "x" }).attributes).level;
  t.is(decide("discovery"), "None");
  t.is(decide("create", pods), "Metadata");
  t.is(decide("get", secrets), "Metadata");
  t.is(decide("list", pods), "Metadata");
});

test("a bad policy is refused with every bad field named", (t) => {
  const error = t.throws(() => parseAuditPolicy("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Everything\n    verb: [get]\n  - level: None\n    nonResourceURLs: [/x]\n    namespaces: [a]\n", "policy.yaml"));
  t.true(error instanceof AuditPolicyError);
  t.regex(error?.message ?? "", /rules\[0\]\.level: Unsupported value: "Everything"/);
  t.regex(error?.message ?? "", /rules\[0\]\.verb: unknown field "verb"/);
  t.regex(error?.message ?? "", /rules\[1\]\.nonResourceURLs: rules cannot apply to both regular resources and non-resource URLs/);
});

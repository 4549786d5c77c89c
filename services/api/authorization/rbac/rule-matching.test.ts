import test from "ava";
import type { AuthorizationAttributes } from "../authorizer.ts";
import { nonResourceUrlMatches, resourceMatches, ruleAllows } from "./rule-matching.ts";

const user = { username: "alice", groups: [] };
const request = (verb: string, apiGroup: string, resource: string, subresource = "", name = ""): AuthorizationAttributes => ({ kind: "resource", user, verb, apiGroup, resource, subresource, namespace: "a", name });

test("rule matching follows Kubernetes for verbs, groups, resources and names", (t) => {
  const cases: [string, Parameters<typeof ruleAllows>[1], AuthorizationAttributes, boolean][] = [
    ["exact", { verbs: ["get"], apiGroups: [""], resources: ["pods"] }, request("get", "", "pods"), true],
    ["other verb", { verbs: ["get"], apiGroups: [""], resources: ["pods"] }, request("list", "", "pods"), false],
    ["verb *", { verbs: ["*"], apiGroups: [""], resources: ["pods"] }, request("delete", "", "pods"), true],
    ["other group", { verbs: ["get"], apiGroups: [""], resources: ["deployments"] }, request("get", "apps", "deployments"), false],
    ["group *", { verbs: ["get"], apiGroups: ["*"], resources: ["deployments"] }, request("get", "apps", "deployments"), true],
    ["subresource needs its own entry", { verbs: ["get"], apiGroups: [""], resources: ["pods"] }, request("get", "", "pods", "log"), false],
    ["pods/log", { verbs: ["get"], apiGroups: [""], resources: ["pods/log"] }, request("get", "", "pods", "log"), true],
    ["*/scale", { verbs: ["update"], apiGroups: ["apps"], resources: ["*/scale"] }, request("update", "apps", "deployments", "scale"), true],
    ["*/scale is not status", { verbs: ["update"], apiGroups: ["apps"], resources: ["*/scale"] }, request("update", "apps", "deployments", "status"), false],
    ["*/scale is not the object", { verbs: ["update"], apiGroups: ["apps"], resources: ["*/scale"] }, request("update", "apps", "deployments"), false],
    ["* matches subresources too", { verbs: ["get"], apiGroups: [""], resources: ["*"] }, request("get", "", "pods", "log"), true],
    ["resourceNames", { verbs: ["get"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] }, request("get", "", "configmaps", "", "app"), true],
    ["resourceNames other", { verbs: ["get"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] }, request("get", "", "configmaps", "", "other"), false],
    ["resourceNames never allow a list", { verbs: ["list"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["app"] }, request("list", "", "configmaps"), false],
    ["a non-resource rule never allows resources", { verbs: ["get"], nonResourceURLs: ["*"] }, request("get", "", "pods"), false],
  ];
  for (const [title, rule, attributes, allowed] of cases) t.is(ruleAllows(attributes, rule), allowed, title);
});

test("non-resource URLs match exactly, or as a prefix when they end in *", (t) => {
  t.true(nonResourceUrlMatches({ nonResourceURLs: ["/healthz"] }, "/healthz"));
  t.false(nonResourceUrlMatches({ nonResourceURLs: ["/healthz"] }, "/healthz/etcd"));
  t.true(nonResourceUrlMatches({ nonResourceURLs: ["/healthz/*"] }, "/healthz/etcd"));
  t.true(nonResourceUrlMatches({ nonResourceURLs: ["/api*"] }, "/apis/apps"));
  t.true(nonResourceUrlMatches({ nonResourceURLs: ["*"] }, "/anything"));
  t.false(nonResourceUrlMatches({ nonResourceURLs: ["/api/*"] }, "/api"));
  const nonResource: AuthorizationAttributes = { kind: "nonResource", user, verb: "get", path: "/version" };
  t.true(ruleAllows(nonResource, { verbs: ["get"], nonResourceURLs: ["/version"] }));
  t.false(ruleAllows(nonResource, { verbs: ["post"], nonResourceURLs: ["/version"] }));
  t.false(ruleAllows(nonResource, { verbs: ["get"], apiGroups: ["*"], resources: ["*"] }));
});

test("*/subresource must name the whole subresource", (t) => {
  t.false(resourceMatches({ resources: ["*/ale"] }, "deployments/scale", "scale"));
  t.true(resourceMatches({ resources: ["deployments/scale"] }, "deployments/scale", "scale"));
});

import test from "ava";
import { bindingObject, roleObject } from "./rbac-objects.ts";

const none = { verbs: [], resources: [], resourceNames: [], nonResourceUrls: [] };

test("create role groups resources by API group, resolving short names and subresources", (t) => {
  const role = roleObject("Role", "reader", "a", { ...none, verbs: ["get,list"], resources: ["pods,deploy", "pods/log", "rs"], resourceNames: ["web"] });
  t.deepEqual(role, {
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "reader", namespace: "a" },
    rules: [
      { verbs: ["get", "list"], apiGroups: [""], resources: ["pods", "pods/log"], resourceNames: ["web"] },
      { verbs: ["get", "list"], apiGroups: ["apps"], resources: ["deployments", "replicasets"], resourceNames: ["web"] },
    ],
  });
  t.throws(() => roleObject("Role", "x", "a", { ...none, verbs: ["get"] }), { message: "at least one resource must be specified" });
  t.throws(() => roleObject("Role", "x", "a", { ...none, verbs: ["fly"], resources: ["pods"] }), { message: "invalid verb: 'fly'" });
});

test("create clusterrole takes non-resource URLs and aggregation rules", (t) => {
  t.deepEqual(roleObject("ClusterRole", "health", "", { ...none, verbs: ["get"], nonResourceUrls: ["/healthz,/livez"] }).rules, [{ verbs: ["get"], nonResourceURLs: ["/healthz", "/livez"] }]);
  t.deepEqual(roleObject("ClusterRole", "monitoring", "", { ...none, aggregationRule: "rbac.example.com/aggregate-to-monitoring=true" }).aggregationRule, {
    clusterRoleSelectors: [{ matchLabels: { "rbac.example.com/aggregate-to-monitoring": "true" } }],
  });
});

test("create rolebinding lists users, groups, then service accounts", (t) => {
  const binding = bindingObject("RoleBinding", "b", "a", { clusterRole: "view", users: ["alice"], groups: ["devs"], serviceAccounts: ["a:robot"] });
  t.deepEqual(binding.roleRef, { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" });
  t.deepEqual(binding.subjects, [
    { kind: "User", apiGroup: "rbac.authorization.k8s.io", name: "alice" },
    { kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "devs" },
    { kind: "ServiceAccount", namespace: "a", name: "robot" },
  ]);
  t.throws(() => bindingObject("RoleBinding", "b", "a", { users: [], groups: [], serviceAccounts: [] }), { message: "exactly one of clusterrole or role must be specified" });
  t.throws(() => bindingObject("ClusterRoleBinding", "b", "", { clusterRole: "view", users: [], groups: [], serviceAccounts: ["robot"] }), { message: "serviceaccount must be <namespace>:<name>" });
});

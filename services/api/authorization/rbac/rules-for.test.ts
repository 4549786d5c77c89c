import test from "ava";
import { serviceAccountUser } from "../../../../runtime/auth/user-info.ts";
import { ListedRbacSource, type RbacObjects } from "./rbac-source.ts";
import { rbacDecision, rulesFor } from "./rules-for.ts";
import { appliesToUser } from "./subject-matching.ts";

const rbac = "rbac.authorization.k8s.io";
const objects: RbacObjects = {
  clusterRoles: [
    { metadata: { name: "view" }, rules: [{ verbs: ["get", "list", "watch"], apiGroups: [""], resources: ["pods"] }] },
    { metadata: { name: "nodes-reader" }, rules: [{ verbs: ["get"], apiGroups: [""], resources: ["nodes"] }] },
  ],
  roles: [{ metadata: { name: "cm", namespace: "a" }, rules: [{ verbs: ["get"], apiGroups: [""], resources: ["configmaps"] }] }],
  roleBindings: [
    { metadata: { name: "alice-view", namespace: "a" }, roleRef: { apiGroup: rbac, kind: "ClusterRole", name: "view" }, subjects: [{ kind: "User", apiGroup: rbac, name: "alice" }] },
    { metadata: { name: "robots-cm", namespace: "a" }, roleRef: { apiGroup: rbac, kind: "Role", name: "cm" }, subjects: [{ kind: "ServiceAccount", name: "robot" }] },
    { metadata: { name: "dangling", namespace: "a" }, roleRef: { apiGroup: rbac, kind: "Role", name: "gone" }, subjects: [{ kind: "Group", apiGroup: rbac, name: "devs" }] },
  ],
  clusterRoleBindings: [
    { metadata: { name: "ops-nodes" }, roleRef: { apiGroup: rbac, kind: "ClusterRole", name: "nodes-reader" }, subjects: [{ kind: "Group", apiGroup: rbac, name: "ops" }] },
  ],
};
const source = new ListedRbacSource(objects);
const alice = { username: "alice", groups: ["ops", "system:authenticated"] };
const attributes = (verb: string, resource: string, namespace: string, user = alice) => ({ kind: "resource" as const, user, verb, apiGroup: "", resource, subresource: "", namespace, name: "" });

test("a RoleBinding grants its ClusterRole in its own namespace only", (t) => {
  t.is(rbacDecision(source, attributes("list", "pods", "a")).decision, "allow");
  t.is(rbacDecision(source, attributes("list", "pods", "b")).decision, "noOpinion");
  t.is(rbacDecision(source, attributes("list", "pods", "")).decision, "noOpinion");
  t.is(rbacDecision(source, attributes("create", "pods", "a")).decision, "noOpinion");
});

test("the allow reason names the binding, role and subject as Kubernetes does", (t) => {
  t.deepEqual(rbacDecision(source, attributes("list", "pods", "a")), { decision: "allow", reason: 'RBAC: allowed by RoleBinding "alice-view/a" of ClusterRole "view" to User "alice"' });
  t.deepEqual(rbacDecision(source, attributes("get", "nodes", "")), { decision: "allow", reason: 'RBAC: allowed by ClusterRoleBinding "ops-nodes" of ClusterRole "nodes-reader" to Group "ops"' });
});

test("a ServiceAccount subject without a namespace means the RoleBinding's namespace", (t) => {
  t.is(rbacDecision(source, attributes("get", "configmaps", "a", serviceAccountUser("a", "robot"))).decision, "allow");
  t.is(rbacDecision(source, attributes("get", "configmaps", "a", serviceAccountUser("b", "robot"))).decision, "noOpinion");
  t.false(appliesToUser(serviceAccountUser("a", "robot"), { kind: "ServiceAccount", name: "robot" }, ""));
  t.true(appliesToUser(serviceAccountUser("a", "robot"), { kind: "Group", name: "system:serviceaccounts:a" }, ""));
});

test("a binding to a missing role is reported, not fatal", (t) => {
  const devs = { username: "dave", groups: ["devs"] };
  t.deepEqual(rbacDecision(source, attributes("get", "configmaps", "a", devs)), { decision: "noOpinion", reason: 'RBAC: [role.rbac.authorization.k8s.io "gone" not found]' });
  t.deepEqual(rulesFor(source, devs, "a"), { rules: [], errors: ['role.rbac.authorization.k8s.io "gone" not found'] });
});

test("rulesFor lists cluster-wide grants, then the namespace's", (t) => {
  t.deepEqual(rulesFor(source, alice, "a").rules.map((rule) => rule.resources), [["nodes"], ["pods"]]);
  t.deepEqual(rulesFor(source, alice, "b").rules.map((rule) => rule.resources), [["nodes"]]);
});

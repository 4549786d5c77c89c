import test from "ava";
import type { AuthorizationAttributes } from "../authorizer.ts";
import { rulesAllow } from "../rbac/rule-matching.ts";
import { BOOTSTRAP_CLUSTER_ROLE_BINDINGS, BOOTSTRAP_CLUSTER_ROLES, type ClusterRoleObject } from "./bootstrap-policy.ts";
import { reconcileBinding, reconcileClusterRole } from "./reconcile-policy.ts";

const roleRules = (name: string) => BOOTSTRAP_CLUSTER_ROLES.find((role) => role.metadata.name === name)?.rules ?? [];
const user = { username: "u", groups: [] };
const can = (role: string, verb: string, apiGroup: string, resource: string, subresource = "") =>
  rulesAllow({ kind: "resource", user, verb, apiGroup, resource, subresource, namespace: "a", name: "" } satisfies AuthorizationAttributes, roleRules(role));

test("view reads workloads but never secrets; edit writes them but never roles or bindings; admin grants", (t) => {
  t.true(can("view", "list", "", "pods"));
  t.true(can("view", "get", "apps", "deployments"));
  t.true(can("view", "get", "", "pods", "log"));
  t.false(can("view", "get", "", "secrets"));
  t.false(can("view", "list", "", "secrets"));
  t.false(can("view", "create", "", "pods"));
  t.true(can("edit", "create", "apps", "deployments"));
  t.true(can("edit", "get", "", "secrets"));
  t.true(can("edit", "list", "", "pods"));
  // pods/log (the podLogs verb, kubectl logs) in view, edit and admin, as Kubernetes.
  t.true(can("edit", "get", "", "pods", "log"));
  t.true(can("admin", "get", "", "pods", "log"));
  t.false(can("edit", "create", "rbac.authorization.k8s.io", "rolebindings"));
  t.false(can("edit", "create", "rbac.authorization.k8s.io", "roles"));
  t.true(can("admin", "create", "rbac.authorization.k8s.io", "rolebindings"));
  t.true(can("admin", "create", "apps", "deployments"));
  t.true(can("cluster-admin", "delete", "anything", "everything", "sub"));
});

test("every default object carries Kubernetes' bootstrapping label and autoupdate annotation", (t) => {
  for (const object of [...BOOTSTRAP_CLUSTER_ROLES, ...BOOTSTRAP_CLUSTER_ROLE_BINDINGS]) {
    t.is(object.metadata.labels["kubernetes.io/bootstrapping"], "rbac-defaults", object.metadata.name);
    t.is(object.metadata.annotations["rbac.authorization.kubernetes.io/autoupdate"], "true", object.metadata.name);
  }
  t.deepEqual(BOOTSTRAP_CLUSTER_ROLE_BINDINGS.find((binding) => binding.metadata.name === "cluster-admin")?.subjects, [{ kind: "Group", apiGroup: "rbac.authorization.k8s.io", name: "system:masters" }]);
});

test("reconciling adds back missing rules and subjects, keeps additions, and leaves autoupdate=false alone", (t) => {
  const wanted = BOOTSTRAP_CLUSTER_ROLES.find((role) => role.metadata.name === "system:basic-user")!;
  t.is(reconcileClusterRole(undefined, wanted).action, "create");
  t.is(reconcileClusterRole(structuredClone(wanted), wanted).action, "none");
  const trimmed: ClusterRoleObject = { ...structuredClone(wanted), rules: [{ verbs: ["get"], apiGroups: ["x"], resources: ["y"] }] };
  const updated = reconcileClusterRole(trimmed, wanted);
  t.is(updated.action, "update");
  if (updated.action === "update") t.is(updated.object.rules?.length, 1 + (wanted.rules?.length ?? 0));
  const pinned: ClusterRoleObject = { ...trimmed, metadata: { ...trimmed.metadata, annotations: { "rbac.authorization.kubernetes.io/autoupdate": "false" } } };
  t.is(reconcileClusterRole(pinned, wanted).action, "none");
  const binding = BOOTSTRAP_CLUSTER_ROLE_BINDINGS[0];
  const emptied = reconcileBinding({ ...structuredClone(binding), subjects: [{ kind: "User", apiGroup: "rbac.authorization.k8s.io", name: "root" }] }, binding);
  t.is(emptied.action, "update");
  if (emptied.action === "update") t.deepEqual(emptied.object.subjects?.map((subject) => subject.name), ["root", "system:masters"]);
});

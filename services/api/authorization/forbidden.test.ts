import test from "ava";
import { forbiddenError } from "./forbidden.ts";

const alice = { username: "alice", groups: [] };

test("a denial reads as kube-apiserver words it, namespaced, cluster-wide, subresource and path", (t) => {
  const listPods = forbiddenError({ kind: "resource", user: alice, verb: "list", apiGroup: "", resource: "pods", subresource: "", namespace: "b", name: "" });
  t.is(listPods.message, 'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "b"');
  t.is(listPods.code, 403);
  t.is(listPods.reason, "Forbidden");
  t.deepEqual(listPods.details, { group: "", kind: "pods" });
  t.is(
    forbiddenError({ kind: "resource", user: alice, verb: "get", apiGroup: "", resource: "nodes", subresource: "", namespace: "", name: "n1" }).message,
    'nodes "n1" is forbidden: User "alice" cannot get resource "nodes" in API group "" at the cluster scope',
  );
  t.is(
    forbiddenError({ kind: "resource", user: alice, verb: "patch", apiGroup: "apps", resource: "deployments", subresource: "scale", namespace: "a", name: "web" }, "RBAC: [x]").message,
    'deployments.apps "web" is forbidden: User "alice" cannot patch resource "deployments/scale" in API group "apps" in the namespace "a": RBAC: [x]',
  );
  t.is(forbiddenError({ kind: "nonResource", user: alice, verb: "get", path: "/api" }).message, 'forbidden: User "alice" cannot get path "/api"');
});

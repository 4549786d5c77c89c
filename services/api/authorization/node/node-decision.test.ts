import test from "ava";
import { nodeUser } from "../../../../runtime/auth/user-info.ts";
import type { Decision, ResourceAttributes } from "../authorizer.ts";
import { decideNodeRequest, dependsOnGraph } from "./node-decision.ts";
import { NodeGraph } from "./node-graph.ts";

function graph(): NodeGraph {
  const g = new NodeGraph();
  g.setPod({
    metadata: { name: "web", namespace: "shop" },
    spec: { nodeName: "n1", serviceAccountName: "web", containers: [{ env: [{ valueFrom: { secretKeyRef: { name: "db" } } }] }], volumes: [{ configMap: { name: "nginx" } }, { persistentVolumeClaim: { claimName: "data" } }] },
  });
  g.setPod({ metadata: { name: "other", namespace: "shop" }, spec: { nodeName: "n2", volumes: [{ secret: { secretName: "n2-only" } }] } });
  g.setPod({ metadata: { name: "pending", namespace: "shop" }, spec: { volumes: [{ secret: { secretName: "pending-secret" } }] } });
  g.setClaim({ metadata: { name: "data", namespace: "shop" }, spec: { volumeName: "pv-1" } });
  return g;
}

function attributes(verb: string, resource: string, namespace: string, name: string, extra: Partial<ResourceAttributes> = {}): ResourceAttributes {
  const apiGroup = resource === "leases" ? "coordination.k8s.io" : "";
  return { kind: "resource", user: nodeUser("n1"), verb, apiGroup, resource, subresource: "", namespace, name, ...extra };
}

const decide = (a: ResourceAttributes, g = graph()): Decision["decision"] => decideNodeRequest(g, "n1", a).decision;

const cases: [string, ResourceAttributes, Decision["decision"]][] = [
  ["reads every Node", attributes("list", "nodes", "", ""), "allow"],
  ["registers its own Node", attributes("create", "nodes", "", "n1"), "allow"],
  ["updates its own Node's status", attributes("update", "nodes", "", "n1", { subresource: "status" }), "allow"],
  ["patches its own Node", attributes("patch", "nodes", "", "n1"), "allow"],
  ["cannot update another Node", attributes("update", "nodes", "", "n2"), "deny"],
  ["cannot update another Node's status", attributes("update", "nodes", "", "n2", { subresource: "status" }), "deny"],
  ["cannot delete another Node", attributes("delete", "nodes", "", "n2"), "deny"],
  ["leaves deleting itself to RBAC", attributes("delete", "nodes", "", "n1"), "noOpinion"],
  ["renews its own Lease", attributes("update", "leases", "kube-node-lease", "n1"), "allow"],
  ["cannot renew another node's Lease", attributes("update", "leases", "kube-node-lease", "n2"), "deny"],
  ["leaves other Leases to RBAC", attributes("get", "leases", "kube-system", "x"), "noOpinion"],
  ["records events", attributes("create", "events", "shop", ""), "allow"],
  ["lists and watches every pod", attributes("watch", "pods", "", ""), "allow"],
  ["updates the status of a pod bound to it", attributes("update", "pods", "shop", "web", { subresource: "status" }), "allow"],
  ["deletes a pod bound to it", attributes("delete", "pods", "shop", "web"), "allow"],
  ["cannot update the status of another node's pod", attributes("update", "pods", "shop", "other", { subresource: "status" }), "deny"],
  ["cannot delete another node's pod", attributes("delete", "pods", "shop", "other"), "deny"],
  ["cannot delete a pod bound to no node", attributes("delete", "pods", "shop", "pending"), "deny"],
  ["leaves creating pods to RBAC", attributes("create", "pods", "shop", ""), "noOpinion"],
  ["gets a Secret its pod uses", attributes("get", "secrets", "shop", "db"), "allow"],
  ["does not get a Secret only another node's pod uses", attributes("get", "secrets", "shop", "n2-only"), "noOpinion"],
  ["does not get a Secret of a pod not yet bound", attributes("get", "secrets", "shop", "pending-secret"), "noOpinion"],
  ["does not get a same-named Secret of another namespace", attributes("get", "secrets", "other", "db"), "noOpinion"],
  ["does not list Secrets", attributes("list", "secrets", "shop", ""), "noOpinion"],
  ["does not update a Secret its pod uses", attributes("update", "secrets", "shop", "db"), "noOpinion"],
  ["gets a ConfigMap its pod uses", attributes("get", "configmaps", "shop", "nginx"), "allow"],
  ["gets a claim its pod uses", attributes("get", "persistentvolumeclaims", "shop", "data"), "allow"],
  ["gets the volume of that claim", attributes("get", "persistentvolumes", "", "pv-1"), "allow"],
  ["does not get another volume", attributes("get", "persistentvolumes", "", "pv-2"), "noOpinion"],
  ["creates a token for its pod's ServiceAccount", attributes("create", "serviceaccounts", "shop", "web", { subresource: "token" }), "allow"],
  ["does not create a token for another ServiceAccount", attributes("create", "serviceaccounts", "shop", "default", { subresource: "token" }), "noOpinion"],
  ["reads Services and Endpoints", attributes("watch", "services", "", ""), "allow"],
  ["reads EndpointSlices", attributes("list", "endpointslices", "", "", { apiGroup: "discovery.k8s.io" }), "allow"],
  ["leaves Deployments to RBAC", attributes("create", "deployments", "shop", "", { apiGroup: "apps" }), "noOpinion"],
];

for (const [title, a, expected] of cases) {
  test(`a node ${title}`, (t) => {
    t.is(decide(a), expected);
  });
}

test("a denial names the node and the object", (t) => {
  t.is(decideNodeRequest(graph(), "n1", attributes("update", "nodes", "", "n2")).reason, "node 'n1' cannot modify node 'n2'");
  t.is(decideNodeRequest(graph(), "n1", attributes("get", "secrets", "shop", "n2-only")).reason, "no relationship found between node 'n1' and this object");
});

test("the graph follows pods moving, deleted and changing what they use", (t) => {
  const g = graph();
  g.setPod({ metadata: { name: "pending", namespace: "shop" }, spec: { nodeName: "n1", volumes: [{ secret: { secretName: "pending-secret" } }] } });
  t.is(decide(attributes("get", "secrets", "shop", "pending-secret"), g), "allow");
  g.setPod({ metadata: { name: "web", namespace: "shop" }, spec: { nodeName: "n1", containers: [{}] } });
  t.is(decide(attributes("get", "secrets", "shop", "db"), g), "noOpinion");
  t.is(decide(attributes("get", "persistentvolumes", "", "pv-1"), g), "noOpinion");
  g.deletePod({ metadata: { name: "pending", namespace: "shop" } });
  t.is(decide(attributes("get", "secrets", "shop", "pending-secret"), g), "noOpinion");
  t.is(decide(attributes("delete", "pods", "shop", "pending"), g), "deny");
});

test("a Secret two pods of the node use stays readable until both are gone", (t) => {
  const g = new NodeGraph();
  const pod = (name: string) => ({ metadata: { name, namespace: "shop" }, spec: { nodeName: "n1", volumes: [{ secret: { secretName: "shared" } }] } });
  g.setPod(pod("a"));
  g.setPod(pod("b"));
  g.deletePod(pod("a"));
  t.is(decide(attributes("get", "secrets", "shop", "shared"), g), "allow");
  g.deletePod(pod("b"));
  t.is(decide(attributes("get", "secrets", "shop", "shared"), g), "noOpinion");
  t.is(g.podCount, 0);
});

test("only answers about graph objects are worth waiting for", (t) => {
  t.true(dependsOnGraph(attributes("get", "secrets", "shop", "db")));
  t.true(dependsOnGraph(attributes("create", "serviceaccounts", "shop", "web", { subresource: "token" })));
  t.true(dependsOnGraph(attributes("delete", "pods", "shop", "web")));
  t.false(dependsOnGraph(attributes("update", "nodes", "", "n2")));
  t.false(dependsOnGraph(attributes("list", "secrets", "shop", "")));
});

import test from "ava";
import { resourceAttributesFor, VERB_ATTRIBUTES, type RequestTarget } from "./request-attributes.ts";

const user = { username: "alice", groups: [] };
const pods = (namespace?: string, name?: string, subresource?: string): RequestTarget => ({ group: "", plural: "pods", namespaced: true, namespace, name, subresource });
const deployments = (namespace?: string, name?: string, subresource?: string): RequestTarget => ({ group: "apps", plural: "deployments", namespaced: true, namespace, name, subresource });
const nodes = (name?: string): RequestTarget => ({ group: "", plural: "nodes", namespaced: false, name });
const namespaces = (name?: string): RequestTarget => ({ group: "", plural: "namespaces", namespaced: false, name });

test("each API verb is authorized as Kubernetes' verb, subresource, namespace and name", (t) => {
  const cases: [string, RequestTarget, [string, string, string, string, string, string]][] = [
    // api verb, target -> verb, group, resource, subresource, namespace, name
    ["create", pods("a", "web"), ["create", "", "pods", "", "a", ""]],
    ["create", pods(undefined, "web"), ["create", "", "pods", "", "default", ""]],
    ["apply", deployments("a", "web"), ["patch", "apps", "deployments", "", "a", "web"]],
    ["get", pods("a", "web"), ["get", "", "pods", "", "a", "web"]],
    ["get", nodes("n1"), ["get", "", "nodes", "", "", "n1"]],
    ["get", namespaces("a"), ["get", "", "namespaces", "", "a", "a"]],
    ["create", namespaces("a"), ["create", "", "namespaces", "", "", ""]],
    // A Node create names its Node: the Node authorizer lets a kubelet register only its own.
    ["create", { group: "", plural: "nodes", namespaced: false, name: "n1" }, ["create", "", "nodes", "", "", "n1"]],
    ["list", pods("a"), ["list", "", "pods", "", "a", ""]],
    ["list", pods(), ["list", "", "pods", "", "", ""]],
    ["watch", pods(""), ["watch", "", "pods", "", "", ""]],
    ["update", pods("a", "web"), ["update", "", "pods", "", "a", "web"]],
    ["updateStatus", pods("a", "web"), ["update", "", "pods", "status", "a", "web"]],
    ["patch", deployments("a", "web", "scale"), ["patch", "apps", "deployments", "scale", "a", "web"]],
    ["patch", pods("a", "web", ""), ["patch", "", "pods", "", "a", "web"]],
    ["delete", pods("a", "web"), ["delete", "", "pods", "", "a", "web"]],
    ["bind", pods("a", "web"), ["create", "", "pods", "binding", "a", "web"]],
    ["evict", pods("a", "web"), ["create", "", "pods", "eviction", "a", "web"]],
    ["review", { group: "authorization.k8s.io", plural: "selfsubjectaccessreviews", namespaced: false }, ["create", "authorization.k8s.io", "selfsubjectaccessreviews", "", "", ""]],
  ];
  for (const [verb, target, expected] of cases) {
    const attributes = resourceAttributesFor(verb, target, user);
    t.deepEqual(attributes && [attributes.verb, attributes.apiGroup, attributes.resource, attributes.subresource, attributes.namespace, attributes.name], expected, `${verb} ${JSON.stringify(target)}`);
  }
});

test("createToken is a create of serviceaccounts/token, and a verb added to the table is authorized by its line alone", (t) => {
  t.like(resourceAttributesFor("createToken", { group: "", plural: "serviceaccounts", namespaced: true, namespace: "a", name: "default" }, user), {
    verb: "create", resource: "serviceaccounts", subresource: "token", namespace: "a", name: "default",
  });
  t.is(resourceAttributesFor("renewLease", pods("a", "x"), user), undefined);
  VERB_ATTRIBUTES.renewLease = { verb: "update", resource: { group: "coordination.k8s.io", plural: "leases", namespaced: true } };
  try {
    t.like(resourceAttributesFor("renewLease", pods("kube-node-lease", "n1"), user), { verb: "update", apiGroup: "coordination.k8s.io", resource: "leases", namespace: "kube-node-lease", name: "n1" });
  } finally {
    delete VERB_ATTRIBUTES.renewLease;
  }
});

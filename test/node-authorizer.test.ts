// The Node authorizer over a running API: its graph follows the pods and claims written through
// the API, and a kubelet's identity (system:node:n1) may read the Secret its pod uses but not one
// no pod on its node uses, and may update its own Node but not another. The authorization chain
// and its hook in dispatch are the RBAC work's; here the test's own chain (Node, then forbidden)
// answers for the requests the kubelet makes, with the attributes those requests carry.
import test from "ava";
import { nodeUser } from "../runtime/auth/user-info.ts";
import { NodeAuthorizer } from "../services/api/authorization/node/node-authorizer.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { authorizeInChain, resourceAttributes } from "./helpers/authorizer-chain.ts";

let cluster: ApiTestCluster;
let node: NodeAuthorizer;
const n1 = nodeUser("n1");

const secret = (name: string) => ({ apiVersion: "v1", kind: "Secret", metadata: { name, namespace: "default" }, stringData: { value: name } });
const pod = (name: string, secretName: string) => ({
  apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" },
  spec: { containers: [{ name: "app", image: "app:1", env: [{ name: "VALUE", valueFrom: { secretKeyRef: { name: secretName, key: "value" } } }] }] },
});
const nodeObject = (name: string) => ({ apiVersion: "v1", kind: "Node", metadata: { name } });

test.before(async () => {
  cluster = await startApiTestCluster();
  for (const name of ["used", "unused", "late"]) await cluster.client.create(secret(name));
  for (const name of ["n1", "n2"]) await cluster.client.create(nodeObject(name));
  await cluster.client.create(pod("web", "used"));
  await cluster.client.bind({ namespace: "default", name: "web", nodeName: "n1" });
  // Refusals that depend on the graph wait up to this long for it to catch up (1 s by default).
  node = new NodeAuthorizer(cluster.api.ctx.repo, { graphWaitMs: 300 });
  await node.start();
});

test.after.always(async () => {
  node?.stop();
  await cluster?.stop();
});

test("a kubelet can read the Secret its pod uses, not one no pod on its node uses", async (t) => {
  const kubelet = await cluster.clientAs(n1);
  // What the kubelet asks the API for...
  t.is((await kubelet.get("secrets", "used", { namespace: "default" })).metadata?.name, "used");
  // ...and what the chain answers for those requests.
  const used = await authorizeInChain([node], resourceAttributes(n1, "get", "secrets", { namespace: "default", name: "used" }));
  t.is(used.decision, "allow");
  t.is(used.by, "Node");
  const unused = await authorizeInChain([node], resourceAttributes(n1, "get", "secrets", { namespace: "default", name: "unused" }));
  t.is(unused.decision, "deny");
  t.is(unused.by, "", "the Node authorizer had no opinion, and nothing else allowed it");
  t.is((await node.authorize(resourceAttributes(n1, "get", "secrets", { namespace: "default", name: "unused" }))).reason, "no relationship found between node 'n1' and this object");
  t.is((await authorizeInChain([node], resourceAttributes(nodeUser("n2"), "get", "secrets", { namespace: "default", name: "used" }))).decision, "deny");
});

test("a kubelet can update its own Node but not another", async (t) => {
  const kubelet = await cluster.clientAs(n1);
  const own = await kubelet.get("nodes", "n1");
  await kubelet.updateStatus({ ...own, status: { conditions: [{ type: "Ready", status: "True" }] } });
  t.is((await authorizeInChain([node], resourceAttributes(n1, "update", "nodes", { name: "n1", subresource: "status" }))).decision, "allow");
  const other = await authorizeInChain([node], resourceAttributes(n1, "update", "nodes", { name: "n2" }));
  t.is(other.decision, "deny");
  t.is(other.by, "Node", "the Node authorizer itself refuses a cross-node write");
  t.is(other.reason, "node 'n1' cannot modify node 'n2'");
  t.is((await authorizeInChain([node], resourceAttributes(n1, "update", "nodes", { name: "n2", subresource: "status" }))).decision, "deny");
});

test("the graph follows a pod bound after the authorizer started, and its deletion", async (t) => {
  const late = resourceAttributes(n1, "get", "secrets", { namespace: "default", name: "late" });
  await cluster.client.create(pod("late-pod", "late"));
  t.is((await authorizeInChain([node], late)).decision, "deny", "a pod not bound yet gives its node nothing");
  await cluster.client.bind({ namespace: "default", name: "late-pod", nodeName: "n1" });
  // Asked at once after the binding: a graph-dependent refusal waits for the graph to catch up.
  t.is((await node.authorize(late)).decision, "allow");
  t.is((await node.authorize(resourceAttributes(n1, "delete", "pods", { namespace: "default", name: "late-pod" }))).decision, "allow");
  t.is((await node.authorize(resourceAttributes(nodeUser("n2"), "delete", "pods", { namespace: "default", name: "late-pod" }))).decision, "deny");
  await cluster.client.delete("pods", "late-pod", { namespace: "default", gracePeriodSeconds: 0 });
  const started = performance.now();
  for (;;) {
    const decision = await node.authorize(late);
    if (decision.decision !== "allow") break;
    if (performance.now() - started > 10_000) throw new Error("the deleted pod's Secret stayed readable");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  t.pass();
});

test("users who are not nodes get no opinion", async (t) => {
  const admin = { username: "system:admin", groups: ["system:masters"] };
  t.is((await node.authorize(resourceAttributes(admin, "get", "secrets", { namespace: "default", name: "unused" }))).decision, "noOpinion");
  const forged = { username: "system:node:n1", groups: ["system:authenticated"] };
  t.is((await node.authorize(resourceAttributes(forged, "get", "secrets", { namespace: "default", name: "used" }))).decision, "noOpinion", "a node's name without the system:nodes group is no node");
});

test("through the API itself (Node,RBAC): a kubelet is refused a Secret no pod on its node uses and another Node", async (t) => {
  const kubelet = await cluster.clientAs(n1);
  t.is((await kubelet.get("secrets", "used", { namespace: "default" })).metadata?.name, "used");
  const secretRefusal = await t.throwsAsync(kubelet.get("secrets", "unused", { namespace: "default" }));
  t.is((secretRefusal as { code?: number }).code, 403);
  t.regex(secretRefusal.message, /secrets "unused" is forbidden: User "system:node:n1" cannot get resource "secrets" in API group "" in the namespace "default"/);
  const other = await kubelet.get("nodes", "n2");
  const nodeRefusal = await t.throwsAsync(kubelet.update({ ...other, metadata: { ...other.metadata, labels: { taken: "over" } } }));
  t.is((nodeRefusal as { code?: number }).code, 403);
  t.regex(nodeRefusal.message, /nodes "n2" is forbidden: User "system:node:n1" cannot update resource "nodes"/);
  await t.throwsAsync(kubelet.updateStatus({ ...other, status: { conditions: [{ type: "Ready", status: "False" }] } }), { message: /forbidden/ });
  await t.throwsAsync(kubelet.create(nodeObject("n3")), { message: /nodes "n3" is forbidden/ }, "a kubelet registers its own Node only");
  await t.throwsAsync(kubelet.list("secrets", { namespace: "default" }), { message: /forbidden/ }, "and lists no Secrets");
});

import test from "ava";
import { COMPONENT_USERS, INSECURE_ADMIN, ANONYMOUS, authenticatedUser, nodeUser, serviceAccountUser, type UserInfo } from "../../../runtime/auth/user-info.ts";
import type { ApiVerb } from "../../../runtime/subjects.ts";
import { classify, orderFlowSchemas } from "./classify.ts";
import { DEFAULT_FLOW_SCHEMAS } from "./defaults.ts";

const schemas = orderFlowSchemas(DEFAULT_FLOW_SCHEMAS);
const level = (user: UserInfo, resource = "pods", verb: ApiVerb = "get") => classify(schemas, { user, verb, resource: () => resource })?.priorityLevel;

test("the cluster's administrators are exempt", (t) => {
  t.is(level(INSECURE_ADMIN), "exempt");
  t.is(level(authenticatedUser("root", ["system:masters"])), "exempt");
});

test("a kubelet's Node and Lease requests are node-high, its other requests system", (t) => {
  t.is(level(nodeUser("n1"), "nodes", "updateStatus"), "node-high");
  t.is(level(nodeUser("n1"), "leases"), "node-high");
  t.is(level(nodeUser("n1"), "pods", "updateStatus"), "system");
  t.is(level(nodeUser("n1"), "secrets"), "system");
});

test("control-plane components are system, ServiceAccounts workload, users global-default", (t) => {
  t.is(level(authenticatedUser(COMPONENT_USERS.scheduler)), "system");
  t.is(level(authenticatedUser(COMPONENT_USERS.controllerManager)), "system");
  t.is(level(serviceAccountUser("kube-system", "coredns")), "workload-high");
  t.is(level(serviceAccountUser("shop", "default")), "workload-low");
  t.is(level(authenticatedUser("alice")), "global-default");
  t.is(level(ANONYMOUS), "global-default");
  t.is(level({ username: "stranger", groups: [] }), "catch-all");
});

test("each user is its own flow; the exempt schema has one flow", (t) => {
  const flow = (user: UserInfo) => classify(schemas, { user, verb: "list", resource: () => "pods" })?.flow;
  t.is(flow(authenticatedUser("alice")), "global-default/alice");
  t.not(flow(authenticatedUser("alice")), flow(authenticatedUser("bob")));
  t.is(flow(INSECURE_ADMIN), "exempt");
});

test("the resource is decoded only when a schema asks for it", (t) => {
  let decoded = 0;
  const resource = () => (decoded++, "pods");
  classify(schemas, { user: authenticatedUser("alice"), verb: "get", resource });
  t.is(decoded, 0);
  classify(schemas, { user: nodeUser("n1"), verb: "get", resource });
  t.is(decoded, 1);
});

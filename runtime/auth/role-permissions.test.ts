import test from "ava";
import { encodeIdentityToken } from "./identity-token.ts";
import { mayPublish, maySubscribe, rolePermissions, roleUser, subjectMatches, type TroupeRole } from "./role-permissions.ts";
import { authenticatedUser } from "./user-info.ts";

test("subject patterns match as NATS matches them: * one token, > one or more", (t) => {
  const table: [string, string, boolean][] = [
    ["a.b", "a.b", true],
    ["a.*", "a.b", true],
    ["a.*", "a.b.c", false],
    ["a.>", "a.b.c", true],
    ["a.>", "a", false],
    ["a.b", "a.b.c", false],
    ["$KV.troupe-state.>", "$KV.troupe-state.pods.default.x", true],
  ];
  for (const [pattern, subject, expected] of table) t.is(subjectMatches(pattern, subject), expected, `${pattern} ~ ${subject}`);
});

const STATE_WRITE = "$KV.troupe-state.pods.default.web";
const ALLOCATION_WRITE = "$KV.troupe-allocations.clusterip.10.0.0.1";
const STATE_INFO = "$JS.API.STREAM.INFO.KV_troupe-state";
const STATE_CONSUMER = "$JS.API.CONSUMER.CREATE.KV_troupe-state.abc.$KV.troupe-state.pods.>";
const STATE_DIRECT_GET = "$JS.API.DIRECT.GET.KV_troupe-state.$KV.troupe-state.pods.default.web";
const LEASES_INFO = "$JS.API.STREAM.INFO.KV_troupe-leases";

const nonUsers = (role: Exclude<TroupeRole, { role: "user" }>) => rolePermissions(role, roleUser(role));

test("only the API (and the admin and supervisor, who hold the cluster's keys) may write the state and allocations buckets", (t) => {
  const writers: Exclude<TroupeRole, { role: "user" }>[] = [{ role: "api" }, { role: "admin" }, { role: "supervisor" }];
  const others: Exclude<TroupeRole, { role: "user" }>[] = [
    { role: "kube-api" }, { role: "scheduler" }, { role: "controller-manager" },
    { role: "kubelet", node: "node-1", withProxy: true }, { role: "proxy", node: "node-1" }, { role: "workload" },
  ];
  for (const role of writers) t.true(mayPublish(nonUsers(role), STATE_WRITE), role.role);
  for (const role of others) {
    t.false(mayPublish(nonUsers(role), STATE_WRITE), `${role.role} writes state`);
    t.false(mayPublish(nonUsers(role), ALLOCATION_WRITE), `${role.role} writes allocations`);
  }
});

test("controllers, the scheduler, kubelets and proxies read the state bucket from JetStream; the kube-api, users and pods do not", (t) => {
  const table: [Exclude<TroupeRole, { role: "user" }>, boolean][] = [
    [{ role: "scheduler" }, true],
    [{ role: "controller-manager" }, true],
    [{ role: "kubelet", node: "node-1" }, true],
    [{ role: "proxy", node: "node-2" }, true],
    [{ role: "kube-api" }, false],
    [{ role: "workload" }, false],
  ];
  for (const [role, reads] of table) {
    const permissions = nonUsers(role);
    for (const subject of [STATE_INFO, STATE_CONSUMER, STATE_DIRECT_GET]) t.is(mayPublish(permissions, subject), reads, `${role.role} ${subject}`);
  }
  const alice = authenticatedUser("alice", ["dev"]);
  const user = rolePermissions({ role: "user" }, alice);
  for (const subject of [STATE_WRITE, STATE_INFO, STATE_CONSUMER, STATE_DIRECT_GET, LEASES_INFO, "$JS.API.INFO", "troupe.kubelet.node-1.exec"]) t.false(mayPublish(user, subject), subject);
});

test("pods reach the mesh and their own JetStream buckets but no JetStream subject of Troupe's buckets", (t) => {
  const pod = nonUsers({ role: "workload" });
  t.true(mayPublish(pod, "troupe.mesh.shop.orders.create"));
  t.true(mayPublish(pod, "$JS.API.STREAM.INFO.KV_shop-inventory"));
  t.true(mayPublish(pod, "$KV.shop-inventory.tea"));
  t.true(maySubscribe(pod, "troupe.mesh.shop.orders.*"));
  for (const subject of [
    STATE_WRITE, STATE_INFO, STATE_CONSUMER, STATE_DIRECT_GET, LEASES_INFO, ALLOCATION_WRITE,
    "$JS.API.STREAM.MSG.GET.KV_troupe-state", "$JS.API.CONSUMER.DURABLE.CREATE.KV_troupe-leases.x",
    "$JS.API.STREAM.DELETE.KV_troupe-allocations", "$JS.API.STREAM.PURGE.KV_troupe-state", "$KV.troupe-leases.node.node-1",
    "troupe.logs.default.web.app", "$KV.troupe-log-pods.node-1.uid-1", "$JS.API.CONSUMER.CREATE.KV_troupe-log-pods",
  ]) t.false(mayPublish(pod, subject), subject);
  t.false(maySubscribe(pod, "troupe.kubelet.node-1.exec"));
});

test("a kubelet serves and heartbeats only as its own node", (t) => {
  const kubelet = nonUsers({ role: "kubelet", node: "node-1" });
  t.true(maySubscribe(kubelet, "troupe.kubelet.node-1.exec"));
  t.false(maySubscribe(kubelet, "troupe.kubelet.node-2.exec"));
  t.true(mayPublish(kubelet, "$KV.troupe-leases.node.node-1"));
  t.false(mayPublish(kubelet, "$KV.troupe-leases.node.node-2"));
  t.false(mayPublish(kubelet, "$KV.troupe-leases.leader.troupe-scheduler"));
  t.false(maySubscribe(kubelet, "troupe.proxy.endpoints.check"));
  t.true(maySubscribe(nonUsers({ role: "kubelet", node: "node-1", withProxy: true }), "troupe.proxy.endpoints.check"));
});

test("a kubelet publishes its own node's resource usage only; a user cannot forge or read it", (t) => {
  const kubelet = nonUsers({ role: "kubelet", node: "node-1" });
  t.true(mayPublish(kubelet, "troupe.metrics.v1.node.node-1"));
  t.false(mayPublish(kubelet, "troupe.metrics.v1.node.node-2"));
  t.false(maySubscribe(kubelet, "troupe.metrics.v1.node.node-2"));
  const user = rolePermissions({ role: "user" }, authenticatedUser("alice"));
  t.false(mayPublish(user, "troupe.metrics.v1.node.node-1"));
  t.false(maySubscribe(user, "troupe.metrics.v1.node.*"));
});

test("leader election: the scheduler and controller manager write leader leases, not node leases", (t) => {
  for (const role of [{ role: "scheduler" }, { role: "controller-manager" }] as const) {
    const permissions = nonUsers(role);
    t.true(mayPublish(permissions, "$KV.troupe-leases.leader.troupe-scheduler"));
    t.false(mayPublish(permissions, "$KV.troupe-leases.node.node-1"));
  }
});

test("the controller manager reads any JetStream consumer's info (the HPA's jetstream_consumer_pending) and changes none", (t) => {
  const permissions = nonUsers({ role: "controller-manager" });
  t.true(mayPublish(permissions, "$JS.API.CONSUMER.INFO.JOBS.workers"));
  t.false(mayPublish(permissions, "$JS.API.CONSUMER.DELETE.JOBS.workers"));
  t.false(mayPublish(permissions, "$JS.API.CONSUMER.CREATE.JOBS.workers"));
  t.false(mayPublish(permissions, "$JS.API.STREAM.PURGE.JOBS"));
  t.false(mayPublish(nonUsers({ role: "scheduler" }), "$JS.API.CONSUMER.INFO.JOBS.workers"));
});

test("the controller manager asks the node providers (cluster autoscaler); kubelets and pods neither ask nor answer", (t) => {
  const subject = "troupe.nodegroups.v1.default.increase";
  t.true(mayPublish(nonUsers({ role: "controller-manager" }), subject));
  t.false(maySubscribe(nonUsers({ role: "controller-manager" }), subject));
  t.true(maySubscribe(nonUsers({ role: "supervisor" }), subject));
  for (const role of [{ role: "kubelet", node: "node-1" }, { role: "workload" }, { role: "scheduler" }] as const) {
    t.false(mayPublish(nonUsers(role), subject), role.role);
    t.false(maySubscribe(nonUsers(role), subject), role.role);
  }
});

test("every identity subscribes to its own inbox only, and the kube-api may speak for any identity", (t) => {
  const alice = authenticatedUser("alice");
  const bob = authenticatedUser("bob");
  const permissions = rolePermissions({ role: "user" }, alice);
  t.true(maySubscribe(permissions, `_INBOX.${encodeIdentityToken(alice)}.abc`));
  t.false(maySubscribe(permissions, `_INBOX.${encodeIdentityToken(bob)}.abc`));
  t.false(maySubscribe(permissions, "_INBOX.abc"));
  const kubeApi = nonUsers({ role: "kube-api" });
  t.true(mayPublish(kubeApi, `troupe.api.v1.as.${encodeIdentityToken(bob)}.get`));
  t.false(mayPublish(kubeApi, "troupe.api.v1.get"));
});

test("each role is the user Kubernetes names that component", (t) => {
  t.is(roleUser({ role: "kubelet", node: "node-3" }).username, "system:node:node-3");
  t.true(roleUser({ role: "kubelet", node: "node-3" }).groups.includes("system:nodes"));
  t.is(roleUser({ role: "scheduler" }).username, "system:kube-scheduler");
  t.true(roleUser({ role: "admin" }).groups.includes("system:masters"));
});

test("a kubelet writes the log pod records of its own node only, and reads the others", (t) => {
  const kubelet = nonUsers({ role: "kubelet", node: "node-1" });
  t.true(mayPublish(kubelet, "$KV.troupe-log-pods.node-1.0b7e-uid"));
  t.false(mayPublish(kubelet, "$KV.troupe-log-pods.node-2.0b7e-uid"));
  t.false(mayPublish(kubelet, "$KV.troupe-log-pods.node-1.x.y"));
  t.true(mayPublish(kubelet, "$JS.API.STREAM.UPDATE.KV_troupe-log-pods"));
  t.true(mayPublish(kubelet, "$JS.API.STREAM.UPDATE.TROUPE_LOGS"));
  t.false(mayPublish(kubelet, "$JS.API.STREAM.DELETE.KV_troupe-log-pods"));
  t.false(mayPublish(rolePermissions({ role: "user" }, authenticatedUser("alice")), "$JS.API.CONSUMER.CREATE.TROUPE_LOGS"));
});

test("the console reads: its API subjects, the kubelets' logs and the span store; no state, no exec, no writes elsewhere", (t) => {
  const console = nonUsers({ role: "console" });
  t.false(mayPublish(console, STATE_WRITE));
  t.false(mayPublish(console, ALLOCATION_WRITE));
  t.true(mayPublish(console, "troupe.kubelet.node-1.logs"));
  t.true(mayPublish(console, "troupe.kubelet.node-1.logsctl.s1"));
  t.false(mayPublish(console, "troupe.kubelet.node-1.exec"));
  t.false(mayPublish(console, "troupe.kubelet.node-1.portforward"));
  t.true(mayPublish(console, "$JS.API.CONSUMER.CREATE.TROUPE_SPANS"));
  t.false(mayPublish(console, "$JS.API.STREAM.DELETE.TROUPE_SPANS"));
  t.false(mayPublish(console, "$JS.API.CONSUMER.CREATE.KV_troupe-state"));
});

test("the collector creates and writes the span stream and nothing else; pods reach no span", (t) => {
  const collector = nonUsers({ role: "collector" });
  for (const subject of ["$JS.API.STREAM.CREATE.TROUPE_SPANS", "$JS.API.STREAM.UPDATE.TROUPE_SPANS", "$JS.API.STREAM.INFO.TROUPE_SPANS", `troupe.spans.${"a".repeat(32)}`]) {
    t.true(mayPublish(collector, subject), subject);
  }
  for (const subject of [STATE_WRITE, STATE_INFO, "$JS.API.STREAM.DELETE.TROUPE_SPANS", "troupe.logs.default.web.app", "troupe.api.v1.get"]) t.false(mayPublish(collector, subject), subject);
  const pod = nonUsers({ role: "workload" });
  for (const subject of [`troupe.spans.${"a".repeat(32)}`, "$JS.API.STREAM.INFO.TROUPE_SPANS", "$JS.API.CONSUMER.CREATE.TROUPE_SPANS.x.troupe.spans.>"]) t.false(mayPublish(pod, subject), subject);
});

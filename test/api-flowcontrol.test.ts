// API Priority and Fairness through the API: a user's burst beyond its level's seats and queues
// is refused with 429 TooManyRequests and Retry-After, exempt callers are not, and the API
// clients send a refused request again after the Retry-After.
import test from "ava";
import { ApiError } from "../runtime/api-errors.ts";
import { encodeIdentityToken } from "../runtime/auth/identity-token.ts";
import { authenticatedUser } from "../runtime/auth/user-info.ts";
import { apiIdentitySubject, FLOW_REJECTED_HEADER, FLOW_SCHEMA_HEADER, PRIORITY_LEVEL_HEADER, RETRY_AFTER_HEADER } from "../runtime/subjects.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

let cluster: ApiTestCluster;

// Lists: each waits for the state store's revision (a NATS round trip), so a burst overlaps; a
// get is answered from the watch cache before the next request is even read.

test.before(async () => {
  // One seat for global-default (ceil(1 * 20 / 235)): a burst of one user queues at once.
  cluster = await startApiTestCluster({ flowControl: { maxInflight: 1 } });
  await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "probe", namespace: "default" }, data: { a: "1" } });
  // RBAC lets the two users read, so what refuses them is flow control alone.
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", metadata: { name: "readers" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: ["flooder", "patient"].map((name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "User", name })),
  });
  const flooder = await cluster.clientAs(authenticatedUser("flooder"));
  const patient = await cluster.clientAs(authenticatedUser("patient"));
  // The binding reaches RBAC's index through a watch: wait until both may list.
  for (const client of [flooder, patient]) await eventually(() => client.list("configmaps", { namespace: "default" }), () => true, "the user may list", 10_000);
});


test.after.always(async () => {
  await cluster?.stop();
});

const BURST = 800;

test.serial("a burst beyond a user's seats and queues is refused with 429 TooManyRequests and a Retry-After of 1 s", async (t) => {
  const flooder = await cluster.clientAs(authenticatedUser("flooder"), { tooManyRequestsRetries: 0 });
  const results = await Promise.allSettled(Array.from({ length: BURST }, () => flooder.list("configmaps", { namespace: "default" })));
  const refused = results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason as ApiError);
  // One executes, six queues of 50 wait: the rest (about 500) cannot be queued.
  t.true(refused.length >= BURST - 301, `${refused.length} of ${BURST} refused`);
  t.true(refused.length < BURST);
  for (const error of refused) {
    t.is(error.code, 429);
    t.is(error.reason, "TooManyRequests");
    t.is(error.message, "Too many requests, please try again later.");
    t.is(error.details?.retryAfterSeconds, 1);
  }
  const metrics = await cluster.registry.metrics();
  t.regex(metrics, /troupe_api_flowcontrol_rejected_requests_total\{[^}]*priority_level="global-default",flow_schema="global-default",reason="queue-full"[^}]*\} [1-9]/);
  t.regex(metrics, /troupe_api_flowcontrol_request_wait_duration_seconds_count\{[^}]*priority_level="global-default",execute="true"[^}]*\} [1-9]/);
});

test.serial("the NATS reply of a refusal carries Retry-After and names the flow schema and priority level", async (t) => {
  const token = encodeIdentityToken(authenticatedUser("flooder"));
  const body = new TextEncoder().encode(JSON.stringify({ resource: "configmaps", namespace: "default" }));
  const replies = await Promise.all(Array.from({ length: BURST }, () => cluster.nc.request(apiIdentitySubject(token, "list"), body, { timeout: 5000 })));
  const refused = replies.filter((reply) => reply.headers?.get("Nats-Service-Error-Code") === "429");
  t.true(refused.length > 0);
  t.is(refused[0].headers?.get(RETRY_AFTER_HEADER), "1");
  t.is(refused[0].headers?.get(FLOW_REJECTED_HEADER), "queue-full");
  t.is(refused[0].headers?.get(PRIORITY_LEVEL_HEADER), "global-default");
  t.is(refused[0].headers?.get(FLOW_SCHEMA_HEADER), "global-default");
  const served = replies.find((reply) => !reply.headers?.get("Nats-Service-Error-Code"));
  t.is(served?.headers?.get(PRIORITY_LEVEL_HEADER), "global-default");
});

test.serial("the cluster's administrators are exempt: the same burst is served in full", async (t) => {
  const results = await Promise.allSettled(Array.from({ length: BURST }, () => cluster.client.list("configmaps", { namespace: "default" })));
  t.is(results.filter((result) => result.status === "rejected").length, 0);
});

test.serial("the API client sends a refused request again after Retry-After and gets its answer", async (t) => {
  const patient = await cluster.clientAs(authenticatedUser("patient"));
  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: 400 }, () => patient.list("configmaps", { namespace: "default" })));
  t.is(results.filter((result) => result.status === "rejected").length, 0, "every refused request was retried until it ran");
  t.true(Date.now() - started >= 1000, "at least one request waited its Retry-After");
});

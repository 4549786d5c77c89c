// TokenRequest against a nats-server in operator mode: the API mints a bearer user JWT for a
// ServiceAccount bound to a pod; it connects, calls the API as system:serviceaccount:ns:name,
// and the server refuses it the state bucket, JetStream and other identities' subjects.
import test from "ava";
import type { NatsConnection } from "@nats-io/transport-node";
import { SpanKind } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { ATTR_ENDUSER_ID } from "../runtime/semconv.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { JsonApiClient } from "../runtime/api-client.ts";
import { ApiError } from "../runtime/api-errors.ts";
import { POD_NAME_EXTRA } from "../runtime/auth/user-info.ts";
import { apiIdentitySubject } from "../runtime/subjects.ts";
import { authenticateRequest } from "../services/api/authentication/authenticate-request.ts";
import { NO_TOKEN_ISSUER_MESSAGE } from "../services/api/operations/create-token.ts";
import { startApiTestCluster } from "./helpers/api-cluster.ts";
import { startSecuredCluster, type SecuredCluster } from "./helpers/secured-cluster.ts";

let cluster: SecuredCluster;
let podUid = "";
const spans = new InMemorySpanExporter();
let telemetry: Telemetry;

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "troupe-test", spanProcessors: [new SimpleSpanProcessor(spans)] });
  cluster = await startSecuredCluster();
  await cluster.client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "robot", namespace: "default" } });
  const pod = await cluster.client.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "worker", namespace: "default" }, spec: { serviceAccountName: "robot", containers: [{ name: "c", image: "host" }] } });
  podUid = pod.metadata?.uid ?? "";
  await cluster.client.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "other", namespace: "default" }, spec: { containers: [{ name: "c", image: "host" }] } });
});

test.after.always(async () => {
  await cluster?.stop();
  await telemetry?.shutdown();
});

async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (failure: unknown) => failure);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

function violation(nc: NatsConnection): Promise<string> {
  return (async () => {
    for await (const status of nc.status()) if (status.type === "error") return String(status.error);
    return "closed";
  })();
}

test("createToken validates the request as Kubernetes does", async (t) => {
  const { client } = cluster;
  const short = await refusal(client.createToken("default", "robot", { spec: { expirationSeconds: 599 } }));
  t.is(short.code, 422);
  t.is(short.message, 'TokenRequest "robot" is invalid: spec.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes');
  t.is((await refusal(client.createToken("default", "ghost"))).message, 'serviceaccounts "ghost" not found');
  t.is((await refusal(client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: "nope" } } }))).message, 'pods "nope" not found');
  const other = await refusal(client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: "other" } } }));
  t.is(other.code, 400);
  t.is(other.message, 'cannot bind token for serviceaccount "robot" to pod running with different serviceaccount name.');
  t.regex((await refusal(client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Secret", apiVersion: "v1", name: "s" } } }))).message, /cannot bind token to object of kind v1, Kind=Secret/);
  t.is((await refusal(client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Pod", name: "worker", uid: "not-it" } } }))).code, 409);
});

test("a bound token expires when asked, defaults to an hour, and names the pod", async (t) => {
  const before = Date.now();
  const issued = await cluster.client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: "worker" } } });
  t.is(issued.kind, "TokenRequest");
  t.is(Number(issued.spec?.expirationSeconds), 3600);
  t.deepEqual(issued.spec?.audiences, ["troupe"]);
  t.like(issued.spec?.boundObjectRef, { kind: "Pod", name: "worker", uid: podUid });
  const expires = Date.parse(issued.status?.expirationTimestamp ?? "");
  t.true(expires >= before + 3_599_000 && expires <= Date.now() + 3_601_000);
  t.regex(issued.status?.token ?? "", /^[\w-]+\.[\w-]+\.[\w-]+$/);
  const long = await cluster.client.createToken("default", "robot", { spec: { expirationSeconds: 10 * 86_400 } });
  t.is(Number(long.spec?.expirationSeconds), 86_400, "shortened to the maximum");
});

test("the token connects to nats-server and calls the API as the ServiceAccount, bound to its pod", async (t) => {
  const issued = await cluster.client.createToken("default", "robot", { spec: { boundObjectRef: { kind: "Pod", apiVersion: "v1", name: "worker" } } });
  // RBAC: the ServiceAccount may read what view grants in its namespace.
  await cluster.client.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "robot-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" }, subjects: [{ kind: "ServiceAccount", name: "robot" }],
  });
  const seen: string[] = [];
  const spy = cluster.adminNc.subscribe("troupe.api.v1.as.*.get", { callback: (_error, msg) => void seen.push(msg.subject) });
  await cluster.adminNc.flush();
  t.teardown(() => spy.unsubscribe());
  const nc = await cluster.connectWithToken(issued.status?.token ?? "");
  const client = new JsonApiClient(nc, { timeoutMs: 5000 });
  const pod = await client.get("pods", "worker", { namespace: "default" });
  t.is(pod.metadata?.uid, podUid);
  // The API's own span of that request names the user it authenticated.
  const served = await (async () => {
    for (let tries = 0; tries < 100; tries++) {
      const found = spans.getFinishedSpans().find((span) => span.kind === SpanKind.SERVER && span.name === "troupe.api get" && span.attributes[ATTR_ENDUSER_ID] !== "system:admin");
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return undefined;
  })();
  t.is(served?.attributes[ATTR_ENDUSER_ID], "system:serviceaccount:default:robot");
  // The spy has its own connection: nats-server delivers it the request in its own time, which
  // may be after the reply reached the client.
  for (let tries = 0; seen.length === 0 && tries < 250; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  t.is(seen.length, 1);
  // What the API made of the request's subject: the ServiceAccount's user, with its pod.
  const user = authenticateRequest(seen[0], "anonymous");
  t.is(user.username, "system:serviceaccount:default:robot");
  t.deepEqual(user.groups, ["system:serviceaccounts", "system:serviceaccounts:default", "system:authenticated"]);
  t.deepEqual(user.extra?.[POD_NAME_EXTRA], ["worker"]);
});

test("the token may not touch the state bucket, JetStream or another identity's API subjects", async (t) => {
  const issued = await cluster.client.createToken("default", "robot", {});
  for (const subject of ["$KV.troupe-state.pods.default.worker", "$JS.API.STREAM.LIST", "$JS.API.STREAM.INFO.KV_troupe-state", "$JS.API.STREAM.CREATE.COPY", apiIdentitySubject("c29tZW9uZS1lbHNl", "get")]) {
    const nc = await cluster.connectWithToken(issued.status?.token ?? "");
    await t.throwsAsync(nc.request(subject, "", { timeout: 2000 }), { message: /Permissions Violation for Publish/ }, subject);
    await nc.close();
  }
  const watcher = await cluster.connectWithToken(issued.status?.token ?? "");
  const error = violation(watcher);
  watcher.subscribe("$KV.troupe-state.>");
  t.regex(await error, /Permissions Violation for Subscription to "\$KV\.troupe-state\.>"/);
});

test.serial("an expired token is refused by nats-server", async (t) => {
  const realNow = cluster.api.ctx.now;
  cluster.api.ctx.now = () => new Date(Date.now() - 2 * 3600_000);
  t.teardown(() => {
    cluster.api.ctx.now = realNow;
  });
  const issued = await cluster.client.createToken("default", "robot", { spec: { expirationSeconds: 600 } });
  cluster.api.ctx.now = realNow;
  t.true(Date.parse(issued.status?.expirationTimestamp ?? "") < Date.now());
  await t.throwsAsync(cluster.connectWithToken(issued.status?.token ?? ""), { message: /Authorization Violation|Authentication Expired/i });
});

test("without a NATS authority createToken is 503 ServiceUnavailable, after the request is checked", async (t) => {
  const bare = await startApiTestCluster();
  t.teardown(() => bare.stop());
  await bare.client.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "robot", namespace: "default" } });
  const error = await refusal(bare.client.createToken("default", "robot"));
  t.is(error.code, 503);
  t.is(error.message, NO_TOKEN_ISSUER_MESSAGE);
  t.is((await refusal(bare.client.createToken("default", "nobody"))).code, 404);
});

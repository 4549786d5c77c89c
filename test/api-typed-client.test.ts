// The protobuf path of the API through the typed client that Troupe's services use, and the
// scheduler's bind verb.
import test from "ava";
import { ApiError, TypedApiClient } from "../runtime/api-client.ts";
import type { ApiObject } from "../runtime/store/object-repository.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
let client: TypedApiClient;
test.before(async () => {
  cluster = await startApiTestCluster();
  client = new TypedApiClient(cluster.nc);
});
test.after.always(async () => {
  await cluster?.stop();
});

interface PodShape extends ApiObject {
  spec?: { nodeName?: string; containers?: { name: string; image: string }[] };
  status?: { phase?: string; conditions?: { type?: string; status?: string }[] };
}

function pod(name: string): PodShape {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels: { app: "typed" } }, spec: { containers: [{ name: "c", image: "busybox" }] } };
}

test("the typed client creates, reads, lists, updates and deletes objects over protobuf", async (t) => {
  const created = await client.create<PodShape>({ ...pod("typed-1"), metadata: { name: "typed-1", namespace: "default", labels: { app: "typed-crud" } } });
  t.is(created.status?.phase, "Pending");
  t.truthy(created.metadata?.uid);
  const read = await client.get<PodShape>("pods", "default", "typed-1");
  t.is(read.metadata?.resourceVersion, created.metadata?.resourceVersion);
  const list = await client.list<PodShape>("po", { namespace: "default", labelSelector: "app=typed-crud" });
  t.deepEqual(list.items.map((item) => item.metadata?.name), ["typed-1"]);
  t.true(Number(list.resourceVersion) >= Number(created.metadata?.resourceVersion));
  const withStatus = await client.updateStatus<PodShape>({ ...read, status: { phase: "Running" } });
  t.is(withStatus.status?.phase, "Running");
  await client.delete("pods", "default", "typed-1", { gracePeriodSeconds: 0 });
  const error = await t.throwsAsync(client.get("pods", "default", "typed-1"), { instanceOf: ApiError });
  t.is(error?.reason, "NotFound");
});

test("the typed client gets Status errors with their causes over protobuf", async (t) => {
  const bad = pod("Bad_Name");
  const error = await t.throwsAsync(client.create(bad), { instanceOf: ApiError });
  t.is(error?.reason, "Invalid");
  t.is(error?.code, 422);
  t.is(error?.details?.causes?.[0]?.field, "metadata.name");
});

test("bind assigns a pending pod to a node once and marks it scheduled", async (t) => {
  const created = await client.create(pod("to-bind"));
  const bound = await client.bind<PodShape>("default", "to-bind", "node-1", created.metadata?.uid);
  t.is(bound.spec?.nodeName, "node-1");
  t.deepEqual(bound.status?.conditions?.map((condition) => [condition.type, condition.status]), [["PodScheduled", "True"]]);
  const again = await t.throwsAsync(client.bind("default", "to-bind", "node-2"), { instanceOf: ApiError });
  t.is(again?.reason, "Conflict");
  t.regex(again?.message ?? "", /already assigned to node "node-1"/);
  t.is((await client.get<PodShape>("pods", "default", "to-bind")).spec?.nodeName, "node-1");
});

test("bind refuses a pod whose uid differs, a missing pod, and an empty node name", async (t) => {
  await client.create(pod("uid-check"));
  const wrongUid = await t.throwsAsync(client.bind("default", "uid-check", "node-1", "not-the-uid"), { instanceOf: ApiError });
  t.is(wrongUid?.reason, "Conflict");
  const missing = await t.throwsAsync(client.bind("default", "no-such-pod", "node-1"), { instanceOf: ApiError });
  t.is(missing?.reason, "NotFound");
  const noNode = await t.throwsAsync(client.bind("default", "uid-check", ""), { instanceOf: ApiError });
  t.is(noNode?.reason, "BadRequest");
});

test("concurrent binds of one pod: exactly one succeeds", async (t) => {
  await client.create(pod("race-bind"));
  const results = await Promise.allSettled(["node-a", "node-b", "node-c"].map((node) => client.bind("default", "race-bind", node)));
  t.is(results.filter((result) => result.status === "fulfilled").length, 1);
  t.is(results.filter((result) => result.status === "rejected").length, 2);
});

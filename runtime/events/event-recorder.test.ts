import test from "ava";
import { TypedApiClient } from "../api-client/typed-api-client.ts";
import type { ApiObject } from "../store/object-repository.ts";
import { startApiTestCluster, type ApiTestCluster } from "../../test/helpers/api-cluster.ts";
import { EventRecorder } from "./event-recorder.ts";

let cluster: ApiTestCluster;
let client: TypedApiClient;
test.before(async () => {
  cluster = await startApiTestCluster();
  client = new TypedApiClient(cluster.nc);
});
test.after.always(async () => {
  await cluster?.stop();
});

interface EventShape extends ApiObject {
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string; uid?: string };
  source?: { component?: string; host?: string };
}

async function eventsAbout(name: string): Promise<EventShape[]> {
  const { items } = await client.list<EventShape>("events", { namespace: "default" });
  return items.filter((event) => event.involvedObject?.name === name);
}

test("an event about an object is stored with its reference, reason, message and source", async (t) => {
  const pod = await client.create<ApiObject>({ apiVersion: "v1", kind: "Pod", metadata: { name: "evented" }, spec: { containers: [{ name: "c", image: "busybox" }] } });
  const recorder = new EventRecorder(client, { component: "default-scheduler", host: "scheduler-1" });
  await recorder.record(pod, "Warning", "FailedScheduling", "0/3 nodes are available: 3 Insufficient cpu.");
  const [event] = await eventsAbout("evented");
  t.is(event.reason, "FailedScheduling");
  t.is(event.type, "Warning");
  t.is(event.message, "0/3 nodes are available: 3 Insufficient cpu.");
  t.is(event.involvedObject?.kind, "Pod");
  t.is(event.involvedObject?.uid, pod.metadata?.uid);
  t.is(event.source?.component, "default-scheduler");
  t.is(event.count, 1);
});

test("repeats within the window raise the count of one event; a new message is a new event", async (t) => {
  const node = await client.create<ApiObject>({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "repeated" } });
  const recorder = new EventRecorder(client, { component: "test" });
  for (let i = 0; i < 3; i++) await recorder.record(node, "Normal", "Synced", "all good");
  await recorder.record(node, "Normal", "Synced", "something else");
  const events = await eventsAbout("repeated");
  t.deepEqual(events.map((event) => [event.message, event.count]).sort(), [["all good", 3], ["something else", 1]]);
});

test("a failure to record is logged, not thrown", async (t) => {
  const recorder = new EventRecorder(client, { component: "test" });
  await t.notThrowsAsync(recorder.record({ apiVersion: "v1", kind: "Pod", metadata: { name: "ghost", namespace: "no-such-namespace", uid: "x" } }, "Normal", "Nothing", "refused: the namespace is missing"));
});

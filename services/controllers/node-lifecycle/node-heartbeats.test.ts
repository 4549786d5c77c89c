import test from "ava";
import { encodeMessage } from "../../../runtime/codec/protobuf.ts";
import { MemoryStore } from "../../../runtime/store/memory-store.ts";
import { nodeLeaseKey } from "../../../runtime/subjects.ts";
import { NodeHeartbeats } from "./node-heartbeats.ts";

const lease = (renewTime: string) => encodeMessage("Lease", { apiVersion: "coordination.k8s.io/v1", kind: "Lease", metadata: { name: "n1" }, spec: { holderIdentity: "n1", renewTime } });
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
};

test("a node's heartbeat is when this process saw its renewTime change, on its own clock", async (t) => {
  const store = new MemoryStore();
  let clock = 1000;
  const heartbeats = new NodeHeartbeats({ store, now: () => new Date(clock) });
  const revision = await store.create(nodeLeaseKey("n1"), lease("2026-11-21T10:00:00.000Z"));
  await store.create("leader.troupe-scheduler", lease("2026-11-21T10:00:00.000Z"));
  await heartbeats.start();
  t.is(heartbeats.lastHeartbeat("n1")?.getTime(), 1000, "a lease present at start counts as seen now");
  t.is(heartbeats.lastHeartbeat("troupe-scheduler"), undefined, "leader leases are not node heartbeats");

  clock = 2000;
  const rewritten = await store.update(nodeLeaseKey("n1"), lease("2026-11-21T10:00:00.000Z"), revision);
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.is(heartbeats.lastHeartbeat("n1")?.getTime(), 1000, "an unchanged renewTime is not a heartbeat");
  clock = 3000;
  await store.update(nodeLeaseKey("n1"), lease("2030-01-01T00:00:00.000Z"), rewritten);
  await until(() => heartbeats.lastHeartbeat("n1")?.getTime() === 3000);
  t.is(heartbeats.lastHeartbeat("n1")?.getTime(), 3000, "a changed renewTime is, whatever its value");
  heartbeats.stop();
});

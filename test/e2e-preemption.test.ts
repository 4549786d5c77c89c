// Issue 12, priority and preemption, end to end: on a full one-node cluster a pod of a high
// PriorityClass makes the scheduler evict a lower-priority pod and takes its place.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string; priority?: number };
  status?: { nominatedNodeName?: string };
}

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1 });
});
test.after.always(async () => {
  await cluster?.stop();
});

const container = (cpu: string) => [{ name: "hello", image: "hello:plain-text", resources: { requests: { cpu, memory: "16Mi" } } }];

async function pods(selector: string): Promise<PodJson[]> {
  return (await cluster.json.list("pods", { namespace: "default", labelSelector: selector })).items as PodJson[];
}

test.serial("a high-priority pod preempts a low-priority one on a full node", async (t) => {
  await cluster.json.create({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "high" }, value: 1000 });
  // Two 900m pods fill the node's 2 cpu (node-1), no room for a 500m pod.
  await cluster.json.apply({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "low", namespace: "default" },
    spec: { replicas: 2, selector: { matchLabels: { app: "low" } }, template: { metadata: { labels: { app: "low" } }, spec: { containers: container("900m") } } },
  });
  await eventually(() => pods("app=low"), (items) => items.filter((pod) => pod.spec?.nodeName).length === 2, "2 low pods bound", 60_000);
  await cluster.json.create({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "important", namespace: "default", labels: { app: "important" } },
    spec: { priorityClassName: "high", containers: container("500m") },
  });
  const [important] = await eventually(() => pods("app=important"), (items) => items[0]?.spec?.nodeName === "node-1", "the high-priority pod bound to node-1", 90_000);
  t.is(important.spec?.priority, 1000);
  // One low pod was evicted (its replacement finds no room), the other still runs.
  const low = await pods("app=low");
  t.is(low.filter((pod) => pod.spec?.nodeName && !pod.metadata?.deletionTimestamp).length, 1);
  type EventJson = { reason?: string; message?: string; involvedObject?: { name?: string } };
  const listEvents = async () => ((await cluster.json.list("events", { namespace: "default" })).items as EventJson[]).filter((event) => event.reason === "Preempted");
  const preempted = await eventually(listEvents, (items) => items.length > 0, "a Preempted event", 30_000);
  t.regex(preempted[0].message ?? "", /^Preempted by pod .+ on node node-1$/);
  t.regex(preempted[0].involvedObject?.name ?? "", /^low-/);
});

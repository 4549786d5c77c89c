// Issue 3 end to end: a 3-node cluster (every role its own process, the process driver) runs the
// hello example as Kubernetes would.
import test from "ava";
import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 3 });
});
test.after.always(async () => {
  await cluster?.stop();
});

async function pods(selector: string): Promise<PodJson[]> {
  return (await cluster.json.list("pods", { namespace: "default", labelSelector: selector })).items as PodJson[];
}

/** Read, change, write back; the deployment controller writes the same object, so retry a Conflict. */
async function scale(name: string, replicas: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.json.get("deploy", name);
    try {
      await cluster.json.update({ ...current, spec: { ...(current.spec as object), replicas } });
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "Conflict") || attempt > 5) throw error;
    }
  }
}

const active = (items: PodJson[]) => items.filter((pod) => !pod.metadata?.deletionTimestamp);
const runningReady = (items: PodJson[]) => items.filter((pod) => pod.status?.phase === "Running" && pod.status.conditions?.some((c) => c.type === "Ready" && c.status === "True"));

test.serial("the hello example's 3 replicas are all Running and Ready, one per node", async (t) => {
  const text = await readFile(`${REPO_ROOT}/examples/hello/deployment.yaml`, "utf8");
  for (const document of parseAllDocuments(text)) await cluster.json.apply(document.toJS() as KubeObject);
  const ready = await eventually(() => pods("app=hello"), (items) => runningReady(items).length === 3, "3 hello pods Running and Ready", 30_000);
  t.deepEqual(ready.map((pod) => pod.spec?.nodeName).sort(), ["node-1", "node-2", "node-3"]);
});

test.serial("a deleted pod is replaced by the ReplicaSet", async (t) => {
  const [victim] = await pods("app=hello");
  await cluster.json.delete("pods", victim.metadata?.name ?? "", { namespace: "default" });
  const after = await eventually(() => pods("app=hello"), (items) => runningReady(items).length === 3 && !items.some((pod) => pod.metadata?.name === victim.metadata?.name), "a replacement pod", 30_000);
  t.is(active(after).length, 3);
});

test.serial("scaling 3 -> 10 -> 2: the pod count follows and never overshoots", async (t) => {
  let most = 0;
  const track = async () => {
    const items = active(await pods("app=hello"));
    most = Math.max(most, items.length);
    return items;
  };
  await scale("hello", 10);
  await eventually(track, (items) => runningReady(items).length === 10, "10 pods running", 40_000);
  t.is(most, 10, "never more than 10 pods");
  await scale("hello", 2);
  const settled = await eventually(track, (items) => items.length === 2, "2 pods left", 40_000);
  t.is(settled.length, 2);
});

test.serial("a pod asking more cpu than any node has stays Pending with the reason, until a big enough node joins", async (t) => {
  const hungry: KubeObject = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "hungry", namespace: "default" },
    spec: { containers: [{ name: "c", image: "hello:plain-text", resources: { requests: { cpu: "16" } } }] },
  };
  await cluster.json.create(hungry);
  const pending = await eventually(() => cluster.json.get("pods", "hungry") as Promise<PodJson>, (pod) => pod.status?.conditions?.some((c) => c.type === "PodScheduled" && c.status === "False") ?? false, "PodScheduled=False", 20_000);
  const scheduled = pending.status?.conditions?.find((c) => c.type === "PodScheduled");
  t.is(pending.status?.phase, "Pending");
  t.is(scheduled?.reason, "Unschedulable");
  t.is(scheduled?.message, "0/3 nodes are available: 3 Insufficient cpu.");
  const events = await eventually(async () => (await cluster.json.list("events", { namespace: "default" })).items, (items) => items.some((event) => (event as { reason?: string }).reason === "FailedScheduling"), "a FailedScheduling event");
  t.truthy(events.find((event) => (event.involvedObject as { name?: string } | undefined)?.name === "hungry"));

  // A big node: its kubelet registers it with 32 cores.
  const { spawn } = await import("node:child_process");
  const { SERVICE_NODE_ENV, serviceNodeFlags } = await import("../cli/cluster/cluster-services.ts");
  const big = spawn(process.execPath, [...serviceNodeFlags("services/kubelet/main.ts"), "services/kubelet/main.ts"], {
    cwd: REPO_ROOT, stdio: "ignore",
    env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_NATS_URL: cluster.server.url, TROUPE_NODE_NAME: "big-node", TROUPE_NODE_CPU: "32", TROUPE_KUBELET_DIR: cluster.kubeletDir, TROUPE_METRICS_PORT: "0", TROUPE_LOG_LEVEL: "warn" },
  });
  cluster.roles.push({ name: "big-node", process: big });
  const running = await eventually(() => cluster.json.get("pods", "hungry") as Promise<PodJson>, (pod) => pod.status?.phase === "Running", "hungry Running on the big node", 30_000);
  t.is(running.spec?.nodeName, "big-node");
});

test.serial("deleting the Deployment removes its ReplicaSets and pods", async (t) => {
  await cluster.json.delete("deployments", "hello", { namespace: "default" });
  await eventually(async () => [...(await cluster.json.list("replicasets", { namespace: "default" })).items, ...(await pods("app=hello"))], (items) => items.length === 0, "no ReplicaSet or pod left", 30_000);
  t.pass();
});

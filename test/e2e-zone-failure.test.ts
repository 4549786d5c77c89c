// Issue 12, a zone failing: with 3 nodes in zones a, b, c and a Deployment spread over the zones
// (ScheduleAnyway, so it may bunch up while a zone is gone), killing zone c's only node moves its
// pods to a and b; once the zone is back, the next revision spreads 2/2/2 again (running pods
// are never moved, as in Kubernetes without a descheduler).
import test from "ava";
import { join } from "node:path";
import type { KubeObject } from "../runtime/api-client.ts";
import { ContainerLedger } from "../services/kubelet/container-ledger.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { phase?: string };
}

const ZONE_OF: Record<string, string> = { "node-1": "a", "node-2": "b", "node-3": "c" };

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 3, zones: ["a", "b", "c"] });
});
test.after.always(async () => {
  // The killed kubelet's containers outlive it, as on a real machine they would not: reap them.
  if (cluster) await new ContainerLedger(join(cluster.kubeletDir, "node-3")).reap();
  await cluster?.stop();
});

function deployment(restartedAt?: string): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "zonal", namespace: "default" },
    spec: {
      replicas: 6,
      selector: { matchLabels: { app: "zonal" } },
      template: {
        metadata: { labels: { app: "zonal" }, annotations: restartedAt ? { "kubectl.kubernetes.io/restartedAt": restartedAt } : {} },
        spec: {
          topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { app: "zonal" } }, matchLabelKeys: ["pod-template-hash"] }],
          containers: [{ name: "hello", image: "hello:plain-text", resources: { requests: { cpu: "10m", memory: "16Mi" } } }],
        },
      },
    },
  };
}

const live = async () => ((await cluster.json.list("pods", { namespace: "default", labelSelector: "app=zonal" })).items as PodJson[]).filter((pod) => !pod.metadata?.deletionTimestamp);
const running = (items: PodJson[]) => items.filter((pod) => pod.status?.phase === "Running" && pod.spec?.nodeName);

function perZone(items: PodJson[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const pod of items) {
    const zone = ZONE_OF[pod.spec?.nodeName ?? ""] ?? "?";
    counts[zone] = (counts[zone] ?? 0) + 1;
  }
  return counts;
}

test.serial("a zone's pods move to the other zones when it fails, and the next revision spreads over all three when it is back", async (t) => {
  await cluster.json.apply(deployment());
  const first = await eventually(live, (items) => running(items).length === 6, "6 zonal pods Running", 60_000);
  t.deepEqual(perZone(first), { a: 2, b: 2, c: 2 });

  await cluster.kill("node-3");
  const moved = await eventually(live, (items) => running(items).length === 6 && items.every((pod) => pod.spec?.nodeName !== "node-3"), "6 zonal pods Running in zones a and b", 90_000);
  t.deepEqual(perZone(running(moved)), { a: 3, b: 3 });

  await cluster.addNode(3);
  // A new revision as `kubectl rollout restart` makes one: a patch of the template (a get and
  // update would race the Deployment controller's status writes and meet a 409).
  const restarted = deployment(new Date().toISOString());
  await cluster.json.patch("deployments", "zonal", { namespace: "default", patchType: "merge", patch: { spec: { template: (restarted.spec as { template: unknown }).template } } });
  const hashes = (items: PodJson[]) => new Set(items.map((pod) => (pod.metadata?.labels as Record<string, string> | undefined)?.["pod-template-hash"]));
  const spreadAgain = await eventually(live, (items) => items.length === 6 && running(items).length === 6 && hashes(items).size === 1 && !hashes(moved).has([...hashes(items)][0]), "6 pods of the new revision Running", 120_000);
  t.deepEqual(perZone(spreadAgain), { a: 2, b: 2, c: 2 });
});

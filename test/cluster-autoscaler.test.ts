// The cluster autoscaler end to end, in a cluster secured as `troupe up` secures it: node-1
// (2 cpu, in no node group) and a group "burst" (0..2 nodes of 10 cpu) whose nodes a node
// provider in this process starts as kubelet processes, answering the NATS contract with the
// supervisor's credentials. Pods that fit on no node make a node join; when they go, the node is
// drained and removed after the (shortened) unneeded time; a pod no group can take makes none.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { parse } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { LocalNodeGroupProvider } from "../runtime/node-groups/local-node-group-provider.ts";
import { serveNodeGroupProvider } from "../runtime/node-groups/nats-node-group-provider.ts";
import type { NodeGroup } from "../services/controllers/cluster-autoscaler/node-group-config.ts";
import { kubeletNodeLauncher } from "./helpers/kubelet-node-launcher.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { phase?: string; containerStatuses?: { ready?: boolean }[] };
}
interface EventJson extends KubeObject {
  reason?: string;
  message?: string;
  involvedObject?: { kind?: string; name?: string };
}

const BURST: NodeGroup = { name: "burst", minSize: 0, maxSize: 2, template: { cpu: "10", memory: "8Gi", pods: 110, labels: { pool: "burst" }, taints: [] } };

let cluster: SecureCluster;
let provider: LocalNodeGroupProvider;
let configDir: string;
const started = new Set<() => Promise<void>>();
let stopServing = () => {};

test.before(async () => {
  configDir = await mkdtemp(join(tmpdir(), "troupe-ca-test-"));
  const configFile = join(configDir, "cluster-autoscaler.json");
  await writeFile(configFile, JSON.stringify({ nodeGroups: [BURST], scanInterval: "500ms", scaleDownUnneededTime: "3s", scaleDownDelayAfterAdd: "2s" }));
  cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_CLUSTER_AUTOSCALER_CONFIG: configFile } });
  // The secure cluster minted credentials for node-2 and node-3 besides node-1.
  provider = new LocalNodeGroupProvider({
    groups: [BURST],
    maxIndex: 3,
    launcher: kubeletNodeLauncher({
      natsUrl: cluster.server.url, kubeletDir: cluster.kubeletDir, groups: [BURST], security: cluster.nats, started,
      env: { TROUPE_NODE_ADDRESS: cluster.network.nodeAddress, TROUPE_SERVICE_CIDR: cluster.network.serviceCidr, TROUPE_CLUSTER_DNS: cluster.network.clusterDns },
    }),
  });
  // Indexes already used by nodes outside the group are never handed out.
  provider.reserve(1);
  const nc = await cluster.connectWith(cluster.nats.role("supervisor"), "node-provider");
  stopServing = (await serveNodeGroupProvider(nc, [BURST.name], provider)).stop;
});

test.after.always(async () => {
  stopServing();
  await Promise.all([...started].map((stop) => stop()));
  await cluster?.stop();
  if (configDir) await rm(configDir, { recursive: true, force: true });
});

const events = async (reason: string) => ((await cluster.json.list("events", { namespace: "default" })).items as EventJson[]).filter((event) => event.reason === reason);
const nodeNames = async () => (await cluster.json.list("nodes")).items.map((node) => node.metadata?.name ?? "").sort();

test.serial("a pod whose nodeSelector no node group satisfies makes no node, with a NotTriggerScaleUp event", async (t) => {
  await cluster.json.create({
    apiVersion: "v1", kind: "Pod", metadata: { name: "picky", namespace: "default" },
    spec: { nodeSelector: { disk: "ssd" }, containers: [{ name: "c", image: "host", command: ["sleep", "3600"] }] },
  });
  const [event] = await eventually(() => events("NotTriggerScaleUp"), (found) => found.some((e) => e.involvedObject?.name === "picky"), "NotTriggerScaleUp for picky", 60_000);
  t.is(event.message, "pod didn't trigger scale-up: 1 node(s) didn't match Pod's node affinity/selector");
  t.deepEqual(await provider.nodes(BURST.name), []);
  t.deepEqual(await nodeNames(), ["node-1"]);
  await cluster.json.delete("pods", "picky", { namespace: "default" });
});

test.serial("4 pods that fit on no node make one node join and run there; once they go the node is drained (PDBs honoured) and removed", async (t) => {
  await cluster.json.apply({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "big", namespace: "default" },
    spec: {
      replicas: 4, selector: { matchLabels: { app: "big" } },
      template: { metadata: { labels: { app: "big" } }, spec: { terminationGracePeriodSeconds: 2, containers: [{ name: "c", image: "host", command: ["sleep", "3600"], resources: { requests: { cpu: "2400m", memory: "64Mi" } } }] } },
    },
  });
  const list = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=big" })).items as PodJson[];
  const running = await eventually(list, (pods) => pods.length === 4 && pods.every((pod) => pod.status?.phase === "Running" && pod.status.containerStatuses?.[0]?.ready === true), "4 big pods Running", 120_000);
  const hosts = [...new Set(running.map((pod) => pod.spec?.nodeName))];
  t.deepEqual(hosts, ["node-2"], "one new node, of the group, takes all four");
  const node = await cluster.json.get("nodes", "node-2");
  t.is(node.metadata?.labels?.["troupe.dev/node-group"], "burst");
  t.is(node.metadata?.labels?.pool, "burst");
  const triggered = await eventually(() => events("TriggeredScaleUp"), (found) => found.length > 0, "TriggeredScaleUp events");
  t.regex(triggered[0].message ?? "", /^pod triggered scale-up: \[\{burst 0->1 \(max: 2\)\}\]$/);
  const status = await cluster.json.get("configmaps", "cluster-autoscaler-status", { namespace: "kube-system" });
  const parsed = parse(String((status as { data?: { status?: string } }).data?.status)) as { autoscalerStatus: string; nodeGroups: { name: string; health: { maxSize: number } }[] };
  t.is(parsed.autoscalerStatus, "Running");
  t.deepEqual(parsed.nodeGroups.map((group) => [group.name, group.health.maxSize]), [["burst", 2]]);

  // A small pod placed on the group's node (node-1 cordoned meanwhile), guarded by a budget allowing no disruption.
  const cordon = async (unschedulable: boolean) => {
    const node1 = await cluster.json.get("nodes", "node-1");
    await cluster.json.update({ ...node1, spec: { ...(node1.spec as object), unschedulable } });
  };
  await cordon(true);
  await cluster.json.apply({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "light", namespace: "default" },
    spec: {
      replicas: 1, selector: { matchLabels: { app: "light" } },
      template: {
        metadata: { labels: { app: "light" } },
        spec: {
          terminationGracePeriodSeconds: 2,
          containers: [{ name: "c", image: "host", command: ["sleep", "3600"], resources: { requests: { cpu: "100m", memory: "32Mi" } } }],
        },
      },
    },
  });
  const light = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=light" })).items as PodJson[];
  const [placed] = await eventually(light, (pods) => pods.length === 1 && pods[0].status?.phase === "Running", "the light pod Running", 60_000);
  t.is(placed.spec?.nodeName, "node-2");
  await cordon(false);
  await cluster.json.create({ apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "light", namespace: "default" }, spec: { minAvailable: 1, selector: { matchLabels: { app: "light" } } } });
  await cluster.json.delete("deployments", "big", { namespace: "default" });
  await eventually(list, (pods) => pods.length === 0, "the big pods gone", 60_000);
  // Under-utilized now, but the budget allows no eviction: the node stays.
  const unremovable = async () => Number(/^troupe_cluster_autoscaler_unremovable_nodes\{reason="NotEnoughPdb"[^}]*\} (\S+)$/m.exec(await (await fetch(`${cluster.metricsUrls.controllers}/metrics`)).text())?.[1]);
  t.is(await eventually(unremovable, (count) => count === 1, "node-2 unremovable for its PDB", 30_000), 1);
  t.deepEqual(await nodeNames(), ["node-1", "node-2"]);

  await cluster.json.delete("poddisruptionbudgets", "light", { namespace: "default" });
  await eventually(nodeNames, (names) => names.length === 1, "node-2 drained and removed", 120_000);
  t.deepEqual(await nodeNames(), ["node-1"], "the node of no group stays");
  t.deepEqual(await provider.nodes(BURST.name), []);
  const moved = await eventually(light, (pods) => pods.length === 1 && pods[0].status?.phase === "Running" && pods[0].spec?.nodeName === "node-1", "the light pod Running on node-1", 60_000);
  t.is(moved[0].spec?.nodeName, "node-1");
  const scaleDown = await eventually(() => events("ScaleDown"), (found) => found.some((e) => e.message === "node removed by cluster autoscaler"), "ScaleDown event");
  t.true(scaleDown.some((e) => e.involvedObject?.kind === "Node" && e.involvedObject.name === "node-2" && (e.message ?? "").startsWith("marked the node as toBeDeleted/unschedulable")));
  t.true(scaleDown.some((e) => e.involvedObject?.kind === "Pod" && e.involvedObject.name === placed.metadata?.name && e.message === "deleting pod for node scale down"));
});

// Issue 12, multi-zone placement, end to end: three nodes in zones a, b and c (as `troupe up
// --zones a,b,c` labels them), the real scheduler placing Deployments with required pod
// anti-affinity, a zone topology spread constraint and pod affinity.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

const ZONE = "topology.kubernetes.io/zone";
const HOSTNAME = "kubernetes.io/hostname";

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 3, zones: ["a", "b", "c"] });
});
test.after.always(async () => {
  await cluster?.stop();
});

async function pods(selector: string): Promise<PodJson[]> {
  const items = (await cluster.json.list("pods", { namespace: "default", labelSelector: selector })).items as PodJson[];
  return items.filter((pod) => !pod.metadata?.deletionTimestamp);
}

const bound = (items: PodJson[]) => items.filter((pod) => pod.spec?.nodeName);

function deployment(name: string, replicas: number, spec: Record<string, unknown>): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default" },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: "hello", image: "hello:plain-text", resources: { requests: { cpu: "10m", memory: "16Mi" } } }], ...spec },
      },
    },
  };
}

async function zoneOfNode(): Promise<Map<string, string>> {
  const nodes = (await cluster.json.list("nodes")).items;
  return new Map(nodes.map((node) => [node.metadata?.name ?? "", (node.metadata?.labels as Record<string, string> | undefined)?.[ZONE] ?? ""]));
}

test.serial("the nodes carry the zone and region labels, round-robin over a, b, c", async (t) => {
  const nodes = (await cluster.json.list("nodes")).items;
  const labels = Object.fromEntries(nodes.map((node) => [node.metadata?.name, node.metadata?.labels as Record<string, string>]));
  t.deepEqual(["node-1", "node-2", "node-3"].map((name) => labels[name]?.[ZONE]), ["a", "b", "c"]);
  t.deepEqual(["node-1", "node-2", "node-3"].map((name) => labels[name]?.["topology.kubernetes.io/region"]), ["local", "local", "local"]);
});

test.serial("required anti-affinity on hostname puts one replica per node; a 4th stays Pending with the reason", async (t) => {
  const antiAffinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "solo" } }, topologyKey: HOSTNAME }] } };
  await cluster.json.apply(deployment("solo", 3, { affinity: antiAffinity }));
  const placed = await eventually(() => pods("app=solo"), (items) => bound(items).length === 3, "3 solo pods bound", 60_000);
  t.deepEqual(bound(placed).map((pod) => pod.spec?.nodeName).sort(), ["node-1", "node-2", "node-3"]);
  const current = await cluster.json.get("deploy", "solo", { namespace: "default" });
  await cluster.json.update({ ...current, spec: { ...(current.spec as object), replicas: 4 } });
  const pending = await eventually(
    () => pods("app=solo"),
    (items) => items.length === 4 && items.some((pod) => !pod.spec?.nodeName && pod.status?.conditions?.some((c) => c.type === "PodScheduled" && c.status === "False")),
    "a 4th solo pod Pending with PodScheduled=False",
    60_000,
  );
  const unscheduled = pending.find((pod) => !pod.spec?.nodeName);
  const condition = unscheduled?.status?.conditions?.find((c) => c.type === "PodScheduled");
  t.is(condition?.reason, "Unschedulable");
  t.is(condition?.message, "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.");
  t.is(bound(pending).length, 3);
  await cluster.json.delete("deploy", "solo", { namespace: "default" });
  await eventually(() => pods("app=solo"), (items) => items.length === 0, "solo pods gone", 60_000);
});

test.serial("6 replicas with a zone spread constraint of maxSkew 1 land 2/2/2 over the three zones", async (t) => {
  const constraint = { maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "spread" } } };
  await cluster.json.apply(deployment("spread", 6, { topologySpreadConstraints: [constraint] }));
  const placed = await eventually(() => pods("app=spread"), (items) => bound(items).length === 6, "6 spread pods bound", 60_000);
  const zones = await zoneOfNode();
  const perZone: Record<string, number> = {};
  for (const pod of placed) perZone[zones.get(pod.spec?.nodeName ?? "") ?? "?"] = (perZone[zones.get(pod.spec?.nodeName ?? "") ?? "?"] ?? 0) + 1;
  t.deepEqual(perZone, { a: 2, b: 2, c: 2 });
  await cluster.json.delete("deploy", "spread", { namespace: "default" });
});

test.serial("required pod affinity co-locates a Deployment's pods with a labelled pod", async (t) => {
  // The labelled pod is pinned to node-2 (zone b); the followers must follow it to that node.
  await cluster.json.create({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "anchor", namespace: "default", labels: { role: "anchor" } },
    spec: { nodeSelector: { [HOSTNAME]: "node-2" }, containers: [{ name: "hello", image: "hello:plain-text", resources: { requests: { cpu: "10m", memory: "16Mi" } } }] },
  });
  await eventually(() => pods("role=anchor"), (items) => items[0]?.spec?.nodeName === "node-2", "the anchor pod bound to node-2", 60_000);
  const affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { role: "anchor" } }, topologyKey: HOSTNAME }] } };
  await cluster.json.apply(deployment("follower", 3, { affinity }));
  const placed = await eventually(() => pods("app=follower"), (items) => bound(items).length === 3, "3 follower pods bound", 60_000);
  t.deepEqual(placed.map((pod) => pod.spec?.nodeName), ["node-2", "node-2", "node-2"]);
});

test.serial("a spread constraint with maxSkew 0 is refused with the field named", async (t) => {
  const bad = deployment("bad", 1, { topologySpreadConstraints: [{ maxSkew: 0, topologyKey: ZONE, whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "bad" } } }] });
  const error = await t.throwsAsync(cluster.json.create(bad));
  t.regex(error?.message ?? "", /spec\.template\.spec\.topologySpreadConstraints\[0\]\.maxSkew: Invalid value: 0: must be greater than zero/);
});

test.serial("priorityClassName becomes the pod's priority at admission; an unknown class is refused", async (t) => {
  await cluster.json.create({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "high" }, value: 1000, description: "test" });
  const pod = (name: string, priorityClassName: string): KubeObject => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default" },
    spec: { priorityClassName, containers: [{ name: "hello", image: "hello:plain-text", resources: { requests: { cpu: "10m", memory: "16Mi" } } }] },
  });
  const created = (await cluster.json.create(pod("important", "high"))) as { spec?: { priority?: number; preemptionPolicy?: string } };
  t.is(created.spec?.priority, 1000);
  t.is(created.spec?.preemptionPolicy, "PreemptLowerPriority");
  const critical = (await cluster.json.create(pod("critical", "system-cluster-critical"))) as { spec?: { priority?: number } };
  t.is(critical.spec?.priority, 2_000_000_000);
  const error = await t.throwsAsync(cluster.json.create(pod("lost", "nonexistent")));
  t.is(error?.message, 'pods "lost" is forbidden: no PriorityClass with name nonexistent was found');
  await cluster.json.create({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "default-a" }, value: 1, globalDefault: true });
  const second = await t.throwsAsync(cluster.json.create({ apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "default-b" }, value: 2, globalDefault: true }));
  t.regex(second?.message ?? "", /PriorityClass default-a is already marked as default\. Only one default can exist/);
  // A pod naming no class now gets the global default's priority.
  const defaulted = (await cluster.json.create(pod("plain", ""))) as { spec?: { priority?: number; priorityClassName?: string } };
  t.is(defaulted.spec?.priority, 1);
  t.is(defaulted.spec?.priorityClassName, "default-a");
});

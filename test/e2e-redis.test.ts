// Issue 14 end to end: the Kubernetes Redis example (examples/redis, applied unchanged) on a
// 3-node cluster with the process driver: three real redis-server processes created in order,
// each with its own claim from the `standard` class mounted at /data, DNS names through the
// headless Service, data that survives the pod, scaling that keeps claims, and a partitioned
// rolling update.
import { Resolver } from "node:dns/promises";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { createClient } from "redis";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { ensureDefaultStorageClass } from "../cli/cluster/default-storage-class.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";

interface PodJson extends KubeObject {
  metadata: { name: string; namespace?: string; uid?: string; labels?: Record<string, string>; deletionTimestamp?: string };
  spec?: { volumes?: { name: string; persistentVolumeClaim?: { claimName: string } }[] };
  status?: {
    podIP?: string;
    phase?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: { ports?: { containerPort: number; hostPort?: number; hostIP?: string }[] }[];
  };
}
interface ClaimJson extends KubeObject {
  metadata: { name: string; namespace?: string; uid?: string };
  spec?: { volumeName?: string; storageClassName?: string };
  status?: { phase?: string };
}
interface SetJson extends KubeObject {
  spec: { replicas?: number; updateStrategy?: object; template: { metadata?: { annotations?: Record<string, string> } } };
  status?: { readyReplicas?: number; updateRevision?: string; currentRevision?: string };
}

const root = process.getuid?.() === 0;
let cluster: WorkloadCluster;
const NAMES = ["redis-cluster-0", "redis-cluster-1", "redis-cluster-2"];

test.before(async () => {
  if (!root) return;
  cluster = await startWorkloadCluster({ nodes: 3, proxies: true, images: [join(REPO_ROOT, "examples", "redis", "app")] });
  await ensureDefaultStorageClass(cluster.server.url);
});
test.after.always(async () => {
  await cluster?.stop();
});

async function manifests(): Promise<KubeObject[]> {
  const objects: KubeObject[] = [];
  for (const file of ["service.yaml", "statefulset.yaml"]) {
    const text = await readFile(join(REPO_ROOT, "examples", "redis", file), "utf8");
    for (const document of parseAllDocuments(text)) objects.push({ ...(document.toJS() as KubeObject) });
  }
  return objects.map((object) => ({ ...object, metadata: { namespace: "default", ...object.metadata } }));
}

const isReady = (pod: PodJson) => pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;

async function pod(name: string): Promise<PodJson | undefined> {
  return (await cluster.json.get("pods", name).catch(() => undefined)) as PodJson | undefined;
}

async function readyPod(name: string, not?: string): Promise<PodJson> {
  const found = await eventually(() => pod(name), (p) => p !== undefined && p.metadata.uid !== not && !p.metadata.deletionTimestamp && isReady(p), `${name} Ready`, 60_000);
  return found as PodJson;
}

function redisAddress(p: PodJson): { host: string; port: number } {
  const mapping = p.status?.containerStatuses?.[0]?.ports?.find((port) => port.containerPort === 6379);
  return { host: mapping?.hostIP ?? p.status?.podIP ?? "", port: mapping?.hostPort ?? 6379 };
}

async function withRedis<T>(p: PodJson, use: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const { host, port } = redisAddress(p);
  const client = createClient({ socket: { host, port, reconnectStrategy: false, connectTimeout: 5000 } });
  client.on("error", () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.quit().catch(() => client.destroy());
  }
}

/**
 * The example has no readiness probe (it is the seed's manifest, unchanged), so Ready means the
 * process runs, not that redis-server listens yet: a command is retried until redis answers.
 */
async function redisCommand<T>(p: PodJson, use: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      return await withRedis(p, use);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function claims(): Promise<Map<string, ClaimJson>> {
  const list = await cluster.json.list("persistentvolumeclaims", { namespace: "default" });
  return new Map((list.items as ClaimJson[]).map((claim) => [claim.metadata.name, claim]));
}

test.serial("the Redis example: pods 0, 1, 2 created in order, each Ready before the next, each with a Bound claim of class standard", async (t) => {
  if (!root) return t.log("not root: the /data claim is a bind mount in the container's mount namespace, which needs root; skipped");
  const watch = await cluster.json.watch("pods", { namespace: "default" });
  const timeline: string[] = [];
  const seenReady = new Set<string>();
  const recording = (async () => {
    for await (const event of watch) {
      const p = event.object as PodJson;
      if (event.type === "ADDED") timeline.push(`created ${p.metadata.name}`);
      if (isReady(p) && !seenReady.has(p.metadata.name)) {
        seenReady.add(p.metadata.name);
        timeline.push(`ready ${p.metadata.name}`);
      }
    }
  })();
  for (const object of await manifests()) await cluster.json.apply(object);
  for (const name of NAMES) await readyPod(name);
  await watch.stop();
  await recording;
  t.deepEqual(timeline, NAMES.flatMap((name) => [`created ${name}`, `ready ${name}`]), "OrderedReady: each pod Ready before the next is created");

  const byName = await claims();
  for (const name of NAMES) {
    const claim = byName.get(`redis-data-${name}`);
    t.is(claim?.status?.phase, "Bound", `redis-data-${name} Bound`);
    const volume = await cluster.json.get("persistentvolumes", claim?.spec?.volumeName ?? "");
    t.is((volume as { spec?: { storageClassName?: string } }).spec?.storageClassName, "standard");
    const p = await pod(name);
    t.is(p?.spec?.volumes?.find((v) => v.name === "redis-data")?.persistentVolumeClaim?.claimName, `redis-data-${name}`);
  }
});

test.serial("redis-cluster-1.redis-service resolves to that pod's IP through the cluster DNS", async (t) => {
  if (!root) return t.log("not root: skipped with the example (see above)");
  const p = await readyPod("redis-cluster-1");
  const resolver = new Resolver();
  resolver.setServers([cluster.network.clusterDns]);
  const addresses = await eventually(() => resolver.resolve4("redis-cluster-1.redis-service.default.svc.cluster.local").catch(() => []), (a) => a.length > 0, "the pod's DNS name", 20_000);
  t.deepEqual(addresses, [p.status?.podIP]);
});

test.serial("a key SET on redis-cluster-0 survives delete pod: the pod comes back with the same name, claim and data", async (t) => {
  if (!root) return t.log("not root: skipped with the example (see above)");
  const before = await readyPod("redis-cluster-0");
  const claimBefore = (await claims()).get("redis-data-redis-cluster-0");
  t.is(await redisCommand(before, (client) => client.set("greeting", "survives the pod")), "OK");
  await cluster.json.delete("pods", "redis-cluster-0");
  const after = await readyPod("redis-cluster-0", before.metadata.uid);
  t.not(after.metadata.uid, before.metadata.uid, "a new pod");
  t.is(after.spec?.volumes?.find((v) => v.name === "redis-data")?.persistentVolumeClaim?.claimName, "redis-data-redis-cluster-0");
  t.is((await claims()).get("redis-data-redis-cluster-0")?.metadata.uid, claimBefore?.metadata.uid, "the same claim");
  t.is(await redisCommand(after, (client) => client.get("greeting")), "survives the pod");
});

test.serial("scale to 1 removes 2 then 1 and keeps their claims; scale to 3 reuses them", async (t) => {
  if (!root) return t.log("not root: skipped with the example (see above)");
  const claimsBefore = await claims();
  const watch = await cluster.json.watch("pods", { namespace: "default" });
  const deleted: string[] = [];
  const recording = (async () => {
    for await (const event of watch) if (event.type === "DELETED") deleted.push(event.object.metadata?.name ?? "");
  })();
  const scale = async (replicas: number) => {
    const set = (await cluster.json.get("statefulsets", "redis-cluster")) as SetJson;
    await cluster.json.update({ ...set, spec: { ...set.spec, replicas } });
  };
  await scale(1);
  await eventually(async () => [await pod("redis-cluster-1"), await pod("redis-cluster-2")], (pods) => pods.every((p) => p === undefined), "pods 1 and 2 gone", 60_000);
  await watch.stop();
  await recording;
  t.deepEqual(deleted, ["redis-cluster-2", "redis-cluster-1"], "highest ordinal first, one at a time");
  const kept = await claims();
  for (const name of NAMES) t.is(kept.get(`redis-data-${name}`)?.metadata.uid, claimsBefore.get(`redis-data-${name}`)?.metadata.uid, `redis-data-${name} kept`);

  await scale(3);
  for (const name of NAMES) await readyPod(name);
  const reused = await claims();
  for (const name of NAMES) t.is(reused.get(`redis-data-${name}`)?.metadata.uid, claimsBefore.get(`redis-data-${name}`)?.metadata.uid, `redis-data-${name} reused`);
});

test.serial("a rolling update with partition 2 updates only ordinal 2", async (t) => {
  if (!root) return t.log("not root: skipped with the example (see above)");
  const set = (await cluster.json.get("statefulsets", "redis-cluster")) as SetJson;
  const hashes = async () => Promise.all(NAMES.map(async (name) => (await pod(name))?.metadata.labels?.["controller-revision-hash"]));
  const [old0, old1] = await hashes();
  await cluster.json.update({
    ...set,
    spec: {
      ...set.spec,
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 2 } },
      template: { ...set.spec.template, metadata: { ...set.spec.template.metadata, annotations: { "example.com/revision": "2" } } },
    },
  });
  const updated = await eventually(
    async () => (await cluster.json.get("statefulsets", "redis-cluster")) as SetJson,
    (s) => s.status?.updateRevision !== undefined && s.status.updateRevision !== s.status.currentRevision,
    "a new update revision",
  );
  // The label holds the revision's name (<set>-<hash>), as Kubernetes writes it.
  const updateRevision = updated.status?.updateRevision ?? "";
  await eventually(() => pod("redis-cluster-2"), (p) => p !== undefined && isReady(p) && p.metadata.labels?.["controller-revision-hash"] === updateRevision, "ordinal 2 Ready on the update revision", 40_000);
  const [new0, new1] = await hashes();
  t.is(new0, old0, "ordinal 0 keeps its revision");
  t.is(new1, old1, "ordinal 1 keeps its revision");
});

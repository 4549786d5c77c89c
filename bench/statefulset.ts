// The Redis StatefulSet of examples/redis on a 3-node cluster (every role its own process, the
// process driver, as root: the claims are bind mounts): per round, apply to all 3 pods Ready
// (OrderedReady: one after the other) and answering PING, then `delete pod redis-cluster-0` to Ready again with the
// key written before still there. Figures are medians over BENCH_ROUNDS (default 3).
// Baseline, in the same run: 3 redis-server processes started one after the other by this
// process, each waited for until it answers PING (the floor of OrderedReady), and one of them
// stopped and started again on its data until the key reads back (the floor of the restart).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "redis";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { ensureDefaultStorageClass } from "../cli/cluster/default-storage-class.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { REPO_ROOT } from "../test/helpers/troupe-cli.ts";
import { percentile, report, round } from "./stats.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const NAMES = ["redis-cluster-0", "redis-cluster-1", "redis-cluster-2"];

interface PodJson extends KubeObject {
  metadata: { name: string; namespace?: string; uid?: string; deletionTimestamp?: string };
  status?: { podIP?: string; conditions?: { type: string; status: string }[]; containerStatuses?: { ports?: { containerPort: number; hostPort?: number; hostIP?: string }[] }[] };
}

const isReady = (pod: PodJson | undefined) => pod?.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true && !pod.metadata.deletionTimestamp;

async function redisValue(host: string, port: number, command: (client: ReturnType<typeof createClient>) => Promise<unknown>): Promise<unknown> {
  const client = createClient({ socket: { host, port, reconnectStrategy: false, connectTimeout: 2000 } });
  client.on("error", () => {});
  await client.connect();
  try {
    return await command(client);
  } finally {
    await client.quit().catch(() => client.destroy());
  }
}

async function untilAnswers(host: string, port: number, command: (client: ReturnType<typeof createClient>) => Promise<unknown>, expected: unknown): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await redisValue(host, port, command).catch(() => undefined);
    if (value === expected) return;
    if (Date.now() > deadline) throw new Error(`redis on ${host}:${port} did not answer ${String(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function manifests(): Promise<KubeObject[]> {
  const objects: KubeObject[] = [];
  for (const file of ["service.yaml", "statefulset.yaml"]) {
    const text = await readFile(join(REPO_ROOT, "examples", "redis", file), "utf8");
    for (const document of parseAllDocuments(text)) objects.push(document.toJS() as KubeObject);
  }
  return objects.map((object) => ({ ...object, metadata: { namespace: "default", ...object.metadata } }));
}

function address(pod: PodJson): { host: string; port: number } {
  const mapping = pod.status?.containerStatuses?.[0]?.ports?.find((port) => port.containerPort === 6379);
  return { host: mapping?.hostIP ?? pod.status?.podIP ?? "", port: mapping?.hostPort ?? 6379 };
}

const pod = (cluster: WorkloadCluster, name: string) => cluster.json.get("pods", name).catch(() => undefined) as Promise<PodJson | undefined>;

async function clusterRound(cluster: WorkloadCluster): Promise<{ applyToReadyMs: number; deleteToReadyWithDataMs: number }> {
  const applied = performance.now();
  for (const object of await manifests()) await cluster.json.apply(object);
  // Ready (the example has no readiness probe: the process runs) and answering, like the baseline.
  for (const name of NAMES) {
    const ready = (await eventually(() => pod(cluster, name), isReady, `${name} Ready`, 60_000)) as PodJson;
    await untilAnswers(address(ready).host, address(ready).port, (client) => client.ping(), "PONG");
  }
  const applyToReadyMs = performance.now() - applied;

  const first = (await pod(cluster, NAMES[0])) as PodJson;
  await untilAnswers(address(first).host, address(first).port, (client) => client.set("bench", "kept"), "OK");
  const deleted = performance.now();
  await cluster.json.delete("pods", NAMES[0]);
  const again = await eventually(() => pod(cluster, NAMES[0]), (p) => isReady(p) && p?.metadata.uid !== first.metadata.uid, "redis-cluster-0 back", 60_000);
  await untilAnswers(address(again as PodJson).host, address(again as PodJson).port, (client) => client.get("bench"), "kept");
  const deleteToReadyWithDataMs = performance.now() - deleted;

  await cluster.json.delete("statefulsets", "redis-cluster");
  for (const name of NAMES) await eventually(async () => (await pod(cluster, name)) === undefined, (gone) => gone, `${name} gone`, 60_000);
  for (const name of NAMES) await cluster.json.delete("persistentvolumeclaims", `redis-data-${name}`).catch(() => undefined);
  await eventually(async () => (await cluster.json.list("persistentvolumes")).items.length, (count) => count === 0, "the volumes reclaimed", 60_000);
  return { applyToReadyMs, deleteToReadyWithDataMs };
}

function startRedis(dir: string, port: number): ChildProcess {
  return spawn("redis-server", ["--bind", "127.0.0.1", "--port", String(port), "--dir", dir, "--appendonly", "yes", "--save", ""], { stdio: "ignore" });
}

async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function baselineRound(): Promise<{ processesToPingMs: number; restartWithDataMs: number }> {
  const dirs = await Promise.all(NAMES.map(() => mkdtemp(join(tmpdir(), "bench-redis-"))));
  const children: ChildProcess[] = [];
  try {
    const ports: number[] = [];
    const started = performance.now();
    for (const dir of dirs) {
      const port = await findFreePort();
      ports.push(port);
      children.push(startRedis(dir, port));
      await untilAnswers("127.0.0.1", port, (client) => client.ping(), "PONG");
    }
    const processesToPingMs = performance.now() - started;
    await redisValue("127.0.0.1", ports[0], (client) => client.set("bench", "kept"));
    const restarted = performance.now();
    await stopRedis(children[0]);
    children[0] = startRedis(dirs[0], ports[0]);
    await untilAnswers("127.0.0.1", ports[0], (client) => client.get("bench"), "kept");
    return { processesToPingMs, restartWithDataMs: performance.now() - restarted };
  } finally {
    await Promise.all(children.map(stopRedis));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

if (process.getuid?.() !== 0) {
  console.error("statefulset benchmark: needs root (the claims are bind mounts in each container's mount namespace)");
  process.exit(1);
}
const cluster = await startWorkloadCluster({ nodes: 3, proxies: true, images: [join(REPO_ROOT, "examples", "redis", "app")] });
try {
  await waitForReadyNodes(cluster.json, 3);
  await ensureDefaultStorageClass(cluster.server.url);
  const perRound: Record<string, number>[] = [];
  for (let i = 1; i <= rounds; i++) {
    const figures = { ...(await clusterRound(cluster)), ...(await baselineRound()) };
    perRound.push(figures);
    console.error(`round ${i}/${rounds}: ${JSON.stringify(figures)}`);
  }
  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50), 1);
  const figures = Object.fromEntries(Object.keys(perRound[0]).map((key) => [key, median(key)]));
  await report("statefulset", {
    nodes: 3,
    rounds,
    ...figures,
    applyToReadyOverBaseline: round(figures.applyToReadyMs / figures.processesToPingMs, 2),
    deleteToReadyOverBaseline: round(figures.deleteToReadyWithDataMs / figures.restartWithDataMs, 2),
    aimApplyToReadyMs: 3000,
    aimDeleteToReadyMs: 1000,
    perRound,
  });
} finally {
  await cluster.stop();
}

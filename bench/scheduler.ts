// Scheduler throughput end to end: BENCH_NODES hollow Node objects (default 1,000: Ready, 32 cpu,
// 128Gi, 110 pods; no kubelets) and BENCH_PODS pods (default 10,000, from 100 ReplicaSets)
// created through the API as fast as it takes them (BENCH_CONCURRENCY creates in flight, default
// 64). The API and the scheduler each run as their own process, as in a cluster; the benchmark
// watches the state bucket itself to see pods bound.
//   baseline  — the pods created with no scheduler running: the API's create rate alone.
//   backlog   — the scheduler then starts and places that backlog: its rate from taking the lease.
//   streaming — the figure that matters: the pods created while the scheduler runs, from the
//               first create until the last pod is bound (`podsPerSecond`, beside that run's
//               own create rate), and each pod's create-to-bound latency.
// BENCH_MULTI_ZONE=off: the same with the scheduler's InterPodAffinity and PodTopologySpread off
// (TROUPE_SCHEDULER_MULTI_ZONE=off), written to bench/results/scheduler-multi-zone-off.json.
import { connect } from "@nats-io/transport-node";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { TypedApiClient } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { makeNode, makePod } from "../services/scheduler/framework/fixtures.ts";
import { report, round, summarize } from "./stats.ts";
import { BindWatcher, inParallel } from "./support/bind-watcher.ts";
import { cpuSeconds, metricValue, startBenchService, type BenchService } from "./support/service-process.ts";

const nodeCount = Number(process.env.BENCH_NODES ?? 1000);
const podCount = Number(process.env.BENCH_PODS ?? 10_000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
/** BENCH_MULTI_ZONE=off runs the scheduler without InterPodAffinity and PodTopologySpread (the baseline). */
const multiZone = process.env.BENCH_MULTI_ZONE === "off" ? "off" : "on";
const REPLICA_SETS = 100;

async function createPods(client: TypedApiClient, namespace: string): Promise<{ firstAt: number; lastAt: number; createdAt: Map<string, number> }> {
  const createdAt = new Map<string, number>();
  const firstAt = performance.now();
  await inParallel(podCount, concurrency, async (i) => {
    const name = `pod-${i}`;
    await client.create(makePod(name, { namespace, cpu: `${100 + (i % 5) * 100}m`, memory: `${128 * (1 + (i % 4))}Mi`, owner: ownerUid(i % REPLICA_SETS) }));
    createdAt.set(`${namespace}/${name}`, performance.now());
  });
  return { firstAt, lastAt: performance.now(), createdAt };
}

function ownerUid(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

async function sampleCpu(pids: Record<string, number>): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await cpuSeconds(pid)] as const)));
}

const perSecond = (count: number, fromMs: number, toMs: number) => round(count / ((toMs - fromMs) / 1000), 1);

const server = await startNatsServer();
const services: BenchService[] = [];
try {
  services.push(await startBenchService("services/api/main.ts", server.url));
  await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
  const nc = await connect({ servers: server.url });
  const client = new TypedApiClient(nc, { timeoutMs: 30_000 });
  const watcher = new BindWatcher(new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET })));
  await watcher.informer.start();

  await inParallel(nodeCount, concurrency, async (i) => {
    await client.create(makeNode(`node-${String(i).padStart(5, "0")}`, { cpu: "32", memory: "128Gi", pods: "110" }));
  });
  await client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "backlog" } });
  console.error(`${nodeCount} nodes created; creating ${podCount} pods without a scheduler`);

  const baseline = await createPods(client, "backlog");
  const scheduler = await startBenchService("services/scheduler/main.ts", server.url, multiZone === "off" ? { TROUPE_SCHEDULER_MULTI_ZONE: "off" } : {});
  services.push(scheduler);
  await scheduler.waitForMetrics((text) => metricValue(text, "troupe_leader_is_leader", { lease: "troupe-scheduler" }) === 1, "the scheduler to lead");
  const leadingAt = performance.now();
  const backlogDoneAt = await watcher.allBound("backlog", podCount);
  console.error(`backlog of ${podCount} bound; creating ${podCount} pods with the scheduler running`);

  // CPU per pod of each process over the streaming phase: steadier than rates on a shared machine.
  const pids = { scheduler: scheduler.process.pid ?? 0, api: services[0].process.pid ?? 0, natsServer: server.pid, benchClient: process.pid };
  const cpuBefore = await sampleCpu(pids);
  const streaming = await createPods(client, "default");
  const streamingDoneAt = await watcher.allBound("default", podCount);
  const cpuAfter = await sampleCpu(pids);
  const cpuMsPerPod = Object.fromEntries(Object.keys(pids).map((name) => [name, round((1000 * (cpuAfter[name] - cpuBefore[name])) / podCount)]));
  const latencies = [...streaming.createdAt].map(([key, at]) => (watcher.boundAt.get(key) ?? Number.NaN) - at);
  const metrics = await scheduler.metrics();
  const attempts = (result: string) => metricValue(metrics, "troupe_scheduler_schedule_attempts_total", { result });
  const histogramMeanMs = (name: string) => round((1000 * (metricValue(metrics, `${name}_sum`) ?? 0)) / (metricValue(metrics, `${name}_count`) ?? 1));
  await nc.close();
  watcher.informer.stop();

  const createToBound = summarize(latencies);
  await report(multiZone === "off" ? "scheduler-multi-zone-off" : "scheduler", {
    multiZonePlugins: multiZone,
    nodes: nodeCount,
    pods: podCount,
    createConcurrency: concurrency,
    podsPerSecond: perSecond(podCount, streaming.firstAt, streamingDoneAt),
    createPodsPerSecond: perSecond(podCount, streaming.firstAt, streaming.lastAt),
    baselineCreatePodsPerSecond: perSecond(podCount, baseline.firstAt, baseline.lastAt),
    backlogPodsPerSecond: perSecond(podCount, leadingAt, backlogDoneAt),
    createToBoundP50Ms: createToBound.p50Ms,
    createToBoundP99Ms: createToBound.p99Ms,
    lastBindAfterLastCreateMs: round(streamingDoneAt - streaming.lastAt),
    decisionMeanMs: histogramMeanMs("troupe_scheduler_scheduling_duration_seconds"),
    bindMeanMs: histogramMeanMs("troupe_scheduler_bind_duration_seconds"),
    cpuMsPerPod,
    attempts: { scheduled: attempts("scheduled"), unschedulable: attempts("unschedulable"), error: attempts("error") },
  });
} finally {
  for (const service of services.reverse()) await service.stop();
  await server.destroy();
}

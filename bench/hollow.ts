// End to end on hollow nodes: the API, the scheduler and the controller manager each as their own
// process, and ONE kubelet process running BENCH_NODES hollow nodes (default 1,000; the fake
// driver: the real kubelet code path, no processes). A Deployment of BENCH_REPLICAS pods (default
// 10,000) is created through the API and timed until every pod is Running, seen by an informer
// on the state bucket in this process. Per stage: the last pod created, bound, Running; and the
// CPU time each process spent, idle (heartbeats of the hollow nodes) and during the rollout.
// The scheduler alone on the same 1,000 nodes is `bench/scheduler` (podsPerSecond there).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { connect } from "@nats-io/transport-node";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { JsonApiClient } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { report, round } from "./stats.ts";
import { followPodsInStore, PodTimeline } from "./support/pod-timeline.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";
import { cpuSeconds, machineBusySeconds, metricValue, startBenchService, type BenchService } from "./support/service-process.ts";
import { sleepDeployment } from "./support/sleep-deployment.ts";

const nodeCount = Number(process.env.BENCH_NODES ?? 1000);
const replicas = Number(process.env.BENCH_REPLICAS ?? 10_000);
const IDLE_MS = 5_000;
const RUNNING_TIMEOUT_MS = 150_000;

async function sampleCpu(pids: Record<string, number>): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await cpuSeconds(pid)] as const)));
}

const cpuBetween = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.keys(before).map((name) => [name, round(after[name] - before[name], 2)]));

const server = await startNatsServer();
const kubeletDir = await mkdtemp(join(tmpdir(), "troupe-bench-hollow-"));
const services: Record<string, BenchService> = {};
try {
  services.api = await startBenchService("services/api/main.ts", server.url);
  await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
  services.scheduler = await startBenchService("services/scheduler/main.ts", server.url);
  services.controllers = await startBenchService("services/controllers/main.ts", server.url);
  services.kubelet = await startBenchService("services/kubelet/main.ts", server.url, {
    TROUPE_DRIVER: "fake", TROUPE_HOLLOW_NODES: String(nodeCount), TROUPE_NODE_NAME: "hollow", TROUPE_KUBELET_DIR: kubeletDir,
    TROUPE_NODE_CPU: "32", TROUPE_NODE_MEMORY: "128Gi",
    // A thousand nodes each warn of the same thing at shutdown (heartbeats while NATS drains).
    TROUPE_LOG_LEVEL: "error",
  });
  const nc = await connect({ servers: server.url });
  const client = new JsonApiClient(nc, { timeoutMs: 30_000 });
  const nodesStarted = performance.now();
  await waitForReadyNodes(client, nodeCount, 120_000);
  const nodesReadySeconds = round((performance.now() - nodesStarted) / 1000, 1);
  console.error(`${nodeCount} hollow nodes Ready after ${nodesReadySeconds} s; creating a Deployment of ${replicas}`);

  const timeline = new PodTimeline();
  const stopFollowing = await followPodsInStore(new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET })), timeline);
  const pids = { ...Object.fromEntries(Object.entries(services).map(([name, service]) => [name, service.process.pid ?? 0])), natsServer: server.pid, benchClient: process.pid };
  const idleBefore = await sampleCpu(pids);
  await sleep(IDLE_MS);
  const cpuBefore = await sampleCpu(pids);
  const machineBefore = await machineBusySeconds();

  const createdAt = performance.now();
  await client.create(sleepDeployment("hollow", replicas));
  const progress = setInterval(() => {
    const elapsed = round((performance.now() - createdAt) / 1000, 1);
    console.error(`${elapsed} s: ${timeline.seenAt.size} created, ${timeline.boundAt.size} bound, ${timeline.runningAt.size} Running`);
  }, 2000);
  const last = (times: Map<string, number>) => timeline.when(() => times.size >= replicas, `${replicas} pods (${times.size} so far)`, RUNNING_TIMEOUT_MS);
  const [allCreatedAt, allBoundAt, allRunningAt] = await Promise.all([last(timeline.seenAt), last(timeline.boundAt), last(timeline.runningAt)]);
  clearInterval(progress);
  const cpuAfter = await sampleCpu(pids);
  const machineBusy = (await machineBusySeconds()) - machineBefore;
  stopFollowing();

  const rolloutCpu = cpuBetween(cpuBefore, cpuAfter);
  const seconds = (at: number) => round((at - createdAt) / 1000, 2);
  const podsRunningSeconds = seconds(allRunningAt);
  const scheduler = await services.scheduler.metrics();
  const controllers = await services.controllers.metrics();
  await nc.close();
  await report("hollow", {
    nodes: nodeCount,
    replicas,
    podsRunningSeconds,
    podsPerSecond: round(replicas / podsRunningSeconds, 1),
    allCreatedSeconds: seconds(allCreatedAt),
    allBoundSeconds: seconds(allBoundAt),
    nodesReadySeconds,
    cpuSecondsDuringRollout: rolloutCpu,
    // CPU the machine spent on anything else meanwhile (other jobs on the shared cores).
    otherCpuSeconds: round(machineBusy - Object.values(rolloutCpu).reduce((sum, used) => sum + used, 0), 1),
    cpuSecondsPerIdleSecond: Object.fromEntries(Object.entries(cpuBetween(idleBefore, cpuBefore)).map(([name, used]) => [name, round(used / (IDLE_MS / 1000), 2)])),
    scheduleAttempts: metricValue(scheduler, "troupe_scheduler_schedule_attempts_total", { result: "scheduled" }),
    podCreations: metricValue(controllers, "troupe_replicaset_pod_creations_total", { outcome: "ok" }),
    // The garbage collector's whole-snapshot passes (new pods with owners wake it).
    gcPasses: metricValue(controllers, "troupe_gc_passes_total"),
    gcPassSeconds: round(metricValue(controllers, "troupe_gc_pass_duration_seconds_sum") ?? Number.NaN, 2),
    targetSeconds: 15,
  });
} finally {
  for (const name of ["kubelet", "controllers", "scheduler", "api"]) await services[name]?.stop();
  await server.destroy();
  await rm(kubeletDir, { recursive: true, force: true });
}

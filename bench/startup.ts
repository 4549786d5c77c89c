// Pod startup with the process driver: a 3-node cluster (every role its own process), then per
// round a Deployment of BENCH_REPLICAS (default 100) pods running `sleep 3600` from the host,
// timed from the Deployment's create request until the benchmark's API watch first shows each
// pod Running. Rounds (BENCH_ROUNDS, default 3) run one after the other on the same cluster; each
// deletes its Deployment and waits for its pods to be gone. Figures are medians over rounds.
// Baseline, in each round and on the same idle cluster: the same command spawned BENCH_REPLICAS
// times with child_process.spawn from this one process, as the process driver spawns it
// (detached, piped output), timed from the first spawn until each process runs.
import { spawn, type ChildProcess } from "node:child_process";
import { startWorkloadCluster, type WorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { percentile, report, round } from "./stats.ts";
import { followPodsThroughApi, PodTimeline, type PodView } from "./support/pod-timeline.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";
import { SLEEP_COMMAND, sleepDeployment } from "./support/sleep-deployment.ts";

const replicas = Number(process.env.BENCH_REPLICAS ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNNING_TIMEOUT_MS = 60_000;

const p50 = (samples: number[]) => round(percentile(samples, 50), 1);
const p99 = (samples: number[]) => round(percentile(samples, 99), 1);

/**
 * Spawns the command `replicas` times, one after the other (spawn() blocks while it forks, so
 * starting them "at once" is serial too); per process, ms from the first spawn until it runs and
 * from its own spawn() call until it runs.
 */
async function spawnAll(): Promise<{ sinceFirst: number[]; each: number[] }> {
  const children: ChildProcess[] = [];
  const sinceFirst: number[] = [];
  const each: number[] = [];
  const first = performance.now();
  try {
    for (let i = 0; i < replicas; i++) {
      const called = performance.now();
      const child = spawn(SLEEP_COMMAND[0], SLEEP_COMMAND.slice(1), { detached: true, stdio: ["ignore", "pipe", "pipe"] });
      children.push(child);
      await new Promise((resolve, reject) => {
        child.once("spawn", resolve);
        child.once("error", reject);
      });
      const now = performance.now();
      sinceFirst.push(now - first);
      each.push(now - called);
    }
    return { sinceFirst, each };
  } finally {
    await Promise.all(children.map((child) => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGKILL");
      return exited;
    }));
  }
}

/** One Deployment from create to every pod Running, then deleted; the round's figures. */
async function deploymentRound(cluster: WorkloadCluster, name: string): Promise<Record<string, number>> {
  const timeline = new PodTimeline();
  const stopWatch = await followPodsThroughApi(cluster.json, timeline, { namespace: "default", labelSelector: `app=${name}` });
  try {
    const createdWallMs = Date.now();
    const createdAt = performance.now();
    await cluster.json.create(sleepDeployment(name, replicas));
    await timeline.when(() => timeline.runningAt.size >= replicas, `${replicas} pods of ${name} Running`, RUNNING_TIMEOUT_MS);

    const since = (times: Map<string, number>) => [...times.values()].map((at) => at - createdAt);
    const running = since(timeline.runningAt);
    const podCreateToRunning = [...timeline.runningAt].map(([key, at]) => at - (timeline.seenAt.get(key) ?? Number.NaN));
    // The kubelet's own start time (wall clock, same host): what status reporting and the watch add.
    const containerStarted = timeline.pods().map((pod: PodView) => Date.parse(pod.status?.containerStatuses?.[0]?.state?.running?.startedAt ?? "") - createdWallMs);
    const figures = {
      p50Ms: p50(running),
      p99Ms: p99(running),
      podCreateToRunningP50Ms: p50(podCreateToRunning),
      podCreateToRunningP99Ms: p99(podCreateToRunning),
      podCreatedP50Ms: p50(since(timeline.seenAt)),
      podCreatedP99Ms: p99(since(timeline.seenAt)),
      boundP50Ms: p50(since(timeline.boundAt)),
      boundP99Ms: p99(since(timeline.boundAt)),
      containerStartedP50Ms: p50(containerStarted),
      containerStartedP99Ms: p99(containerStarted),
    };

    await cluster.json.delete("deployments", name, { namespace: "default" });
    await timeline.when(() => timeline.pods().length === 0, `the pods of ${name} gone`, RUNNING_TIMEOUT_MS);
    return figures;
  } finally {
    await stopWatch();
  }
}

const cluster = await startWorkloadCluster({ nodes: 3 });
try {
  await waitForReadyNodes(cluster.json, 3);
  const perRound: Record<string, number>[] = [];
  for (let i = 1; i <= rounds; i++) {
    const spawned = await spawnAll();
    const figures = {
      ...(await deploymentRound(cluster, `startup-${i}`)),
      spawnP50Ms: p50(spawned.sinceFirst),
      spawnP99Ms: p99(spawned.sinceFirst),
      spawnEachP50Ms: p50(spawned.each),
      spawnEachP99Ms: p99(spawned.each),
    };
    perRound.push(figures);
    console.error(`round ${i}/${rounds}: ${JSON.stringify(figures)}`);
  }
  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50), 1);
  await report("startup", {
    nodes: 3,
    replicas,
    rounds,
    ...Object.fromEntries(Object.keys(perRound[0]).map((key) => [key, median(key)])),
    kubernetesSloP99Ms: 5000,
    targetP99Ms: 1000,
    perRound,
  });
} finally {
  await cluster.stop();
}

// Recovery times with default timings, each over BENCH_ROUNDS (default 3) fresh clusters of
// every role as its own process (process driver), medians reported.
//   node death — 3 nodes, a Deployment of 6 `sleep` pods Running and Ready; SIGKILL the kubelet
//     holding the most of them; seconds until 6 pods are Running and Ready on the other nodes.
//   leader fail-over — 3 nodes, two schedulers and two controller managers; SIGKILL the leading
//     scheduler and the leading controller manager and create a new Deployment at once; seconds
//     until each lease is held by the standby, until the new Deployment's first pod is bound
//     (both leaders at work again) and until all its pods are Running.
// The pods are followed through the API's watch; leases are read from the troupe-leases bucket.
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { LeaseLock, openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { CONTROLLER_MANAGER_LEASE_NAME } from "../services/controllers/options.ts";
import { ContainerLedger } from "../services/kubelet/container-ledger.ts";
import { SCHEDULER_LEASE_NAME } from "../services/scheduler/options.ts";
import { startWorkloadCluster, type WorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { percentile, report, round } from "./stats.ts";
import { followPodsThroughApi, isReady, PodTimeline, type PodView } from "./support/pod-timeline.ts";
import { waitForReadyNodes } from "./support/ready-nodes.ts";
import { sleepDeployment } from "./support/sleep-deployment.ts";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const NODES = 3;
const REPLICAS = 6;
const TIMEOUT_MS = 60_000;

const seconds = (fromMs: number, toMs: number) => round((toMs - fromMs) / 1000, 2);

/** Starts a cluster, follows the pods of app=<app>, and tears both down after `run`. */
async function withCluster<T>(ha: boolean, app: string, run: (cluster: WorkloadCluster, timeline: PodTimeline) => Promise<T>): Promise<T> {
  const cluster = await startWorkloadCluster({ nodes: NODES, ha });
  try {
    await waitForReadyNodes(cluster.json, NODES);
    const timeline = new PodTimeline();
    const stopWatch = await followPodsThroughApi(cluster.json, timeline, { namespace: "default", labelSelector: `app=${app}` });
    try {
      return await run(cluster, timeline);
    } finally {
      await stopWatch();
    }
  } finally {
    await cluster.stop();
  }
}

async function nodeDeathRound(): Promise<Record<string, number>> {
  return withCluster(false, "spread", async (cluster, timeline) => {
    await cluster.json.create(sleepDeployment("spread", REPLICAS));
    await timeline.when(() => timeline.pods(isReady).length === REPLICAS, `${REPLICAS} pods Ready`, TIMEOUT_MS);
    const perNode = new Map<string, number>();
    for (const pod of timeline.pods()) perNode.set(pod.spec?.nodeName ?? "", (perNode.get(pod.spec?.nodeName ?? "") ?? 0) + 1);
    const victim = [...perNode].sort((a, b) => b[1] - a[1])[0][0];
    const before = new Set(timeline.seenAt.keys());

    const killedAt = performance.now();
    await cluster.kill(victim);
    try {
      const elsewhere = (pod: PodView) => isReady(pod) && pod.spec?.nodeName !== victim && !pod.metadata?.deletionTimestamp;
      const recoveredAt = await timeline.when(() => timeline.pods(elsewhere).length >= REPLICAS, `${REPLICAS} pods Ready off ${victim}`, TIMEOUT_MS);
      const replacementsSeenAt = [...timeline.seenAt].filter(([key]) => !before.has(key)).map(([, at]) => at);
      return {
        nodeDeathSeconds: seconds(killedAt, recoveredAt),
        replacementsCreatedSeconds: seconds(killedAt, Math.max(...replacementsSeenAt)),
        podsOnDeadNode: perNode.get(victim) ?? 0,
      };
    } finally {
      // The killed kubelet's containers outlive it, as on a real machine they would not: reap them.
      await new ContainerLedger(join(cluster.kubeletDir, victim)).reap();
    }
  });
}

async function leaderFailoverRound(): Promise<Record<string, number>> {
  return withCluster(true, "after", async (cluster, timeline) => {
    const store = await openLeaseStore(cluster.nc);
    const leases = { scheduler: new LeaseLock(store, SCHEDULER_LEASE_NAME), controllers: new LeaseLock(store, CONTROLLER_MANAGER_LEASE_NAME) };
    const holder = async (lock: LeaseLock) => (await lock.get())?.record.holderIdentity ?? "";
    // Both leaders at work: a first Deployment runs.
    const warmup = new PodTimeline();
    const stopWarmup = await followPodsThroughApi(cluster.json, warmup, { namespace: "default", labelSelector: "app=before" });
    await cluster.json.create(sleepDeployment("before", 3));
    await warmup.when(() => warmup.pods(isReady).length === 3, "3 pods before the fail-over", TIMEOUT_MS);
    await stopWarmup();
    const leaders = { scheduler: await holder(leases.scheduler), controllers: await holder(leases.controllers) };
    // Identities are scheduler-1 / scheduler-2 (roles scheduler, scheduler-2), likewise controllers.
    const roleOf = (identity: string, base: string) => (identity.endsWith("-2") ? `${base}-2` : base);

    const killedAt = performance.now();
    await Promise.all([cluster.kill(roleOf(leaders.scheduler, "scheduler")), cluster.kill(roleOf(leaders.controllers, "controllers"))]);
    await cluster.json.create(sleepDeployment("after", REPLICAS));
    const takeover = async (lock: LeaseLock, previous: string) => {
      for (let deadline = killedAt + TIMEOUT_MS; performance.now() < deadline; await sleep(20)) {
        const current = await holder(lock);
        if (current && current !== previous) return performance.now();
      }
      throw new Error(`no standby took the lease ${lock.name} within ${TIMEOUT_MS} ms`);
    };
    const [schedulerLeaseAt, controllersLeaseAt, firstBoundAt] = await Promise.all([
      takeover(leases.scheduler, leaders.scheduler),
      takeover(leases.controllers, leaders.controllers),
      timeline.when(() => timeline.boundAt.size > 0, "a pod of the new Deployment bound", TIMEOUT_MS),
    ]);
    const runningAt = await timeline.when(() => timeline.runningAt.size >= REPLICAS, `${REPLICAS} new pods Running`, TIMEOUT_MS);
    return {
      leaderFailoverSeconds: seconds(killedAt, Math.max(schedulerLeaseAt, controllersLeaseAt, firstBoundAt)),
      schedulerLeaseSeconds: seconds(killedAt, schedulerLeaseAt),
      controllerManagerLeaseSeconds: seconds(killedAt, controllersLeaseAt),
      newPodsRunningSeconds: seconds(killedAt, runningAt),
    };
  });
}

const perRound: Record<string, number>[] = [];
for (let i = 1; i <= rounds; i++) {
  const figures = { ...(await nodeDeathRound()), ...(await leaderFailoverRound()) };
  perRound.push(figures);
  console.error(`round ${i}/${rounds}: ${JSON.stringify(figures)}`);
}
const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50), 2);
await report("failover", {
  nodes: NODES,
  replicas: REPLICAS,
  rounds,
  ...Object.fromEntries(Object.keys(perRound[0]).map((key) => [key, median(key)])),
  nodeDeathTargetSeconds: 10,
  leaderFailoverTargetSeconds: 3,
  perRound,
});

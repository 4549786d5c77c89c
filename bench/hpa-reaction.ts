// HPA reaction: a load step (20 requests/s of 6 ms CPU each through a Service, test/helpers/hpa-load.ts)
// on a Deployment of the hello example at 1 replica (request 50m, HPA target 100% CPU, sync 1 s,
// usage every 1 s, Kubernetes' default scale-up behaviour), to the new replicas Ready. Parts,
// each from the load step: metric arrival (pods.metrics.k8s.io first shows the pods using more
// than their request), decision (the HPA has written the Deployment's scale), ready (the scaled
// replicas all Ready); and the replicas the HPA settles on (the formula's fixed point, a sync
// later when the first sample saw only part of the step) all Ready. Baseline in the same run: a
// manual scale of the same Deployment to the settled replicas, to all Ready (what the "ready"
// part costs by itself). One warm-up step first, not counted.
import { parseQuantity } from "../runtime/quantity.ts";
import { cpuHpa, helloDeployment, helloService, serviceAddress, startLoad } from "../test/helpers/hpa-load.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { percentile, report, round } from "./stats.ts";

const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const REQUEST_M = 50;
const RATE = 20;
const CPU_MS = 6;
const POLL_MS = 25;
const SETTLE_MS = 8000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PodMetrics { containers?: { usage?: { cpu?: string } }[] }

const cluster: WorkloadCluster = await startWorkloadCluster({ nodes: 1, proxies: true, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });

const replicas = async () => ((await cluster.json.getScale("deployments", "web", { namespace: "default" })).spec as { replicas: number }).replicas;
const pods = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=web" })).items;
const readyPods = async () => (await pods()).filter((pod) => !(pod.metadata as { deletionTimestamp?: string }).deletionTimestamp
  && ((pod.status as { conditions?: { type: string; status: string }[] }).conditions ?? []).some((c) => c.type === "Ready" && c.status === "True")).length;
/** The pods' CPU in millicores, as pods.metrics.k8s.io serves it. */
const usageMillicores = async () => (await cluster.json.list("pods.metrics.k8s.io", { namespace: "default", labelSelector: "app=web" })).items
  .flatMap((item) => (item as PodMetrics).containers ?? []).reduce((sum, container) => sum + parseQuantity(container.usage?.cpu ?? "0") * 1000, 0);

/** Polls `read` until `ok`, returning when it first was (ms since `from`). */
async function firstTime<T>(from: number, read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<number> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return Date.now() - from;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(POLL_MS);
  }
}

/** One replica, Ready, idle, and (with the HPA) measured idle. */
async function atRest(): Promise<void> {
  await eventually(async () => ({ replicas: await replicas(), pods: (await pods()).length, ready: await readyPods() }), (s) => s.replicas === 1 && s.pods === 1 && s.ready === 1, "one replica at rest", 120_000);
  await eventually(usageMillicores, (m) => m < REQUEST_M / 2, "the pod idle", 60_000);
}

interface Trial { metricMs: number; decisionMs: number; readyMs: number; replicas: number; settledReplicas: number; settledReadyMs: number }

async function hpaTrial(ip: string): Promise<Trial> {
  await atRest();
  // Usage is sampled and the HPA synced every second: a random phase for the step, so the trials
  // do not all fall at the same point of those cycles.
  await sleep(2000 + Math.random() * 1000);
  const load = startLoad(ip, { rate: RATE, cpuMs: CPU_MS });
  const step = Date.now();
  try {
    const metric = firstTime(step, usageMillicores, (m) => m > REQUEST_M, "usage above the request");
    const decisionMs = await firstTime(step, replicas, (count) => count > 1, "the HPA's scale");
    const decided = await replicas();
    const readyMs = await firstTime(step, readyPods, (ready) => ready >= decided, `${decided} replicas Ready`);
    // The first decision can come from a sample that saw part of the step: follow the HPA to the
    // replicas it settles on (the formula's fixed point) and when they are all Ready.
    let settledReplicas = decided;
    let settledReadyMs: number | undefined = readyMs;
    for (const until = Date.now() + SETTLE_MS; Date.now() < until; await sleep(POLL_MS)) {
      const current = await replicas();
      if (current !== settledReplicas) [settledReplicas, settledReadyMs] = [current, undefined];
      if (settledReadyMs === undefined && (await readyPods()) >= settledReplicas) settledReadyMs = Date.now() - step;
    }
    return { metricMs: await metric, decisionMs, readyMs, replicas: decided, settledReplicas, settledReadyMs: settledReadyMs ?? Number.NaN };
  } finally {
    await load.stop();
  }
}

async function manualTrial(to: number): Promise<number> {
  await atRest();
  const started = Date.now();
  await cluster.json.updateScale("deployments", "web", to, { namespace: "default" });
  const readyMs = await firstTime(started, readyPods, (ready) => ready >= to, `${to} replicas Ready`);
  await cluster.json.updateScale("deployments", "web", 1, { namespace: "default" });
  return readyMs;
}

const median = (values: number[]) => round(percentile(values, 50), 0);

try {
  await cluster.json.create(helloDeployment("web", `${REQUEST_M}m`));
  await cluster.json.create(helloService("web"));
  const ip = await serviceAddress(cluster, "web");
  await cluster.json.create(cpuHpa("web", { targetPercent: 100, maxReplicas: 8, scaleDownWindowSeconds: 3 }));
  // A first step warms the path (the proxy's connections, the first samples): not counted.
  console.log(`warm-up trial: ${JSON.stringify(await hpaTrial(ip))}`);
  const trials: Trial[] = [];
  for (let i = 0; i < TRIALS; i++) {
    const trial = await hpaTrial(ip);
    console.log(`hpa trial ${i + 1}: ${JSON.stringify(trial)}`);
    trials.push(trial);
  }
  await cluster.json.delete("horizontalpodautoscalers", "web", { namespace: "default" });
  await cluster.json.updateScale("deployments", "web", 1, { namespace: "default" });
  const to = median(trials.map((trial) => trial.settledReplicas));
  const manual = [];
  for (let i = 0; i < TRIALS; i++) {
    const readyMs = await manualTrial(to);
    console.log(`manual scale trial ${i + 1}: 1 -> ${to} Ready in ${readyMs} ms`);
    manual.push(readyMs);
  }
  await report("hpa-reaction", {
    trials: TRIALS,
    load: `${RATE} requests/s x ${CPU_MS} ms CPU over pods requesting ${REQUEST_M}m, target 100%`,
    hpaSyncSeconds: 1,
    usageIntervalSeconds: 1,
    firstScaleReplicasMedian: median(trials.map((trial) => trial.replicas)),
    metricArrivalMsMedian: median(trials.map((trial) => trial.metricMs)),
    decisionMsMedian: median(trials.map((trial) => trial.decisionMs)),
    readyMsMedian: median(trials.map((trial) => trial.readyMs)),
    decisionToReadyMsMedian: median(trials.map((trial) => trial.readyMs - trial.decisionMs)),
    settledReplicasMedian: to,
    settledReadyMsMedian: median(trials.map((trial) => trial.settledReadyMs)),
    baselineManualScaleReadyMsMedian: median(manual),
    kubernetesDefaults: "metrics-server 15 s resolution (15-60 s), HPA sync 15 s: 30-90 s from a load step to new pods",
    hpaTrials: trials,
    manualTrialsMs: manual,
  });
} finally {
  await cluster.stop();
}

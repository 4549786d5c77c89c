// Endpoint propagation: from a pod turning Ready to the Service's cluster IP sending it traffic.
// A 3-node cluster with a node proxy per node (every role its own process, process driver); a
// ClusterIP Service over a Deployment of HTTP servers that answer their pod name and pass their
// readiness probe (every second) only while a marker file of theirs exists. One pod (the anchor)
// stays Ready throughout, so the Service always has an endpoint; the others take turns. Per
// sample: write a pod's marker, note when the API's pod watch shows it Ready, poll the cluster IP
// with new connections until that pod answers; then remove the marker and wait until the pod has
// left the Endpoints. Baselines, once per sample on the same cluster: a raw KV put until its
// watch delivers it, and a ConfigMap update through the API until the API's watch delivers it.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonApiClient, WatchOptions } from "../runtime/api-client.ts";
import { startWorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { percentile, report, round } from "./stats.ts";
import { markerReadyDeployment, markerReadyService } from "./support/marker-ready-deployment.ts";
import { apiWatchLatency, kvWatchLatency } from "./support/watch-latency.ts";

const samples = Number(process.env.BENCH_SAMPLES ?? 30);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const pollers = Number(process.env.BENCH_POLLERS ?? 3);
const POLL_MS = 5;
/** Before the pod is seen Ready one poller goes on, slower, in case traffic beats the watch. */
const SLOW_POLL_MS = 20;
/** After a pod left the Endpoints, so the proxies have dropped it before the next sample. */
const SETTLE_MS = 300;
const TOGGLED_PODS = 3;
const NAME = "endpoints";
const SERVICE_PORT = 8080;
const SAMPLE_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface PodJson {
  metadata?: { name?: string; deletionTimestamp?: string };
  status?: { phase?: string; conditions?: { type: string; status: string }[] };
}
interface EndpointsJson {
  metadata?: { name?: string };
  subsets?: { addresses?: { targetRef?: { name?: string } }[] }[];
}

/** Which pods are Running, Ready and in the Endpoints' ready addresses, and since when (this process's clock). */
class ReadinessTimeline {
  readonly running = new Set<string>();
  readonly ready = new Set<string>();
  readonly serving = new Set<string>();
  /** The watch event that showed the pod's Ready condition turn True (the latest such). */
  readonly readyAt = new Map<string, number>();
  /** The watch event that showed the pod enter the Endpoints' ready addresses (the latest such). */
  readonly servingAt = new Map<string, number>();
  readonly #waiters = new Set<() => void>();

  pod(type: string, pod: PodJson): void {
    const name = pod.metadata?.name ?? "";
    const alive = type !== "DELETED" && !pod.metadata?.deletionTimestamp;
    const ready = alive && (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
    if (alive && pod.status?.phase === "Running") this.running.add(name);
    else this.running.delete(name);
    if (ready && !this.ready.has(name)) this.readyAt.set(name, performance.now());
    if (ready) this.ready.add(name);
    else this.ready.delete(name);
    this.#wake();
  }

  endpoints(type: string, endpoints: EndpointsJson): void {
    if (endpoints.metadata?.name !== NAME) return;
    const now = performance.now();
    const names = new Set(type === "DELETED" ? [] : (endpoints.subsets ?? []).flatMap((s) => (s.addresses ?? []).map((a) => a.targetRef?.name ?? "")));
    for (const name of names) if (!this.serving.has(name)) this.servingAt.set(name, now);
    this.serving.clear();
    for (const name of names) this.serving.add(name);
    this.#wake();
  }

  until(done: () => boolean, what: string, timeoutMs = SAMPLE_TIMEOUT_MS): Promise<void> {
    if (done()) return Promise.resolve();
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const check = () => {
      if (!done()) return;
      this.#waiters.delete(check);
      resolve();
    };
    this.#waiters.add(check);
    const timer = setTimeout(() => {
      this.#waiters.delete(check);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    return promise.finally(() => clearTimeout(timer));
  }

  #wake(): void {
    for (const check of this.#waiters) check();
  }
}

/** Feeds every event of an API watch to `handle` until the returned stop() is called. */
async function follow<T>(client: JsonApiClient, resource: string, options: WatchOptions, handle: (type: string, object: T) => void): Promise<() => Promise<void>> {
  const watch = await client.watch(resource, options);
  const done = (async () => {
    for await (const event of watch) handle(event.type, event.object as unknown as T);
  })();
  return async () => {
    await watch.stop();
    await done;
  };
}

/** One HTTP GET on a new connection; the body, or undefined if it failed. */
function get(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const outgoing = request({ host, port, path: "/", agent: false, timeout: 2000 }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(response.statusCode === 200 ? body : undefined));
      response.on("error", () => resolve(undefined));
    });
    outgoing.on("timeout", () => outgoing.destroy());
    outgoing.on("error", () => resolve(undefined));
    outgoing.end();
  });
}

/** Polls with new connections until `target` answers; when its answer arrived. Fast once `fast()` holds. */
async function firstAnswerFrom(host: string, target: string, fast: () => boolean): Promise<number> {
  let answeredAt: number | undefined;
  const deadline = performance.now() + SAMPLE_TIMEOUT_MS;
  await Promise.all(Array.from({ length: pollers }, async (_, index) => {
    while (answeredAt === undefined && performance.now() < deadline) {
      if (index === 0 || fast()) {
        const body = await get(host, SERVICE_PORT);
        if (body === target) answeredAt ??= performance.now();
      }
      await sleep(fast() ? POLL_MS : SLOW_POLL_MS);
    }
  }));
  if (answeredAt === undefined) throw new Error(`no answer from ${target} through ${host}:${SERVICE_PORT} within ${SAMPLE_TIMEOUT_MS} ms`);
  return answeredAt;
}

/** The pods are processes of the host: they are deleted through the cluster before it stops. */
async function deletePods(client: JsonApiClient): Promise<void> {
  await client.delete("deployments", NAME, { namespace: "default" }).catch(() => undefined);
  const deadline = performance.now() + 20_000;
  while (performance.now() < deadline) {
    const left = await client.list("pods", { namespace: "default", labelSelector: `app=${NAME}` }).catch(() => undefined);
    if (left?.items.length === 0) return;
    await sleep(100);
  }
  console.error(`the pods of ${NAME} were not gone within 20 s`);
}

const figure = (values: number[], p: number) => round(percentile(values, p), 1);

const markerDir = await mkdtemp(join(tmpdir(), "troupe-bench-endpoints-"));
const cluster = await startWorkloadCluster({ nodes: 3, proxies: true }).catch(async (error: unknown) => {
  await rm(markerDir, { recursive: true, force: true });
  throw error;
});
const stops: (() => Promise<void>)[] = [];
try {
  const timeline = new ReadinessTimeline();
  stops.push(await follow(cluster.json, "pods", { namespace: "default", labelSelector: `app=${NAME}` }, (type, pod: PodJson) => timeline.pod(type, pod)));
  stops.push(await follow(cluster.json, "endpoints", { namespace: "default" }, (type, endpoints: EndpointsJson) => timeline.endpoints(type, endpoints)));
  await cluster.json.create(markerReadyService(NAME));
  await cluster.json.create(markerReadyDeployment(NAME, TOGGLED_PODS + 1, markerDir));
  await timeline.until(() => timeline.running.size === TOGGLED_PODS + 1, `${TOGGLED_PODS + 1} pods Running`, 60_000);
  const clusterIP = String(((await cluster.json.get("services", NAME, { namespace: "default" })) as { spec?: { clusterIP?: string } }).spec?.clusterIP);
  const [anchor, ...toggled] = [...timeline.running].sort();
  await writeFile(join(markerDir, anchor), "");
  await timeline.until(() => timeline.serving.has(anchor), `${anchor} in the Endpoints`);
  await firstAnswerFrom(clusterIP, anchor, () => true);
  console.error(`cluster IP ${clusterIP}:${SERVICE_PORT} answers from ${anchor}; toggling ${toggled.join(", ")}`);

  const kv = await kvWatchLatency(cluster.nc, "bench-endpoints-baseline");
  stops.push(() => kv.stop());
  const api = await apiWatchLatency(cluster.json, "endpoints-baseline");
  stops.push(() => api.stop());

  const perSample: Record<string, number | string>[] = [];
  const kvWatch: number[] = [];
  const apiUpdateToWatch: number[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const pod = toggled[i % toggled.length];
    const marker = join(markerDir, pod);
    timeline.readyAt.delete(pod);
    timeline.servingAt.delete(pod);
    await rm(`${marker}.probed`, { force: true });

    // A random moment of the probe's period, so marker → traffic samples the whole period.
    await sleep(Math.random() * 1000);
    const markerAt = performance.now();
    await writeFile(marker, "");
    const answeredAt = await firstAnswerFrom(clusterIP, pod, () => timeline.readyAt.has(pod));
    await timeline.until(() => timeline.readyAt.has(pod) && timeline.servingAt.has(pod), `${pod} Ready and in the Endpoints`);
    const readyAt = timeline.readyAt.get(pod) ?? Number.NaN;
    const servingAt = timeline.servingAt.get(pod) ?? Number.NaN;
    // The server's wall-clock time of its first passing probe, on this process's clock.
    const probedAt = Number(await readFile(`${marker}.probed`, "utf8")) - performance.timeOrigin;
    const sample = {
      pod,
      readyToTrafficMs: round(answeredAt - readyAt, 1),
      markerToTrafficMs: round(answeredAt - markerAt, 1),
      markerToProbeMs: round(probedAt - markerAt, 1),
      probeToReadyMs: round(readyAt - probedAt, 1),
      readyToEndpointsMs: round(servingAt - readyAt, 1),
      endpointsToTrafficMs: round(answeredAt - servingAt, 1),
    };

    // The pod leaves again; the baselines are measured while the cluster settles.
    await rm(marker);
    await timeline.until(() => !timeline.serving.has(pod) && !timeline.ready.has(pod), `${pod} out of the Endpoints`);
    const settled = sleep(SETTLE_MS);
    const kvMs = await kv.measure();
    const apiMs = await api.measure();
    await settled;

    const counted = i >= warmup;
    if (counted) {
      perSample.push(sample);
      kvWatch.push(kvMs);
      apiUpdateToWatch.push(apiMs);
    }
    console.error(`${counted ? `sample ${i - warmup + 1}/${samples}` : `warm-up ${i + 1}/${warmup}`}: ${JSON.stringify(sample)} kv ${round(kvMs, 2)} ms, api ${round(apiMs, 2)} ms`);
  }

  const of = (key: string) => perSample.map((sample) => Number(sample[key]));
  const spread = (key: string, prefix: string) => ({
    [`${prefix}P50Ms`]: figure(of(key), 50),
    [`${prefix}P90Ms`]: figure(of(key), 90),
    [`${prefix}P99Ms`]: figure(of(key), 99),
    [`${prefix}MaxMs`]: figure(of(key), 100),
  });
  const legs = ["markerToProbe", "probeToReady", "readyToEndpoints", "endpointsToTraffic"];
  await report("endpoints", {
    nodes: 3,
    proxies: 3,
    samples,
    pollers,
    pollIntervalMs: POLL_MS,
    readinessPeriodSeconds: 1,
    ...spread("readyToTrafficMs", "readyToTraffic"),
    ...spread("markerToTrafficMs", "markerToTraffic"),
    ...Object.fromEntries(legs.flatMap((leg) => [[`${leg}P50Ms`, figure(of(`${leg}Ms`), 50)], [`${leg}P99Ms`, figure(of(`${leg}Ms`), 99)]])),
    kvWatchP50Ms: figure(kvWatch, 50),
    kvWatchP99Ms: figure(kvWatch, 99),
    apiUpdateToWatchP50Ms: figure(apiUpdateToWatch, 50),
    apiUpdateToWatchP99Ms: figure(apiUpdateToWatch, 99),
    targetP99Ms: 500,
    perSample,
  });
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await deletePods(cluster.json);
  await cluster.stop();
  await rm(markerDir, { recursive: true, force: true });
}

// Tracing overhead, in one run: the API's request latency (create, update, get at a fixed rate,
// as bench/api.ts) and the scheduler's throughput (pods created while it runs until the last is
// bound, as bench/scheduler.ts' streaming phase) with tracing off, 10% sampled and always
// sampled, each mode as `troupe up --trace-sampling` sets it (cli/cluster/trace-sampling.ts): the
// API and the scheduler in their own processes exporting to a real collector process that stores
// the spans in TROUPE_SPANS. Off is the baseline (no SDK loaded); modes interleave per round so
// the shared machine's drift spreads over all of them; figures are medians over rounds. Beside
// latency and rate, which a busy shared machine blurs, each mode's CPU time per request (API) and
// per pod (API, scheduler, collector) — the steadier measure of what tracing costs.
//   BENCH_RATE (200/s), BENCH_COUNT (1000 requests per operation), BENCH_NODES (100),
//   BENCH_PODS (2000), BENCH_CONCURRENCY (64 creates in flight), BENCH_ROUNDS (3).
import { connect } from "@nats-io/transport-node";
import { waitForApi } from "../cli/cluster/wait-for-api.ts";
import { tracingEnv, type TraceSampling } from "../cli/cluster/trace-sampling.ts";
import { JsonApiClient, TypedApiClient, type KubeObject } from "../runtime/api-client.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { makeNode, makePod } from "../services/scheduler/framework/fixtures.ts";
import { atRate, percentile, report, round, summarize } from "./stats.ts";
import { BindWatcher, inParallel } from "./support/bind-watcher.ts";
import { cpuSeconds, metricValue, startBenchService, type BenchService } from "./support/service-process.ts";

const rate = Number(process.env.BENCH_RATE ?? 200);
const count = Number(process.env.BENCH_COUNT ?? 1000);
const nodeCount = Number(process.env.BENCH_NODES ?? 100);
const podCount = Number(process.env.BENCH_PODS ?? 2000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmup = 200;

const MODES: { name: string; sampling: TraceSampling }[] = [
  { name: "off", sampling: { mode: "off" } },
  { name: "ratio10", sampling: { mode: "ratio", ratio: 0.1 } },
  { name: "always", sampling: { mode: "always" } },
];

const configMap = (name: string, value: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { value } });

/** CPU milliseconds each process used while `work` ran. */
async function cpuMsDuring(pids: Record<string, number>, work: () => Promise<void>): Promise<Record<string, number>> {
  const sample = async () => Object.fromEntries(await Promise.all(Object.entries(pids).map(async ([name, pid]) => [name, await cpuSeconds(pid)] as const)));
  const before = await sample();
  await work();
  const after = await sample();
  return Object.fromEntries(Object.keys(pids).map((name) => [name, 1000 * (after[name] - before[name])]));
}

async function apiLatency(client: JsonApiClient, pids: Record<string, number>): Promise<Record<string, number>> {
  await atRate(rate, warmup, async (i) => void (await client.create(configMap(`warm-${i}`, "w"))));
  const objects: KubeObject[] = [];
  let create: number[] = [];
  let update: number[] = [];
  let get: number[] = [];
  const cpuMs = await cpuMsDuring(pids, async () => {
    create = await atRate(rate, count, async (i) => void (objects[i] = await client.create(configMap(`cm-${i}`, "0"))));
    update = await atRate(rate, count, async (i) => void (await client.update({ ...objects[i], data: { value: "1" } })));
    get = await atRate(rate, count, async (i) => void (await client.get("configmaps", `cm-${i}`)));
  });
  const figures: Record<string, number> = {
    apiCpuMsPerRequest: round(cpuMs.api / (3 * count)),
    collectorCpuMsPerRequest: round(cpuMs.collector / (3 * count)),
  };
  for (const [name, samples] of Object.entries({ create, update, get })) {
    const summary = summarize(samples);
    figures[`${name}P50Ms`] = summary.p50Ms;
    figures[`${name}P99Ms`] = summary.p99Ms;
  }
  figures.allP99Ms = summarize([...create, ...update, ...get]).p99Ms;
  return figures;
}

async function schedulerThroughput(client: TypedApiClient, watcher: BindWatcher, pids: Record<string, number>): Promise<Record<string, number>> {
  let podsPerSecond = 0;
  const cpuMs = await cpuMsDuring(pids, async () => {
    const firstAt = performance.now();
    await inParallel(podCount, concurrency, async (i) => {
      await client.create(makePod(`pod-${i}`, { namespace: "default", cpu: "100m", memory: "128Mi", owner: `00000000-0000-4000-8000-${String(i % 20).padStart(12, "0")}` }));
    });
    const lastBoundAt = await watcher.allBound("default", podCount);
    podsPerSecond = round(podCount / ((lastBoundAt - firstAt) / 1000), 1);
  });
  return {
    podsPerSecond,
    schedulerCpuMsPerPod: round(cpuMs.scheduler / podCount),
    apiCpuMsPerPod: round(cpuMs.api / podCount),
    collectorCpuMsPerPod: round(cpuMs.collector / podCount),
  };
}

async function measure(sampling: TraceSampling): Promise<Record<string, number>> {
  const server = await startNatsServer();
  const services: BenchService[] = [];
  try {
    const collectorPort = await findFreePort();
    const collector = await startBenchService("services/collector/main.ts", server.url, { TROUPE_COLLECTOR_PORT: String(collectorPort), OTEL_EXPORTER_OTLP_ENDPOINT: "" });
    services.push(collector);
    await collector.waitForMetrics((text) => text.includes("troupe_collector_spans_stored_total"), "the collector");
    const env = tracingEnv(sampling, `http://127.0.0.1:${collectorPort}`);
    const api = await startBenchService("services/api/main.ts", server.url, env);
    services.push(api);
    await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
    const nc = await connect({ servers: server.url });
    try {
      const latency = await apiLatency(new JsonApiClient(nc, { timeoutMs: 30_000 }), { api: api.process.pid ?? 0, collector: collector.process.pid ?? 0 });
      const client = new TypedApiClient(nc, { timeoutMs: 30_000 });
      await inParallel(nodeCount, concurrency, async (i) => void (await client.create(makeNode(`node-${String(i).padStart(4, "0")}`, { cpu: "32", memory: "128Gi", pods: "110" }))));
      const watcher = new BindWatcher(new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET })));
      await watcher.informer.start();
      const scheduler = await startBenchService("services/scheduler/main.ts", server.url, env);
      services.push(scheduler);
      await scheduler.waitForMetrics((text) => metricValue(text, "troupe_leader_is_leader", { lease: "troupe-scheduler" }) === 1, "the scheduler to lead");
      const throughput = await schedulerThroughput(client, watcher, { api: api.process.pid ?? 0, scheduler: scheduler.process.pid ?? 0, collector: collector.process.pid ?? 0 });
      watcher.informer.stop();
      // What reached the store: the batch processors export every 5 s, so give them one period.
      await new Promise((resolve) => setTimeout(resolve, sampling.mode === "off" ? 0 : 6000));
      const stored = metricValue(await collector.metrics(), "troupe_collector_spans_stored_total") ?? 0;
      return { ...latency, ...throughput, spansStored: stored };
    } finally {
      await nc.close();
    }
  } finally {
    for (const service of services.reverse()) await service.stop();
    await server.destroy();
  }
}

const perRound: Record<string, Record<string, number>>[] = [];
for (let index = 0; index < rounds; index++) {
  const results: Record<string, Record<string, number>> = {};
  for (const mode of MODES) {
    results[mode.name] = await measure(mode.sampling);
    console.error(`round ${index + 1}/${rounds} ${mode.name}: ${JSON.stringify(results[mode.name])}`);
  }
  perRound.push(results);
}

const median = (mode: string, key: string) => round(percentile(perRound.map((results) => results[mode][key]), 50));
const figures: Record<string, unknown> = { ratePerSecond: rate, requestsPerOperation: count, nodes: nodeCount, pods: podCount, rounds };
for (const mode of MODES) {
  const keys = Object.keys(perRound[0][mode.name]);
  figures[mode.name] = Object.fromEntries(keys.map((key) => [key, median(mode.name, key)]));
}
// Off is the baseline: >1 means slower (latency) or faster (pods/s) than without tracing.
for (const mode of MODES.slice(1)) {
  figures[`${mode.name}OverOff`] = {
    apiP99: round(median(mode.name, "allP99Ms") / median("off", "allP99Ms")),
    createP99: round(median(mode.name, "createP99Ms") / median("off", "createP99Ms")),
    podsPerSecond: round(median(mode.name, "podsPerSecond") / median("off", "podsPerSecond")),
    apiCpuPerRequest: round(median(mode.name, "apiCpuMsPerRequest") / median("off", "apiCpuMsPerRequest")),
    schedulerCpuPerPod: round(median(mode.name, "schedulerCpuMsPerPod") / median("off", "schedulerCpuMsPerPod")),
  };
}
figures.perRound = perRound;
console.error("API p99 (ms, all requests) and scheduler pods/s, off = baseline:");
for (const mode of MODES) {
  const ratio = mode.name === "off" ? "" : `  (p99 ×${round(median(mode.name, "allP99Ms") / median("off", "allP99Ms"), 2)}, pods/s ×${round(median(mode.name, "podsPerSecond") / median("off", "podsPerSecond"), 2)})`;
  console.error(`  ${mode.name.padEnd(8)} p99 ${median(mode.name, "allP99Ms")} ms  pods/s ${median(mode.name, "podsPerSecond")}  spans stored ${median(mode.name, "spansStored")}${ratio}`);
  console.error(`           CPU: API ${median(mode.name, "apiCpuMsPerRequest")} ms/request, scheduler ${median(mode.name, "schedulerCpuMsPerPod")} ms/pod, API ${median(mode.name, "apiCpuMsPerPod")} ms/pod, collector ${median(mode.name, "collectorCpuMsPerPod")} ms/pod`);
}
await report("tracing", figures);

// Tracing overhead, in one run: the API's request latency (create, update, get at a fixed rate,
// as bench/api.ts) and the scheduler's throughput (pods created while it runs until the last is
// bound, as bench/scheduler.ts' streaming phase) with tracing off, 10% sampled and always
// sampled, each mode as `troupe up --trace-sampling` sets it (cli/cluster/trace-sampling.ts): the
// API and the scheduler in their own processes exporting to a real collector process that stores
// the spans in TROUPE_SPANS. Off is the baseline (no SDK loaded); modes interleave per round so
// the shared machine's drift spreads over all of them; figures are medians over rounds.
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
import { metricValue, startBenchService, type BenchService } from "./support/service-process.ts";

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

async function apiLatency(client: JsonApiClient): Promise<Record<string, number>> {
  await atRate(rate, warmup, async (i) => void (await client.create(configMap(`warm-${i}`, "w"))));
  const objects: KubeObject[] = [];
  const create = await atRate(rate, count, async (i) => void (objects[i] = await client.create(configMap(`cm-${i}`, "0"))));
  const update = await atRate(rate, count, async (i) => void (await client.update({ ...objects[i], data: { value: "1" } })));
  const get = await atRate(rate, count, async (i) => void (await client.get("configmaps", `cm-${i}`)));
  const figures: Record<string, number> = {};
  for (const [name, samples] of Object.entries({ create, update, get })) {
    const summary = summarize(samples);
    figures[`${name}P50Ms`] = summary.p50Ms;
    figures[`${name}P99Ms`] = summary.p99Ms;
  }
  figures.allP99Ms = summarize([...create, ...update, ...get]).p99Ms;
  return figures;
}

async function schedulerThroughput(client: TypedApiClient, watcher: BindWatcher): Promise<number> {
  const firstAt = performance.now();
  await inParallel(podCount, concurrency, async (i) => {
    await client.create(makePod(`pod-${i}`, { namespace: "default", cpu: "100m", memory: "128Mi", owner: `00000000-0000-4000-8000-${String(i % 20).padStart(12, "0")}` }));
  });
  const lastBoundAt = await watcher.allBound("default", podCount);
  return round(podCount / ((lastBoundAt - firstAt) / 1000), 1);
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
    services.push(await startBenchService("services/api/main.ts", server.url, env));
    await waitForApi({ natsUrl: server.url, timeoutMs: 60_000, abort: new Promise<never>(() => {}) });
    const nc = await connect({ servers: server.url });
    try {
      const api = await apiLatency(new JsonApiClient(nc, { timeoutMs: 30_000 }));
      const client = new TypedApiClient(nc, { timeoutMs: 30_000 });
      await inParallel(nodeCount, concurrency, async (i) => void (await client.create(makeNode(`node-${String(i).padStart(4, "0")}`, { cpu: "32", memory: "128Gi", pods: "110" }))));
      const watcher = new BindWatcher(new ObjectRepository(await KvStore.open(nc, { bucket: STATE_BUCKET })));
      await watcher.informer.start();
      const scheduler = await startBenchService("services/scheduler/main.ts", server.url, env);
      services.push(scheduler);
      await scheduler.waitForMetrics((text) => metricValue(text, "troupe_leader_is_leader", { lease: "troupe-scheduler" }) === 1, "the scheduler to lead");
      const podsPerSecond = await schedulerThroughput(client, watcher);
      watcher.informer.stop();
      // What reached the store: the batch processors export every 5 s, so give them one period.
      await new Promise((resolve) => setTimeout(resolve, sampling.mode === "off" ? 0 : 6000));
      const stored = metricValue(await collector.metrics(), "troupe_collector_spans_stored_total") ?? 0;
      return { ...api, podsPerSecond, spansStored: stored };
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
  };
}
figures.perRound = perRound;
console.error("API p99 (ms, all requests) and scheduler pods/s, off = baseline:");
for (const mode of MODES) {
  const ratio = mode.name === "off" ? "" : `  (p99 ×${round(median(mode.name, "allP99Ms") / median("off", "allP99Ms"), 2)}, pods/s ×${round(median(mode.name, "podsPerSecond") / median("off", "podsPerSecond"), 2)})`;
  console.error(`  ${mode.name.padEnd(8)} p99 ${median(mode.name, "allP99Ms")} ms  pods/s ${median(mode.name, "podsPerSecond")}  spans stored ${median(mode.name, "spansStored")}${ratio}`);
}
await report("tracing", figures);

// API latency at a fixed request rate (default 200/s): create, update and get through the API
// service (its own process, as in a cluster), beside raw JetStream KV create/update/get
// measured in the same run against the same nats-server. Each figure is the median over rounds.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { Kvm } from "@nats-io/kv";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { atRate, percentile, report, round as round3, summarize } from "./stats.ts";

const rate = Number(process.env.BENCH_RATE ?? 200);
const count = Number(process.env.BENCH_COUNT ?? 2000);
// The machines are shared and noisy: figures are medians over rounds, each round's kept too.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmup = 200;

const server = await startNatsServer();
const api = spawn(process.execPath, [...serviceNodeFlags("services/api/main.ts"), join(import.meta.dirname, "..", "services", "api", "main.ts")], {
  env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_NATS_URL: server.url, TROUPE_LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  const nc = await connect({ servers: server.url });
  const client = new JsonApiClient(nc);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.get("namespaces", "default");
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const configMap = (name: string, value: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { value } });
  const kv = await new Kvm(nc).create("bench-baseline", { history: 10 });
  const value = new TextEncoder().encode("x".repeat(300));

  // Warm both paths (JIT, connections, consumers) before measuring.
  await atRate(rate, warmup, async (i) => void (await client.create(configMap(`warm-${i}`, "w"))));
  await atRate(rate, warmup, async (i) => void (await kv.put(`warm.${i}`, value)));

  const perRound: Record<string, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const objects: KubeObject[] = [];
    const resourceVersions: string[] = [];
    const prefix = `r${round}`;
    const create = await atRate(rate, count, async (i) => {
      objects[i] = await client.create(configMap(`${prefix}-${i}`, "0"));
      resourceVersions[i] = objects[i].metadata?.resourceVersion ?? "";
    });
    const update = await atRate(rate, count, async (i) => {
      const updated = await client.update({ ...objects[i], metadata: { ...objects[i].metadata, resourceVersion: resourceVersions[i] }, data: { value: "1" } });
      resourceVersions[i] = updated.metadata?.resourceVersion ?? "";
    });
    const get = await atRate(rate, count, async (i) => void (await client.get("configmaps", `${prefix}-${i}`)));
    const revisions: number[] = [];
    const kvCreate = await atRate(rate, count, async (i) => void (revisions[i] = await kv.create(`${prefix}.${i}`, value)));
    const kvUpdate = await atRate(rate, count, async (i) => void (revisions[i] = await kv.update(`${prefix}.${i}`, value, revisions[i])));
    const kvGet = await atRate(rate, count, async (i) => void (await kv.get(`${prefix}.${i}`)));
    const figures: Record<string, number> = {};
    for (const [name, samples] of Object.entries({ create, update, get, kvCreate, kvUpdate, kvGet })) {
      const summary = summarize(samples);
      figures[`${name}P50Ms`] = summary.p50Ms;
      figures[`${name}P99Ms`] = summary.p99Ms;
    }
    perRound.push(figures);
    console.error(`round ${round + 1}/${rounds}: ${JSON.stringify(figures)}`);
  }

  const median = (key: string): number => round3(percentile(perRound.map((figures) => figures[key]), 50));
  const keys = Object.keys(perRound[0]);
  const figures: Record<string, unknown> = { ratePerSecond: rate, requestsPerOperation: count, rounds };
  for (const key of keys) figures[key] = median(key);
  figures.createOverKvP50 = round3(median("createP50Ms") / median("kvCreateP50Ms"));
  figures.getOverKvP50 = round3(median("getP50Ms") / median("kvGetP50Ms"));
  figures.perRound = perRound;
  await nc.close();
  await report("api", figures);
} finally {
  const exited = new Promise((resolve) => api.once("exit", resolve));
  api.kill("SIGTERM");
  await exited;
  await server.destroy();
}

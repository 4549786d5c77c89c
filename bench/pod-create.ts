// Pod create through the API service (its own process), against ConfigMap create in the same run:
// what pod admission adds (defaults, security, LimitRanges, quotas, the VPA's Initial-mode lookup)
// on top of a plain write. The store holds BENCH_OBJECTS other objects first, as a cluster does,
// and one VPA (Off, so no pod is changed: the cost measured is finding out). One request at a
// time (the service time, not queueing), a pod and a ConfigMap in turn so both see the same
// machine; medians over rounds.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { connect } from "@nats-io/transport-node";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../cli/cluster/cluster-services.ts";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { startNatsServer } from "../runtime/nats-server.ts";
import { atRate, percentile, report, round, summarize } from "./stats.ts";

const count = Number(process.env.BENCH_COUNT ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const preloaded = Number(process.env.BENCH_OBJECTS ?? 3000);

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
  const configMap = (name: string): KubeObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data: { value: "x" } });
  const pod = (name: string): KubeObject => ({
    apiVersion: "v1", kind: "Pod", metadata: { name, labels: { app: "bench" } },
    spec: { containers: [{ name: "main", image: "host", command: ["sleep", "1"], resources: { requests: { cpu: "10m" } } }] },
  });
  await atRate(500, preloaded, async (i) => void (await client.create(configMap(`pre-${i}`))));
  await client.create({
    apiVersion: "autoscaling.k8s.io/v1", kind: "VerticalPodAutoscaler", metadata: { name: "bench" },
    spec: { targetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "bench" }, updatePolicy: { updateMode: "Off" } },
  });
  const timed = async (object: KubeObject) => {
    const started = performance.now();
    await client.create(object);
    return performance.now() - started;
  };
  for (let i = 0; i < 200; i++) {
    await timed(pod(`warm-${i}`));
    await timed(configMap(`warm-${i}`));
  }

  const perRound: Record<string, number>[] = [];
  for (let r = 0; r < rounds; r++) {
    const pods: number[] = [];
    const configMaps: number[] = [];
    for (let i = 0; i < count; i++) {
      pods.push(await timed(pod(`r${r}-${i}`)));
      configMaps.push(await timed(configMap(`r${r}-${i}`)));
    }
    const figures: Record<string, number> = {};
    for (const [name, samples] of Object.entries({ podCreate: pods, configMapCreate: configMaps })) {
      const summary = summarize(samples);
      figures[`${name}P50Ms`] = summary.p50Ms;
      figures[`${name}P99Ms`] = summary.p99Ms;
    }
    perRound.push(figures);
    console.error(`round ${r + 1}/${rounds}: ${JSON.stringify(figures)}`);
  }
  const median = (key: string) => round(percentile(perRound.map((figures) => figures[key]), 50));
  const figures: Record<string, unknown> = { requestsPerOperation: count, rounds, preloadedObjects: preloaded };
  for (const key of Object.keys(perRound[0])) figures[key] = median(key);
  figures.podOverConfigMapP50Ms = round(median("podCreateP50Ms") - median("configMapCreateP50Ms"));
  figures.perRound = perRound;
  await nc.close();
  await report("pod-create", figures);
} finally {
  api.kill("SIGTERM");
  await server.destroy();
}

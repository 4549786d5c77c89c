// HPA reaction on a custom metric: a load step of mesh calls on a Deployment of a mesh service
// (test/fixtures/mesh-echo.ts, 1 replica) whose HPA scales on the Pods metric
// mesh_requests_per_second (averageValue 5, maxReplicas 4; sync period 1 s, as the tests run it).
// Per round, from the first call of the step: the metric arrival (custom.metrics.k8s.io shows the
// pod above its target), the decision (the Deployment's replicas raised) and the new replicas
// Ready; then the load stops and the Deployment goes back to 1 (scale-down window 2 s) before the
// next round. One cluster, ROUNDS rounds.
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Mesh } from "../runtime/mesh/mod.ts";
import { parseQuantity } from "../runtime/quantity.ts";
import { eventually, startWorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { report, round, summarize } from "./stats.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RATE = Number(process.env.BENCH_RATE ?? 30);
const FIXTURE = join(import.meta.dirname, "..", "test", "fixtures", "mesh-echo.ts");

const cluster = await startWorkloadCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });
try {
  await cluster.json.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "echo", namespace: "default" },
    spec: {
      replicas: 1, selector: { matchLabels: { app: "echo" } },
      template: { metadata: { labels: { app: "echo" } }, spec: { terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", command: [process.execPath, FIXTURE], env: [{ name: "MESH_SERVICE", value: "echo" }] }] } },
    },
  });
  const readyPods = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=echo" })).items
    .filter((pod) => !pod.metadata?.deletionTimestamp && ((pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True")).length;
  await eventually(readyPods, (count) => count === 1, "the echo pod Ready", 60_000);
  await cluster.json.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "echo", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "echo" }, minReplicas: 1, maxReplicas: 4,
      metrics: [{ type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue: "5" } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 2 } },
    },
  });
  const replicas = async () => ((await cluster.json.getScale("deployments", "echo", { namespace: "default" })).spec as { replicas: number }).replicas;
  const podRate = async () => {
    const list = await cluster.json.customMetrics({ namespace: "default", resource: "pods", name: "*", metric: "mesh_requests_per_second", labelSelector: "app=echo" }).catch(() => ({ items: [] }));
    return Math.max(0, ...(list.items as { value: string }[]).map((item) => parseQuantity(item.value)));
  };
  const mesh = await Mesh.connect({ nc: cluster.nc, namespace: "default" });
  const arrival: number[] = [];
  const decision: number[] = [];
  const ready: number[] = [];
  for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex++) {
    await eventually(replicas, (count) => count === 1, "back to 1 replica", 120_000);
    await eventually(readyPods, (count) => count === 1, "one pod Ready", 60_000);
    await sleep(6000); // the 5 s rate window forgets the previous round
    let running = true;
    const started = Date.now();
    const load = (async () => {
      const batch = Math.max(1, Math.round(RATE / 10));
      while (running) {
        const at = Date.now();
        await Promise.allSettled(Array.from({ length: batch }, () => mesh.call("echo.ping", {}, { timeoutMs: 5000 })));
        await sleep(Math.max(0, 100 - (Date.now() - at)));
      }
    })();
    await eventually(podRate, (rate) => rate > 5, "the metric above its target", 60_000);
    arrival.push(Date.now() - started);
    const scaledTo = await eventually(replicas, (count) => count > 1, "the HPA scaling up", 60_000);
    decision.push(Date.now() - started);
    await eventually(readyPods, (count) => count >= scaledTo, `${scaledTo} pods Ready`, 60_000);
    ready.push(Date.now() - started);
    running = false;
    await load;
  }
  await mesh.stop();
  await report("hpa-custom-metrics", {
    rounds: ROUNDS,
    loadCallsPerSecond: RATE,
    metricArrivalMs: summarize(arrival),
    decisionMs: summarize(decision),
    newReplicasReadyMs: summarize(ready),
    samples: { arrival, decision, ready: ready.map((value) => round(value, 0)) },
  });
} finally {
  await cluster.stop();
}

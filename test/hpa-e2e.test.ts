// The HorizontalPodAutoscaler end to end on a secured cluster run as `troupe up` runs it: a
// CPU-burning Deployment is measured by its kubelet, served as metrics.k8s.io, and the
// controller manager's HPA (sync period 1 s) scales it up to maxReplicas (ScalingLimited
// TooManyReplicas), then, once the pods go idle, back down after the (shortened) scale-down
// stabilization window.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s" } });
});
test.after.always(async () => {
  await cluster?.stop();
});

const BURN = "for (;;) {}";
const IDLE = "setInterval(() => {}, 1 << 30)";

const deployment = (script: string): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "burner", namespace: "default" },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: "burner" } },
    template: {
      metadata: { labels: { app: "burner" } },
      spec: { terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", command: [process.execPath, "-e", script], resources: { requests: { cpu: "100m" }, limits: { cpu: "200m" } } }] },
    },
  },
});

type HpaStatus = { currentReplicas?: number; desiredReplicas?: number; conditions?: { type: string; status: string; reason: string }[]; currentMetrics?: { resource?: { current?: { averageUtilization?: number } } }[] };
const hpaStatus = async () => (await cluster.json.get("horizontalpodautoscalers", "burner", { namespace: "default" })).status as HpaStatus;
const replicas = async () => ((await cluster.json.getScale("deployments", "burner", { namespace: "default" })).spec as { replicas: number }).replicas;

test.serial("a CPU-burning Deployment scales to maxReplicas, then back down after the stabilization window", async (t) => {
  await cluster.json.create(deployment(BURN));
  await cluster.json.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "burner", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "burner" }, minReplicas: 1, maxReplicas: 2,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 3 } },
    },
  });
  const started = Date.now();
  await eventually(replicas, (count) => count === 2, "the HPA scaling the burner to 2", 90_000);
  const scaledUpMs = Date.now() - started;
  const up = await eventually(hpaStatus, (status) => (status.conditions ?? []).some((c) => c.type === "ScalingLimited" && c.reason === "TooManyReplicas"), "ScalingLimited TooManyReplicas", 30_000);
  t.like(up.conditions?.find((c) => c.type === "ScalingActive"), { status: "True", reason: "ValidMetricFound" });
  t.true((up.currentMetrics?.[0]?.resource?.current?.averageUtilization ?? 0) > 100, JSON.stringify(up.currentMetrics));
  const events = (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; message?: string; involvedObject?: { kind?: string } }[];
  t.true(events.some((event) => event.involvedObject?.kind === "HorizontalPodAutoscaler" && event.reason === "SuccessfulRescale" && (event.message ?? "").startsWith("New size: 2; reason: cpu resource utilization")), JSON.stringify(events.map((e) => e.reason)));
  t.log(`1 -> 2 replicas ${scaledUpMs} ms after the HPA was created (metrics every 1 s, sync every 1 s)`);

  // The pods go idle: after the 3 s window the HPA scales back to minReplicas.
  const idle = deployment(IDLE);
  await cluster.json.patch("deployments", "burner", { namespace: "default", patchType: "merge", patch: { spec: { template: (idle.spec as { template: unknown }).template } } });
  const idleSince = Date.now();
  await eventually(replicas, (count) => count === 1, "the HPA scaling the idle Deployment back to 1", 120_000);
  t.log(`2 -> 1 replica ${Date.now() - idleSince} ms after the pods went idle (stabilization window 3 s)`);
  t.pass();
});

// The HPA reconciler against a real API (nats-server + API service): it reads the target's Scale
// and pods, takes the pods' usage from a MetricsSource (here a fixed one: the metrics pipeline is
// tested in test/top.test.ts), sets the replicas through the scale subresource, and writes
// status, conditions and events as Kubernetes does.
import test from "ava";
import { TypedApiClient, type KubeObject } from "../runtime/api-client.ts";
import { Registry } from "prom-client";
import { createHpaMetrics } from "../services/controllers/horizontal-pod-autoscaler/hpa-metrics.ts";
import { HorizontalPodAutoscalerReconciler } from "../services/controllers/horizontal-pod-autoscaler/hpa-reconciler.ts";
import type { MetricsSource, PodUsageSample } from "../services/controllers/horizontal-pod-autoscaler/metrics-source.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
let typed: TypedApiClient;
test.before(async () => {
  cluster = await startApiTestCluster();
  typed = new TypedApiClient(cluster.nc, { timeoutMs: 5000 });
});
test.after.always(async () => {
  await cluster?.stop();
});

/** Usage per pod name, as the kubelets would report it. */
class FixedUsage implements MetricsSource {
  usage = new Map<string, number>();
  async podMetrics(): Promise<PodUsageSample[]> {
    return [...this.usage].map(([pod, cpuMillis]) => ({ pod, containers: [{ name: "c", cpuMillis, memoryBytes: 1 << 20 }], timestamp: Date.now() - 1000, windowMs: 1000 }));
  }
}

async function deploymentWithPods(name: string, replicas: number): Promise<void> {
  await cluster.client.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "busybox" }] } } },
  });
  const started = new Date(Date.now() - 3_600_000).toISOString();
  for (let index = 0; index < replicas; index++) {
    const pod = await cluster.client.create({
      apiVersion: "v1", kind: "Pod", metadata: { name: `${name}-${index}`, labels: { app: name } },
      spec: { containers: [{ name: "c", image: "busybox", resources: { requests: { cpu: "100m" } } }] },
    });
    await cluster.client.updateStatus({ ...pod, status: { phase: "Running", startTime: started, conditions: [{ type: "Ready", status: "True", lastTransitionTime: started }] } });
  }
}

const hpa = (name: string, target: string, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: target }, minReplicas: 1, maxReplicas: 6, metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }], ...spec },
});
type Status = { desiredReplicas?: number; currentReplicas?: number; lastScaleTime?: string; currentMetrics?: unknown[]; conditions?: { type: string; status: string; reason: string; message: string }[] };
const statusOf = async (name: string) => (await cluster.client.get("horizontalpodautoscalers", name)).status as Status;
const conditionOf = (status: Status, type: string) => status.conditions?.find((condition) => condition.type === type);
const events = async (name: string) => (await cluster.client.list("events", { namespace: "default" })).items.filter((event) => (event as { involvedObject?: { name?: string } }).involvedObject?.name === name) as { reason?: string; message?: string }[];

test("high CPU scales the Deployment to Kubernetes' count through its scale subresource", async (t) => {
  await deploymentWithPods("busy", 2);
  const usage = new FixedUsage();
  usage.usage.set("busy-0", 90).set("busy-1", 90);
  await cluster.client.create(hpa("busy", "busy"));
  const recorded: string[] = [];
  const registry = new Registry();
  const hpaMetrics = createHpaMetrics(registry);
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, hpaMetrics, syncPeriodMs: 1000, recorder: { record: async (_object, type, reason, message) => void recorded.push(`${type} ${reason} ${message}`) } });
  t.deepEqual(await reconciler.reconcile({ namespace: "default", name: "busy" }), { requeueAfterMs: 1000 });
  // 90% of requests against 50%: ceil(1.8 x 2) = 4.
  t.like(await cluster.client.getScale("deployments", "busy"), { spec: { replicas: 4 } });
  const status = await statusOf("busy");
  t.like(status, { desiredReplicas: 4, currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 90, averageValue: "90m" } } }] });
  t.truthy(status.lastScaleTime);
  t.like(conditionOf(status, "AbleToScale"), { status: "True", reason: "SucceededRescale", message: "the HPA controller was able to update the target scale to 4" });
  t.like(conditionOf(status, "ScalingActive"), { status: "True", reason: "ValidMetricFound" });
  t.like(conditionOf(status, "ScalingLimited"), { status: "False", reason: "DesiredWithinRange" });
  t.deepEqual(recorded, ["Normal SuccessfulRescale New size: 4; reason: cpu resource utilization (percentage of request) above target"]);
  // Within the sync period (its own status write wakes it) it does not decide again.
  const again = await reconciler.reconcile({ namespace: "default", name: "busy" });
  t.true((again as { requeueAfterMs: number }).requeueAfterMs <= 1000);
  t.is(recorded.length, 1);
  const exposition = await registry.metrics();
  t.regex(exposition, /troupe_hpa_syncs_total\{action="scale_up",error="none"\} 1\n/);
  t.regex(exposition, /troupe_hpa_metric_computations_total\{metric_type="Resource",outcome="ok"\} 1\n/);
});

test("capped by maxReplicas: ScalingLimited True TooManyReplicas", async (t) => {
  await deploymentWithPods("capped", 2);
  const usage = new FixedUsage();
  usage.usage.set("capped-0", 400).set("capped-1", 400);
  await cluster.client.create(hpa("capped", "capped", { maxReplicas: 3 }));
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, syncPeriodMs: 1000 });
  await reconciler.reconcile({ namespace: "default", name: "capped" });
  t.like(await cluster.client.getScale("deployments", "capped"), { spec: { replicas: 3 } });
  t.like(conditionOf(await statusOf("capped"), "ScalingLimited"), { status: "True", reason: "TooManyReplicas" });
});

test("a target that does not exist is AbleToScale False FailedGetScale, with an event", async (t) => {
  await cluster.client.create(hpa("orphan", "nowhere"));
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: new FixedUsage(), syncPeriodMs: 1000, recorder: { record: async () => undefined } });
  await reconciler.reconcile({ namespace: "default", name: "orphan" });
  const condition = conditionOf(await statusOf("orphan"), "AbleToScale");
  t.like(condition, { status: "False", reason: "FailedGetScale" });
  t.regex(condition?.message ?? "", /^the HPA controller was unable to get the target's current scale: .*nowhere/);
});

test("no metrics for the pods: ScalingActive False FailedGetResourceMetric and a FailedComputeMetricsReplicas event", async (t) => {
  await deploymentWithPods("quiet", 2);
  await cluster.client.create(hpa("quiet", "quiet"));
  const recorded: string[] = [];
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: new FixedUsage(), syncPeriodMs: 1000, recorder: { record: async (_object, _type, reason, message) => void recorded.push(`${reason}: ${message}`) } });
  await reconciler.reconcile({ namespace: "default", name: "quiet" });
  t.like(await cluster.client.getScale("deployments", "quiet"), { spec: { replicas: 2 } });
  t.like(conditionOf(await statusOf("quiet"), "ScalingActive"), { status: "False", reason: "FailedGetResourceMetric" });
  t.regex(recorded.join("\n"), /^FailedComputeMetricsReplicas: invalid metrics \(1 invalid out of 1\), first error is: .*no metrics returned from resource metrics API/);
});

test("the real recorder writes the events to the API", async (t) => {
  const { EventRecorder } = await import("../runtime/events/event-recorder.ts");
  await deploymentWithPods("evented", 1);
  const usage = new FixedUsage();
  usage.usage.set("evented-0", 100);
  await cluster.client.create(hpa("evented", "evented"));
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, syncPeriodMs: 1000, recorder: new EventRecorder(typed, { component: "horizontal-pod-autoscaler" }) });
  await reconciler.reconcile({ namespace: "default", name: "evented" });
  const seen = await events("evented");
  t.true(seen.some((event) => event.reason === "SuccessfulRescale" && event.message === "New size: 2; reason: cpu resource utilization (percentage of request) above target"), JSON.stringify(seen));
});

test("a new leader's reconciler continues from the scale history annotation: no scale down inside the window", async (t) => {
  await deploymentWithPods("leader", 2);
  const usage = new FixedUsage();
  usage.usage.set("leader-0", 90).set("leader-1", 90);
  await cluster.client.create(hpa("leader", "leader", { behavior: { scaleDown: { stabilizationWindowSeconds: 60 } } }));
  const start = Date.now();
  const first = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, syncPeriodMs: 1000, now: () => start });
  await first.reconcile({ namespace: "default", name: "leader" });
  t.like(await cluster.client.getScale("deployments", "leader"), { spec: { replicas: 4 } });
  const annotations = async () => ((await cluster.client.get("horizontalpodautoscalers", "leader")).metadata as { annotations?: Record<string, string> }).annotations ?? {};
  t.is((await annotations())["autoscaling.troupe.io/scale-history"], `{"v":1,"r":[[4,${start}]],"u":[[2,${start}]],"d":[]}`);

  // The load goes; a new leader (a reconciler with no memory) syncs 10 s later: the 60 s window
  // still holds the 4 the first one recommended.
  usage.usage.set("leader-0", 5).set("leader-1", 5);
  const second = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, syncPeriodMs: 1000, now: () => start + 10_000 });
  await second.reconcile({ namespace: "default", name: "leader" });
  t.like(await cluster.client.getScale("deployments", "leader"), { spec: { replicas: 4 } });
  t.like(conditionOf(await statusOf("leader"), "AbleToScale"), { reason: "ScaleDownStabilized" });
  t.is((await annotations())["autoscaling.troupe.io/scale-history"], `{"v":1,"r":[[4,${start}],[1,${start + 10_000}]],"u":[[2,${start}]],"d":[]}`);

  // Another new leader after the window: down to what the metrics ask for.
  const third = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: usage, syncPeriodMs: 1000, now: () => start + 61_000 });
  await third.reconcile({ namespace: "default", name: "leader" });
  t.like(await cluster.client.getScale("deployments", "leader"), { spec: { replicas: 1 } });
});

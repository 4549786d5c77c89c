// Predictive scaling in the HPA reconciler against a real API (nats-server + API service), on a
// virtual clock so that three "seasons" of 20 s take no wall time: an External metric that is 0
// for 12 s and 40 for 8 s each season. The reactive HPA follows it; the predictive one (annotation,
// season 20s, lead 4s) says InsufficientHistory in the first season, then raises the replicas
// before the peak (PredictiveScaling True ForecastAboveReactive, a PredictiveScaleUp event, the
// troupe_hpa_predictive_syncs_total counter), saves its history in a ConfigMap owned by the HPA,
// and a new reconciler (a new leader) reading it forecasts at once.
import test from "ava";
import { Registry } from "prom-client";
import { TypedApiClient, type KubeObject } from "../runtime/api-client.ts";
import { createHpaMetrics } from "../services/controllers/horizontal-pod-autoscaler/hpa-metrics.ts";
import { HorizontalPodAutoscalerReconciler } from "../services/controllers/horizontal-pod-autoscaler/hpa-reconciler.ts";
import type { MetricsSource } from "../services/controllers/horizontal-pod-autoscaler/metrics-source.ts";
import { ConfigMapHistoryStore, HISTORY_KEY, parseHistory } from "../services/controllers/horizontal-pod-autoscaler/predictive/history-store.ts";
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

const SEASON_S = 20;
const T0 = 1_900_000_000_000;
/** The queue lag at virtual time `now`: 40 from second 12 to 20 of each season, else 0. */
const lag = (now: number) => (Math.floor((now - T0) / 1000) % SEASON_S >= 12 ? 40 : 0);

class PatternLag implements MetricsSource {
  now = T0;
  async podMetrics() {
    return [];
  }
  async externalMetric(): Promise<number> {
    return lag(this.now);
  }
}

const hpa = (name: string, annotations: Record<string, string> = {}): KubeObject => ({
  apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name, annotations },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name }, minReplicas: 1, maxReplicas: 5,
    metrics: [{ type: "External", external: { metric: { name: "jetstream_consumer_pending", selector: { matchLabels: { stream: "S", consumer: "c" } } }, target: { type: "AverageValue", averageValue: "10" } } }],
    behavior: { scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: "Pods", value: 10, periodSeconds: 1 }] }, scaleDown: { stabilizationWindowSeconds: 0, policies: [{ type: "Percent", value: 100, periodSeconds: 1 }] } },
  },
});
const PREDICTIVE = { "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": `${SEASON_S}s`, "autoscaling.troupe.io/predictive-lead": "4s" };
type Condition = { type: string; status: string; reason: string; message: string };
const conditionOf = async (name: string, type: string) => ((await cluster.client.get("horizontalpodautoscalers", name)).status as { conditions?: Condition[] }).conditions?.find((entry) => entry.type === type);
const replicasOf = async (name: string) => ((await cluster.client.getScale("deployments", name)).spec as { replicas: number }).replicas;

async function deployment(name: string): Promise<void> {
  await cluster.client.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name },
    spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "c", image: "busybox" }] } } },
  });
}

test("the predictive HPA learns a season, then scales before the peak the reactive one waits for; a new leader keeps the history", async (t) => {
  await deployment("reactive");
  await deployment("predictive");
  await cluster.client.create(hpa("reactive"));
  await cluster.client.create(hpa("predictive", PREDICTIVE));
  const source = new PatternLag();
  const recorded: string[] = [];
  const registry = new Registry();
  const store = new ConfigMapHistoryStore(typed);
  const deps = { client: typed, metrics: source, syncPeriodMs: 1000, now: () => source.now, predictiveStore: store, predictivePersistIntervalMs: 1000, recorder: { record: async (_object: unknown, type: string, reason: string, message: string) => void recorded.push(`${type} ${reason} ${message}`) } };
  const reconciler = new HorizontalPodAutoscalerReconciler({ ...deps, hpaMetrics: createHpaMetrics(registry) });
  /** Replicas of each HPA at second 10 of each season: the lag is still 0 there, the peak 2 s away. */
  const beforePeak: { reactive: number; predictive: number }[] = [];
  for (let second = 0; second < 3 * SEASON_S; second++) {
    source.now = T0 + second * 1000;
    await reconciler.reconcile({ namespace: "default", name: "reactive" });
    await reconciler.reconcile({ namespace: "default", name: "predictive" });
    if (second === 5) t.like(await conditionOf("predictive", "PredictiveScaling"), { status: "False", reason: "InsufficientHistory" });
    if (second % SEASON_S === 10) beforePeak.push({ reactive: await replicasOf("reactive"), predictive: await replicasOf("predictive") });
    if (second === 15) t.is(await replicasOf("reactive"), 4, "the reactive HPA follows the peak: 40 / 10");
  }
  t.deepEqual(beforePeak[0], { reactive: 1, predictive: 1 }, "first season: nothing to forecast from");
  t.deepEqual(beforePeak.slice(1), [{ reactive: 1, predictive: 4 }, { reactive: 1, predictive: 4 }], "later seasons: the forecast of 40 within the next 4 s");
  t.is(await conditionOf("reactive", "PredictiveScaling"), undefined, "no condition without the annotation");
  t.true(recorded.some((entry) => /^Normal PredictiveScaleUp New size: 4 ahead of the load; forecast over the next 4s: external metric jetstream_consumer_pending\(.*\) at \d+(\.\d+)? \(4 replicas\), above the [01] the current metrics ask for$/.test(entry)), recorded.join("\n"));
  t.true(recorded.some((entry) => entry.startsWith("Normal SuccessfulRescale New size: 4; reason: forecast of external metric jetstream_consumer_pending")), recorded.join("\n"));
  t.regex(await registry.metrics(), /troupe_hpa_predictive_syncs_total\{outcome="raised"\} [1-9]/);
  t.regex(await registry.metrics(), /troupe_hpa_predictive_syncs_total\{outcome="insufficient_history"\} (19|20|21)\n/);

  const configMap = await cluster.client.get("configmaps", "predictive-predictive-history");
  const owner = (configMap.metadata as { ownerReferences?: { kind?: string; name?: string }[] }).ownerReferences?.[0];
  t.like(owner, { kind: "HorizontalPodAutoscaler", name: "predictive" });
  const saved = parseHistory((configMap.data as Record<string, string>)[HISTORY_KEY]);
  t.is(saved?.seasonMs, 20_000);
  t.is(Object.values(saved?.series ?? {})[0]?.model?.season.length, 20, "20 buckets of 1 s");

  // A new leader: a fresh reconciler with the same store, 9 s into the fourth season (the peak 3 s away).
  const successor = new HorizontalPodAutoscalerReconciler(deps);
  source.now = T0 + (3 * SEASON_S + 9) * 1000;
  await successor.reconcile({ namespace: "default", name: "predictive" });
  t.like(await conditionOf("predictive", "PredictiveScaling"), { status: "True", reason: "ForecastAboveReactive" });
});

test("turning the annotation off drops the PredictiveScaling condition", async (t) => {
  await deployment("toggled");
  await cluster.client.create(hpa("toggled", PREDICTIVE));
  const source = new PatternLag();
  const reconciler = new HorizontalPodAutoscalerReconciler({ client: typed, metrics: source, syncPeriodMs: 1000, now: () => source.now });
  await reconciler.reconcile({ namespace: "default", name: "toggled" });
  t.like(await conditionOf("toggled", "PredictiveScaling"), { status: "False", reason: "InsufficientHistory" });
  const current = await cluster.client.get("horizontalpodautoscalers", "toggled");
  await cluster.client.update({ ...current, metadata: { ...current.metadata, annotations: { "autoscaling.troupe.io/predictive": "false" } } });
  source.now += 1000;
  await reconciler.reconcile({ namespace: "default", name: "toggled" });
  t.is(await conditionOf("toggled", "PredictiveScaling"), undefined);
});

// Reconciles one HorizontalPodAutoscaler every sync period (Kubernetes' reconcileAutoscaler):
// reads the target's Scale, the pods its selector matches and their usage (MetricsSource),
// decides (decide-replicas.ts), sets the Scale's replicas, writes status and records events
// (SuccessfulRescale, FailedGetScale, FailedRescale, FailedComputeMetricsReplicas). The
// recommendation and scale-event history lives in this process, as in Kubernetes' controller, and
// is also written to the HPA's scale-history annotation (scale-history.ts) after each sync, so a
// new leader (or a restarted controller manager) starts from it instead of from nothing;
// predictive scaling's per-metric history (predictive/, opted in by annotation) is saved to a
// ConfigMap per HPA (predictive/history-store.ts) for the same reason.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { longestPeriodSeconds } from "../../../runtime/autoscaling/hpa-periods.ts";
import { findResourceByKindOnly } from "../../../runtime/codec/resources.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { readPredictiveConfig } from "../../../runtime/autoscaling/hpa-predictive.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import { parseLabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { HORIZONTAL_POD_AUTOSCALERS, PODS, type PodObject } from "../resources.ts";
import { decideReplicas, EMPTY_HISTORY, type ConditionDecision, type DecisionHistory } from "./decide-replicas.ts";
import type { HpaMetrics, PredictiveOutcome } from "./hpa-metrics.ts";
import { ableToScale, mergeConditions } from "./hpa-status.ts";
import { DEFAULT_PERSIST_INTERVAL_MS, foldedSince, type PredictiveHistoryStore } from "./predictive/history-store.ts";
import { predictiveCondition, predictReplicas, type PredictiveHistory, type PredictiveResult } from "./predictive/predict-replicas.ts";
import { evaluateMetrics, type CustomMetricValue } from "./metric-outcomes.ts";
import type { MetricsSource, PodUsageSample } from "./metrics-source.ts";
import { recordScaleEvent } from "./normalization.ts";
import type { PodForScaling } from "./pod-groups.ts";
import { decodeScaleHistory, encodeScaleHistory, SCALE_HISTORY_ANNOTATION } from "./scale-history.ts";

export type HorizontalPodAutoscalerObject = troupe.v1.HorizontalPodAutoscaler.$Properties & ApiObject;
type Status = troupe.v1.HorizontalPodAutoscalerStatus.$Properties;

export const HPA_FIELD_MANAGER = "horizontal-pod-autoscaler";

export interface HpaReconcilerDeps {
  client: TypedApiClient;
  metrics: MetricsSource;
  recorder?: Pick<EventRecorder, "record">;
  hpaMetrics?: HpaMetrics;
  syncPeriodMs: number;
  now?: () => number;
  /** Where predictive history is saved and read back (absent: in this process only). */
  predictiveStore?: PredictiveHistoryStore;
  /** At most one save per HPA this often (DEFAULT_PERSIST_INTERVAL_MS). */
  predictivePersistIntervalMs?: number;
}

/** The troupe_hpa_predictive_syncs_total outcome of a PredictiveScaling reason. */
function predictiveOutcome(reason: string | undefined, raised: boolean): PredictiveOutcome {
  if (raised) return "raised";
  switch (reason) {
    case "ForecastAboveReactive": return "above_reactive";
    case "ForecastWithinReactive": return "within_reactive";
    case "InsufficientHistory": return "insufficient_history";
    case "InvalidAnnotation": return "invalid_annotation";
    default: return "no_load";
  }
}

const hpaRef = (hpa: HorizontalPodAutoscalerObject) => ({ namespace: hpa.metadata?.namespace ?? "default", name: hpa.metadata?.name ?? "", uid: hpa.metadata?.uid ?? "" });

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function podForScaling(pod: PodObject): PodForScaling {
  const ready = (pod.status?.conditions ?? []).find((condition) => condition.type === "Ready");
  const start = pod.status?.startTime ? Date.parse(pod.status.startTime) : undefined;
  return {
    name: pod.metadata?.name ?? "",
    phase: pod.status?.phase ?? "Pending",
    deleting: Boolean(pod.metadata?.deletionTimestamp),
    startTime: start !== undefined && Number.isFinite(start) ? start : undefined,
    ready: ready ? { status: (ready.status ?? "Unknown") as "True" | "False" | "Unknown", lastTransitionTime: Date.parse(ready.lastTransitionTime ?? "") || 0 } : undefined,
    requests: (pod.spec?.containers ?? []).map((container) => ({ container: container.name ?? "", resources: requestUnits(container.resources?.requests ?? {}) })),
  };
}

/** Requests in the comparison units: millicores for cpu, bytes for memory. */
function requestUnits(requests: Record<string, string>): Record<string, number> {
  const units: Record<string, number> = {};
  if (requests.cpu !== undefined) units.cpu = Math.round(parseQuantityOrZero(requests.cpu) * 1000);
  if (requests.memory !== undefined) units.memory = parseQuantityOrZero(requests.memory);
  return units;
}

function parseQuantityOrZero(text: string): number {
  try {
    return parseQuantity(text);
  } catch {
    return 0;
  }
}

export class HorizontalPodAutoscalerReconciler implements Reconciler {
  readonly #deps: HpaReconcilerDeps;
  readonly #history = new Map<string, DecisionHistory>();
  /** Predictive scaling's series of each opted-in HPA (bounded: m buckets per metric). */
  readonly #predictive = new Map<string, PredictiveHistory>();
  /** What was last saved to the store for each HPA (or read from it), and when a save was last tried. */
  readonly #saved = new Map<string, { history?: PredictiveHistory; at: number }>();
  /** When each HPA was last synced, at which generation: its own status writes do not resync it early. */
  readonly #lastSync = new Map<string, { at: number; generation: number }>();

  constructor(deps: HpaReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<ReconcileResult | void> {
    const { client } = this.#deps;
    const key = `${namespace}/${name}`;
    let hpa: HorizontalPodAutoscalerObject;
    try {
      hpa = await client.get<HorizontalPodAutoscalerObject>(HORIZONTAL_POD_AUTOSCALERS, namespace, name);
    } catch (error) {
      if (error instanceof ApiError && error.code === 404) {
        this.#history.delete(key);
        this.#predictive.delete(key);
        this.#saved.delete(key);
        this.#lastSync.delete(key);
        return;
      }
      throw error;
    }
    const now = (this.#deps.now ?? Date.now)();
    const generation = Number(hpa.metadata?.generation ?? 0);
    const last = this.#lastSync.get(key);
    if (last && last.generation === generation && now - last.at < this.#deps.syncPeriodMs) {
      return { requeueAfterMs: last.at + this.#deps.syncPeriodMs - now };
    }
    this.#lastSync.set(key, { at: now, generation });
    await this.#sync(hpa, key);
    return { requeueAfterMs: this.#deps.syncPeriodMs };
  }

  async #sync(hpa: HorizontalPodAutoscalerObject, key: string): Promise<void> {
    const { client, recorder } = this.#deps;
    const now = (this.#deps.now ?? Date.now)();
    const namespace = hpa.metadata?.namespace ?? "default";
    const spec = hpa.spec ?? {};
    const ref = spec.scaleTargetRef ?? {};
    const info = findResourceByKindOnly(ref.kind ?? "");
    let scale: troupe.v1.Scale.$Properties;
    try {
      if (!info) throw new Error(`no resource of kind ${JSON.stringify(ref.kind ?? "")} has a scale subresource`);
      scale = await client.getScale(info, namespace, ref.name ?? "");
    } catch (error) {
      const condition = ableToScale.failedGetScale(message(error));
      void recorder?.record(hpa, "Warning", "FailedGetScale", message(error));
      this.#deps.hpaMetrics?.syncs.inc({ action: "none", error: "get_scale" });
      await this.#writeStatus(hpa, { ...hpa.status, conditions: mergeConditions(hpa.status?.conditions ?? [], [condition], kubernetesTime(new Date(now))) });
      return;
    }
    const currentReplicas = scale.spec?.replicas ?? 0;
    const selector = scale.status?.selector ?? "";
    const conditions: ConditionDecision[] = [];
    let evaluation;
    try {
      parseLabelSelector(selector);
      const pods = (await client.list<PodObject>(PODS, { namespace, labelSelector: selector })).items.map(podForScaling);
      const usage = await this.#deps.metrics.podMetrics(namespace, selector).catch((error: unknown): Error => (error instanceof Error ? error : new Error(String(error))));
      const external = await this.#externalValues(namespace, spec.metrics ?? []);
      const custom = await this.#customValues(namespace, selector, spec.metrics ?? []);
      evaluation = evaluateMetrics(spec.metrics ?? [], { currentReplicas, pods, usage: usage as PodUsageSample[] | Error, now, external, custom });
    } catch (error) {
      conditions.push({ type: "ScalingActive", status: "False", reason: "InvalidSelector", message: `the HPA target's scale is missing a selector or has an invalid one: ${message(error)}` });
      void recorder?.record(hpa, "Warning", "SelectorRequired", message(error));
      await this.#writeStatus(hpa, { ...hpa.status, currentReplicas: scale.status?.replicas ?? 0, conditions: mergeConditions(hpa.status?.conditions ?? [], conditions, kubernetesTime(new Date(now))) });
      return;
    }
    const predictive = readPredictiveConfig(hpa.metadata?.annotations);
    let forecast: PredictiveResult | undefined;
    if (predictive.config) {
      const previous = this.#predictive.get(key) ?? (await this.#loadPredictive(hpa, key));
      forecast = predictReplicas({ history: previous, config: predictive.config, syncPeriodMs: this.#deps.syncPeriodMs, metrics: spec.metrics ?? [], outcomes: evaluation.outcomes, currentReplicas, now });
      this.#predictive.set(key, forecast.history);
    } else {
      this.#predictive.delete(key);
      this.#saved.delete(key);
    }
    const history = this.#history.get(key) ?? decodeScaleHistory(hpa.metadata?.annotations?.[SCALE_HISTORY_ANNOTATION] ?? undefined) ?? EMPTY_HISTORY;
    const decision = decideReplicas({
      currentReplicas, minReplicas: spec.minReplicas ?? 1, maxReplicas: spec.maxReplicas ?? 1, behavior: spec.behavior, metrics: evaluation.outcomes, history, now,
      forecast: forecast?.leading ? { replicas: forecast.leading.replicas, description: forecast.leading.description } : undefined,
    });
    conditions.push(...decision.conditions);
    const predictiveState = predictive.config && forecast
      ? predictiveCondition(forecast, predictive.config, decision.reactiveReplicas)
      : predictive.problems.length > 0
        ? { type: "PredictiveScaling" as const, status: "False" as const, reason: "InvalidAnnotation", message: predictive.problems.map((problem) => `${problem.field}: ${problem.detail}`).join("; ") }
        : undefined;
    if (predictiveState) conditions.push(predictiveState);
    if (predictiveState) this.#deps.hpaMetrics?.predictive.inc({ outcome: predictiveOutcome(predictiveState.reason, decision.forecastRaised === true && decision.rescale) });
    spec.metrics?.forEach((metric, index) => {
      const type = metric.type ?? "";
      if (evaluation.outcomes[index]) this.#deps.hpaMetrics?.metricComputations.inc({ metric_type: type, outcome: evaluation.outcomes[index].ok ? "ok" : "error" });
    });
    const action = !decision.rescale ? "none" : decision.desiredReplicas > currentReplicas ? "scale_up" : "scale_down";
    // As Kubernetes: each External metric that could not be read gets its own event (FailedGetExternalMetric).
    for (const outcome of evaluation.outcomes) if (!outcome.ok && ["FailedGetExternalMetric", "FailedGetPodsMetric", "FailedGetObjectMetric"].includes(outcome.reason)) void recorder?.record(hpa, "Warning", outcome.reason, outcome.message);
    if (decision.metricsError) void recorder?.record(hpa, "Warning", "FailedComputeMetricsReplicas", decision.metricsError);
    let nextHistory = decision.history;
    let lastScaleTime = hpa.status?.lastScaleTime ?? "";
    if (decision.rescale) {
      try {
        await client.updateScale(info, namespace, ref.name ?? "", decision.desiredReplicas, { fieldManager: HPA_FIELD_MANAGER });
        const events = recordScaleEvent({ up: nextHistory.scaleUpEvents, down: nextHistory.scaleDownEvents }, currentReplicas, decision.desiredReplicas, now, longestPeriodSeconds(spec.behavior));
        nextHistory = { ...nextHistory, scaleUpEvents: events.up, scaleDownEvents: events.down };
        lastScaleTime = kubernetesTime(new Date(now));
        conditions.push(ableToScale.succeeded(decision.desiredReplicas));
        void recorder?.record(hpa, "Normal", "SuccessfulRescale", `New size: ${decision.desiredReplicas}; reason: ${decision.rescaleReason}`);
        if (decision.forecastRaised && predictiveState) void recorder?.record(hpa, "Normal", "PredictiveScaleUp", `New size: ${decision.desiredReplicas} ahead of the load; ${predictiveState.message}`);
        this.#deps.hpaMetrics?.syncs.inc({ action, error: "none" });
      } catch (error) {
        conditions.push(ableToScale.failedUpdateScale(message(error)));
        void recorder?.record(hpa, "Warning", "FailedRescale", `New size: ${decision.desiredReplicas}; reason: ${decision.rescaleReason}; error: ${message(error)}`);
        this.#deps.hpaMetrics?.syncs.inc({ action, error: "update_scale" });
      }
    } else {
      this.#deps.hpaMetrics?.syncs.inc({ action: "none", error: decision.metricsError ? "metrics" : "none" });
    }
    this.#history.set(key, nextHistory);
    const status: Status = {
      observedGeneration: hpa.metadata?.generation,
      lastScaleTime,
      currentReplicas: scale.status?.replicas ?? 0,
      desiredReplicas: decision.desiredReplicas,
      currentMetrics: evaluation.currentMetrics,
      conditions: mergeConditions((hpa.status?.conditions ?? []).filter((condition) => predictiveState || condition.type !== "PredictiveScaling"), conditions, kubernetesTime(new Date(now))),
    };
    await this.#writeStatus(hpa, status);
    await this.#writeHistory(hpa, nextHistory);
    // Saved after the decision is acted on: a slow ConfigMap write does not delay the scaling.
    if (forecast) await this.#savePredictive(hpa, key, forecast.history, now);
  }

  /** The history on the HPA (a merge patch of the one annotation, after the status: no conflict with it). */
  async #writeHistory(hpa: HorizontalPodAutoscalerObject, history: DecisionHistory): Promise<void> {
    const encoded = encodeScaleHistory(history);
    if (hpa.metadata?.annotations?.[SCALE_HISTORY_ANNOTATION] === encoded) return;
    await this.#deps.client.patch(HORIZONTAL_POD_AUTOSCALERS, hpa.metadata?.name ?? "", {
      namespace: hpa.metadata?.namespace ?? "default", patchType: "merge", fieldManager: HPA_FIELD_MANAGER,
      patch: { metadata: { annotations: { [SCALE_HISTORY_ANNOTATION]: encoded } } },
    });
  }

  /** The history a previous leader saved, read once per HPA and process (a failed read starts afresh). */
  async #loadPredictive(hpa: HorizontalPodAutoscalerObject, key: string): Promise<PredictiveHistory | undefined> {
    const store = this.#deps.predictiveStore;
    if (!store || this.#saved.has(key)) return undefined;
    const history = await store.load(hpaRef(hpa)).catch((error: unknown) => {
      void this.#deps.recorder?.record(hpa, "Warning", "FailedLoadPredictiveHistory", `starting predictive history afresh: ${message(error)}`);
      return undefined;
    });
    if (history) this.#saved.set(key, { history, at: (this.#deps.now ?? Date.now)() });
    return history;
  }

  async #savePredictive(hpa: HorizontalPodAutoscalerObject, key: string, history: PredictiveHistory, now: number): Promise<void> {
    const store = this.#deps.predictiveStore;
    if (!store) return;
    const saved = this.#saved.get(key);
    if (saved && now - saved.at < (this.#deps.predictivePersistIntervalMs ?? DEFAULT_PERSIST_INTERVAL_MS)) return;
    if (!foldedSince(saved?.history, history)) return;
    try {
      await store.save(hpaRef(hpa), history);
      this.#saved.set(key, { history, at: now });
    } catch (error) {
      // Tried again after the interval, not at every sync.
      this.#saved.set(key, { history: saved?.history, at: now });
      void this.#deps.recorder?.record(hpa, "Warning", "FailedSavePredictiveHistory", message(error));
    }
  }

  /** Each External metric's value (by index in spec.metrics), or the Error reading it. */
  async #externalValues(namespace: string, metrics: readonly troupe.v1.MetricSpec.$Properties[]): Promise<Map<number, number | Error>> {
    const values = new Map<number, number | Error>();
    const source = this.#deps.metrics;
    await Promise.all(metrics.map(async (metric, index) => {
      if (metric.type !== "External") return;
      if (!source.externalMetric) {
        values.set(index, new Error("no external metrics source is configured"));
        return;
      }
      values.set(index, await source.externalMetric(namespace, metric.external?.metric).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    }));
    return values;
  }

  /** Each Pods metric's per-pod values and each Object metric's value (by index), or the Error reading it. */
  async #customValues(namespace: string, selector: string, metrics: readonly troupe.v1.MetricSpec.$Properties[]): Promise<Map<number, CustomMetricValue>> {
    const values = new Map<number, CustomMetricValue>();
    const source = this.#deps.metrics;
    const failed = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
    await Promise.all(metrics.map(async (metric, index) => {
      if (metric.type === "Pods") {
        values.set(index, source.podsMetric ? await source.podsMetric(namespace, selector, metric.pods?.metric).catch(failed) : new Error("no custom metrics source is configured"));
      } else if (metric.type === "Object") {
        values.set(index, source.objectMetric ? await source.objectMetric(namespace, metric.object?.describedObject, metric.object?.metric).catch(failed) : new Error("no custom metrics source is configured"));
      }
    }));
    return values;
  }

  async #writeStatus(hpa: HorizontalPodAutoscalerObject, status: Status): Promise<void> {
    if (JSON.stringify(status) === JSON.stringify(hpa.status ?? {})) return;
    await this.#deps.client.updateStatus<HorizontalPodAutoscalerObject>({ ...hpa, status });
  }
}

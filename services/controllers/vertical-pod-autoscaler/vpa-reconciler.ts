// The VPA recommender for one VerticalPodAutoscaler, every interval (TROUPE_VPA_INTERVAL, 10 s):
// reads the target workload and its selector, lists the PodMetrics of the pods it selects
// (MetricsSource: `list pods.metrics.k8s.io`), adds each new sample to the container's history
// (one history per VPA and container name, over all its pods, as the VPA aggregates them) and
// writes status.recommendation and the conditions. A target that does not exist, or selects no
// pods, is reported in the conditions with the reason and an event. Histories live in this process.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import { findResourceByKindOnly } from "../../../runtime/codec/resources.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import { selectorString } from "../../../runtime/selectors/selector-string.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { MetricsSource } from "../horizontal-pod-autoscaler/metrics-source.ts";
import { PODS, VERTICAL_POD_AUTOSCALERS, type PodObject } from "../resources.ts";
import { chooseEviction } from "./choose-eviction.ts";
import { boundsOf, controlledResources, isOff, policyFor } from "./container-policy.ts";
import { ContainerHistory, type HistoryOptions } from "./container-state.ts";
import { confidence, recommend, type RecommendOptions } from "./recommend.ts";
import { containerRecommendation, mergeConditions, type ConditionDecision } from "./vpa-status.ts";
import type { VpaMetrics } from "./vpa-metrics.ts";

export type VerticalPodAutoscalerObject = troupe.v1.VerticalPodAutoscaler.$Properties & ApiObject;
type Status = troupe.v1.VerticalPodAutoscalerStatus.$Properties;
interface WorkloadJson { spec?: { selector?: Parameters<typeof selectorString>[0] } }

export interface VpaReconcilerDeps {
  client: TypedApiClient;
  metrics: MetricsSource;
  recorder?: Pick<EventRecorder, "record">;
  vpaMetrics?: VpaMetrics;
  intervalMs: number;
  /** The Eviction API (honours PodDisruptionBudgets): Recreate and Auto evict pods out of bounds. */
  evict?: (namespace: string, name: string) => Promise<void>;
  history?: Partial<HistoryOptions>;
  recommendOptions?: RecommendOptions;
  now?: () => number;
}

interface VpaState {
  containers: Map<string, ContainerHistory>;
  /** The last sample taken from each pod/container, so a report is counted once. */
  lastSample: Map<string, number>;
  /** The event last recorded for a configuration problem (recorded again only when it changes). */
  lastProblem?: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** Less than a day of history: the recommendation is provided, its confidence is low. */
const LOW_CONFIDENCE_DAYS = 1;

export class VerticalPodAutoscalerReconciler implements Reconciler {
  readonly #deps: VpaReconcilerDeps;
  readonly #states = new Map<string, VpaState>();

  constructor(deps: VpaReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<ReconcileResult | void> {
    const key = `${namespace}/${name}`;
    let vpa: VerticalPodAutoscalerObject;
    try {
      vpa = await this.#deps.client.get<VerticalPodAutoscalerObject>(VERTICAL_POD_AUTOSCALERS, namespace, name);
    } catch (error) {
      if (error instanceof ApiError && error.code === 404) {
        this.#states.delete(key);
        return;
      }
      throw error;
    }
    let state = this.#states.get(key);
    if (!state) {
      state = { containers: new Map(), lastSample: new Map() };
      this.#states.set(key, state);
    }
    await this.#sync(vpa, state);
    return { requeueAfterMs: this.#deps.intervalMs };
  }

  async #problem(vpa: VerticalPodAutoscalerObject, state: VpaState, condition: ConditionDecision, outcome: string): Promise<void> {
    const text = `${condition.reason}: ${condition.message}`;
    if (state.lastProblem !== text) void this.#deps.recorder?.record(vpa, "Warning", condition.reason ?? "", condition.message ?? "");
    state.lastProblem = text;
    this.#deps.vpaMetrics?.syncs.inc({ outcome });
    const now = kubernetesTime(new Date((this.#deps.now ?? Date.now)()));
    const provided: ConditionDecision = { type: "RecommendationProvided", status: "False", reason: condition.reason, message: condition.message };
    const other: ConditionDecision[] = condition.type === "ConfigUnsupported" ? [{ type: "NoPodsMatched", status: "False" }] : [{ type: "ConfigUnsupported", status: "False" }];
    await this.#writeStatus(vpa, { recommendation: vpa.status?.recommendation ?? undefined, conditions: mergeConditions(vpa.status?.conditions ?? [], [condition, provided, ...other], now) });
  }

  async #sync(vpa: VerticalPodAutoscalerObject, state: VpaState): Promise<void> {
    const { client } = this.#deps;
    const namespace = vpa.metadata?.namespace ?? "default";
    const ref = vpa.spec?.targetRef ?? {};
    const info = findResourceByKindOnly(ref.kind ?? "");
    let selector: string;
    try {
      if (!info) throw new Error(`unknown kind ${JSON.stringify(ref.kind ?? "")}`);
      const target = (await client.get(info, namespace, ref.name ?? "")) as unknown as WorkloadJson;
      selector = selectorString(target.spec?.selector);
      if (!selector) throw new Error(`${ref.kind} ${ref.name} has no selector`);
    } catch (error) {
      const reason = error instanceof ApiError && error.code === 404 ? `${ref.kind}.${info?.group || "core"} ${JSON.stringify(ref.name ?? "")} not found in namespace ${namespace}` : message(error);
      await this.#problem(vpa, state, { type: "ConfigUnsupported", status: "True", reason: "FailedGetTarget", message: `Cannot read targetRef: ${reason}` }, "target_missing");
      return;
    }
    const pods = (await client.list<PodObject>(PODS, { namespace, labelSelector: selector })).items.filter((pod) => !pod.metadata?.deletionTimestamp);
    if (pods.length === 0) {
      await this.#problem(vpa, state, { type: "NoPodsMatched", status: "True", reason: "NoPodsMatched", message: `No pods match this VPA object (selector ${selector})` }, "no_pods");
      return;
    }
    state.lastProblem = undefined;
    const requests = new Map<string, number>();
    for (const pod of pods) {
      for (const container of pod.spec?.containers ?? []) {
        const cpu = container.resources?.requests?.cpu;
        requests.set(`${pod.metadata?.name}/${container.name}`, cpu ? parseQuantity(cpu) : 0);
      }
    }
    const usage = await this.#deps.metrics.podMetrics(namespace, selector).catch(() => []);
    for (const sample of usage) {
      for (const container of sample.containers) {
        const sampleKey = `${sample.pod}/${container.name}`;
        if ((state.lastSample.get(sampleKey) ?? -1) >= sample.timestamp) continue;
        state.lastSample.set(sampleKey, sample.timestamp);
        let history = state.containers.get(container.name);
        if (!history) {
          history = new ContainerHistory({ halfLifeMs: this.#deps.history?.halfLifeMs ?? 24 * 3600_000, memoryIntervalMs: this.#deps.history?.memoryIntervalMs ?? 24 * 3600_000 });
          state.containers.set(container.name, history);
        }
        history.addSample(sample.timestamp, container.cpuMillis / 1000, container.memoryBytes, requests.get(sampleKey) ?? 0);
        this.#deps.vpaMetrics?.samples.inc();
      }
    }
    const recommendations: troupe.v1.RecommendedContainerResources.$Properties[] = [];
    let lowestConfidence = Number.POSITIVE_INFINITY;
    for (const [containerName, history] of [...state.containers].sort(([a], [b]) => a.localeCompare(b))) {
      const policy = policyFor(vpa.spec?.resourcePolicy, containerName);
      if (isOff(policy) || history.sampleCount() === 0) continue;
      const recommendation = recommend(history, boundsOf(policy), this.#deps.recommendOptions);
      recommendations.push(containerRecommendation(containerName, recommendation, controlledResources(policy)));
      lowestConfidence = Math.min(lowestConfidence, confidence(history));
    }
    const conditions: ConditionDecision[] = [{ type: "NoPodsMatched", status: "False" }, { type: "ConfigUnsupported", status: "False" }];
    if (recommendations.length > 0) {
      conditions.push({ type: "RecommendationProvided", status: "True" });
      conditions.push(lowestConfidence < LOW_CONFIDENCE_DAYS
        ? { type: "LowConfidence", status: "True", reason: "ShortHistory", message: `less than ${LOW_CONFIDENCE_DAYS} day of usage history` }
        : { type: "LowConfidence", status: "False" });
    } else {
      conditions.push({ type: "RecommendationProvided", status: "False", reason: "NoUsage", message: "no usage reported yet for the target's pods" });
    }
    this.#deps.vpaMetrics?.syncs.inc({ outcome: recommendations.length > 0 ? "recommended" : "no_usage" });
    const now = kubernetesTime(new Date((this.#deps.now ?? Date.now)()));
    const status: Status = {
      recommendation: recommendations.length > 0 ? { containerRecommendations: recommendations } : (vpa.status?.recommendation ?? undefined),
      conditions: mergeConditions(vpa.status?.conditions ?? [], conditions, now),
    };
    await this.#writeStatus(vpa, status);
    if (recommendations.length > 0) await this.#update({ ...vpa, status }, pods);
  }

  /** Recreate / Auto: evicts one pod out of the recommendation's bounds; its replacement is admitted with the target. */
  async #update(vpa: VerticalPodAutoscalerObject, pods: PodObject[]): Promise<void> {
    const { evict, recorder } = this.#deps;
    const chosen = evict ? chooseEviction(pods, vpa) : undefined;
    if (!evict || !chosen) return;
    const namespace = chosen.pod.metadata?.namespace ?? "default";
    try {
      await evict(namespace, chosen.pod.metadata?.name ?? "");
      this.#deps.vpaMetrics?.evictions.inc({ result: "evicted" });
      void recorder?.record(chosen.pod, "Normal", "EvictedByVPA", `Pod was evicted by VPA ${vpa.metadata?.name} to apply resource recommendation (${chosen.reason}).`);
    } catch (error) {
      // A PodDisruptionBudget that allows no disruption answers 429: tried again next pass.
      this.#deps.vpaMetrics?.evictions.inc({ result: "refused" });
      void recorder?.record(vpa, "Warning", "EvictionFailed", `evicting ${chosen.pod.metadata?.name}: ${message(error)}`);
    }
  }

  async #writeStatus(vpa: VerticalPodAutoscalerObject, status: Status): Promise<void> {
    if (JSON.stringify(status) === JSON.stringify(vpa.status ?? {})) return;
    await this.#deps.client.updateStatus<VerticalPodAutoscalerObject>({ ...vpa, status });
  }
}

// Predictive vs reactive HPA on a replayed daily pattern, both in one run on the same load trace.
// The HPA's own pure functions decide (the replica calculator on a CPU Utilization metric,
// decideReplicas with a behavior, and for the predictive HPA predictReplicas from the same
// load); a simulator plays the cluster. Its model, per simulated second (= one sync period):
// - load: requests/s following a compressed "day" (night 10% of the peak, a morning ramp to 80%,
//   a lunch step to 100%, the afternoon at 70%, an evening fall), times +-5% seeded noise;
// - each pod serves up to CAPACITY requests/s at 100% of its CPU request (usage in millicores is
//   proportional to the requests it serves, capped at the request: a saturated pod cannot show
//   more, so the reactive HPA sees at most 100%);
// - a new pod is Pending for STARTUP_S seconds, then Ready (Kubernetes' groupPods: unready at 0
//   when scaling up); a removed pod goes at once;
// - overload: pod-seconds overloaded (ready pods x seconds in which they run above the target by
//   more than the HPA's 10% tolerance), requests above the target (load less ready pods x capacity
//   x target, each second) and requests unserved (load above 100% of the ready pods);
//   cost: replica-seconds (every pod, Ready or starting).
// Figures are over the days after the first (the predictive HPA learns in day 1) and the whole run.
import { decideReplicas, EMPTY_HISTORY, type DecisionHistory } from "../services/controllers/horizontal-pod-autoscaler/decide-replicas.ts";
import { predictReplicas, type PredictiveHistory } from "../services/controllers/horizontal-pod-autoscaler/predictive/predict-replicas.ts";
import { DEFAULT_TOLERANCE, resourceUtilizationReplicas } from "../services/controllers/horizontal-pod-autoscaler/replica-calculator.ts";
import type { PodForScaling, PodSample } from "../services/controllers/horizontal-pod-autoscaler/pod-groups.ts";
import { DEFAULT_SMOOTHING, type Smoothing } from "../services/controllers/horizontal-pod-autoscaler/predictive/holt-winters.ts";
import { recordScaleEvent } from "../services/controllers/horizontal-pod-autoscaler/normalization.ts";
import { report, round } from "./stats.ts";

const DAY_S = Number(process.env.BENCH_DAY_S ?? 120);
const DAYS = Number(process.env.BENCH_DAYS ?? 6);
const STARTUP_S = Number(process.env.BENCH_STARTUP_S ?? 5);
const LEAD_S = Number(process.env.BENCH_LEAD_S ?? STARTUP_S + 2);
const PEAK_RPS = 200;
const CAPACITY = 10;
const REQUEST_MILLIS = 1000;
const TARGET_UTILIZATION = 70;
const MIN_REPLICAS = 2;
const MAX_REPLICAS = 40;
/** The behavior, time-compressed with the day: scale up by 100% or 4 pods a second, down after a 10 s window. */
const BEHAVIOR = {
  scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 1 }, { type: "Pods", value: 4, periodSeconds: 1 }] },
  scaleDown: { stabilizationWindowSeconds: 10, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 1 }] },
};
/** BENCH_SMOOTHING=alpha,beta,gamma to compare with the controller's defaults. */
const SMOOTHING: Smoothing = process.env.BENCH_SMOOTHING
  ? (([alpha = 0, beta = 0, gamma = 0]) => ({ alpha, beta, gamma }))(process.env.BENCH_SMOOTHING.split(",").map(Number))
  : DEFAULT_SMOOTHING;
const METRIC = { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: TARGET_UTILIZATION } } };

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The day's shape, as a fraction of the peak, at fraction p of the day. */
export function dailyShape(p: number): number {
  const ramp = (from: number, to: number, start: number, end: number) => from + ((to - from) * (p - start)) / (end - start);
  if (p < 0.25) return 0.1;
  if (p < 0.4) return ramp(0.1, 0.8, 0.25, 0.4);
  if (p < 0.5) return 0.8;
  if (p < 0.56) return 1;
  if (p < 0.75) return 0.7;
  if (p < 0.9) return ramp(0.7, 0.1, 0.75, 0.9);
  return 0.1;
}

interface Pod { name: string; readyAt: number; startedAt: number }
interface Tally { overloadedPodSeconds: number; requestsAboveTarget: number; requestsUnserved: number; replicaSeconds: number; requests: number }
const emptyTally = (): Tally => ({ overloadedPodSeconds: 0, requestsAboveTarget: 0, requestsUnserved: 0, replicaSeconds: 0, requests: 0 });

class SimulatedHpa {
  pods: Pod[] = [];
  #history: DecisionHistory = EMPTY_HISTORY;
  #predictive: PredictiveHistory | undefined;
  #next = 0;
  raisedSyncs = 0;
  readonly predictive: boolean;
  /** The HPA's own target; the overload figures always count against TARGET_UTILIZATION. */
  readonly target: number;

  constructor(predictive: boolean, target = TARGET_UTILIZATION) {
    this.predictive = predictive;
    this.target = target;
    for (let index = 0; index < MIN_REPLICAS; index++) this.pods.push({ name: `p${this.#next++}`, startedAt: -3_600_000, readyAt: -3_600_000 });
  }

  ready(now: number): Pod[] {
    return this.pods.filter((pod) => pod.readyAt <= now);
  }

  /** One second of load: what the ready pods carry, tallied. */
  serve(now: number, load: number, tally: Tally): void {
    const ready = this.ready(now).length;
    const atTarget = (ready * CAPACITY * TARGET_UTILIZATION) / 100;
    tally.requests += load;
    tally.replicaSeconds += this.pods.length;
    // Overloaded: above the target by more than the HPA's own 10% tolerance (inside it the HPA is content).
    if (load > atTarget * (1 + DEFAULT_TOLERANCE)) tally.overloadedPodSeconds += ready;
    tally.requestsAboveTarget += Math.max(0, load - atTarget);
    tally.requestsUnserved += Math.max(0, load - ready * CAPACITY);
  }

  /** One sync of the HPA at `now` with the pods' usage from `load`. */
  sync(now: number, load: number): void {
    const ready = this.ready(now);
    const perPod = ready.length === 0 ? 0 : Math.min(REQUEST_MILLIS, (load / ready.length / CAPACITY) * REQUEST_MILLIS);
    const pods: PodForScaling[] = this.pods.map((pod) => ({
      name: pod.name,
      phase: pod.readyAt <= now ? "Running" : "Pending",
      deleting: false,
      startTime: pod.startedAt,
      ready: pod.readyAt <= now ? { status: "True", lastTransitionTime: pod.readyAt } : undefined,
      requests: [{ container: "main", resources: { cpu: REQUEST_MILLIS } }],
    }));
    const samples = new Map<string, PodSample>(ready.map((pod) => [pod.name, { value: perPod, timestamp: now, windowMs: 1000 }]));
    const currentReplicas = this.pods.length;
    const proposal = resourceUtilizationReplicas({ currentReplicas, pods, samples, now, resource: "cpu", targetUtilization: this.target });
    const outcomes = [{ ok: true as const, proposal, description: "cpu resource utilization (percentage of request)" }];
    let forecast;
    if (this.predictive) {
      const predicted = predictReplicas({ history: this.#predictive, config: { seasonMs: DAY_S * 1000, leadMs: LEAD_S * 1000 }, syncPeriodMs: 1000, metrics: [METRIC], outcomes, currentReplicas, now, smoothing: SMOOTHING });
      this.#predictive = predicted.history;
      if (predicted.leading) forecast = { replicas: predicted.leading.replicas, description: predicted.leading.description };
    }
    const decision = decideReplicas({ currentReplicas, minReplicas: MIN_REPLICAS, maxReplicas: MAX_REPLICAS, behavior: BEHAVIOR, metrics: outcomes, history: this.#history, now, forecast });
    this.#history = decision.history;
    if (!decision.rescale) return;
    if (decision.forecastRaised) this.raisedSyncs++;
    const events = recordScaleEvent({ up: this.#history.scaleUpEvents, down: this.#history.scaleDownEvents }, currentReplicas, decision.desiredReplicas, now, 10);
    this.#history = { ...this.#history, scaleUpEvents: events.up, scaleDownEvents: events.down };
    while (this.pods.length < decision.desiredReplicas) this.pods.push({ name: `p${this.#next++}`, startedAt: now, readyAt: now + STARTUP_S * 1000 });
    // Scale down removes the pods not ready yet first, then the youngest (as a ReplicaSet does).
    this.pods.sort((a, b) => a.readyAt - b.readyAt);
    this.pods.length = Math.min(this.pods.length, decision.desiredReplicas);
  }
}

const random = mulberry32(15);
const reactive = new SimulatedHpa(false);
const predictive = new SimulatedHpa(true);
/** A reference: the reactive HPA bought headroom instead, aiming at 50% (overload still counted against 70%). */
const headroom = new SimulatedHpa(false, 50);
/** An oracle with no startup delay: ceil(load / what a pod carries at the target) every second. */
let idealReplicaSeconds = 0;
const tallies = { reactive: { firstDay: emptyTally(), later: emptyTally() }, predictive: { firstDay: emptyTally(), later: emptyTally() }, headroom: { firstDay: emptyTally(), later: emptyTally() } };
// Start at midnight of a day boundary on the epoch-aligned buckets: "now" is absolute time.
const start = 1_800_000_000_000 - (1_800_000_000_000 % (DAY_S * 1000));
for (let second = 0; second < DAYS * DAY_S; second++) {
  const now = start + second * 1000;
  const load = PEAK_RPS * dailyShape((second % DAY_S) / DAY_S) * (0.95 + 0.1 * random());
  const period = second < DAY_S ? "firstDay" : "later";
  if (period === "later") idealReplicaSeconds += Math.max(MIN_REPLICAS, Math.ceil(load / ((CAPACITY * TARGET_UTILIZATION) / 100)));
  reactive.serve(now, load, tallies.reactive[period]);
  predictive.serve(now, load, tallies.predictive[period]);
  headroom.serve(now, load, tallies.headroom[period]);
  reactive.sync(now, load);
  predictive.sync(now, load);
  headroom.sync(now, load);
}

const rounded = (tally: Tally) => Object.fromEntries(Object.entries(tally).map(([key, value]) => [key, round(value, 0)]));
const later = { reactive: tallies.reactive.later, predictive: tallies.predictive.later };
const change = (key: keyof Tally) => round(((later.predictive[key] - later.reactive[key]) / Math.max(1, later.reactive[key])) * 100, 1);
await report("hpa-predictive", {
  smoothing: SMOOTHING,
  model: { daySeconds: DAY_S, days: DAYS, syncSeconds: 1, podStartupSeconds: STARTUP_S, leadSeconds: LEAD_S, peakRps: PEAK_RPS, podCapacityRps: CAPACITY, targetUtilization: TARGET_UTILIZATION, minReplicas: MIN_REPLICAS, maxReplicas: MAX_REPLICAS },
  reactiveAfterDay1: rounded(later.reactive),
  predictiveAfterDay1: rounded(later.predictive),
  reactiveAt50PercentAfterDay1: rounded(tallies.headroom.later),
  idealReplicaSecondsAfterDay1: idealReplicaSeconds,
  reactiveDay1: rounded(tallies.reactive.firstDay),
  predictiveDay1: rounded(tallies.predictive.firstDay),
  predictiveVsReactiveAfterDay1Percent: {
    overloadedPodSeconds: change("overloadedPodSeconds"),
    requestsAboveTarget: change("requestsAboveTarget"),
    requestsUnserved: change("requestsUnserved"),
    replicaSeconds: change("replicaSeconds"),
  },
  syncsWhereTheForecastRaisedReplicas: predictive.raisedSyncs,
});

// One HPA decision (Kubernetes' reconcileAutoscaler and computeReplicasForMetrics): the target's
// replicas outside min/max go straight to the bound; otherwise the largest proposal of the
// metrics (a scale down is not made while some metric failed; every metric failing is
// ScalingActive False with the first failure's reason), stabilized and rate-limited. Returns the
// replicas, the AbleToScale / ScalingActive / ScalingLimited conditions it explains itself with,
// and the history for the next decision.
import type { troupe } from "../../../proto/gen/troupe.js";
import { limitWithBehavior, limitWithoutBehavior, stabilizeWithBehavior, stabilizeWithoutBehavior, type Recommendation, type ScaleEvent } from "./normalization.ts";
import type { ReplicaProposal } from "./replica-calculator.ts";

export type Behavior = troupe.v1.HorizontalPodAutoscalerBehavior.$Properties;

export interface ConditionDecision {
  type: "AbleToScale" | "ScalingActive" | "ScalingLimited" | "PredictiveScaling";
  status: "True" | "False";
  reason: string;
  message: string;
}

/** One metric's outcome: its proposal, or why it could not be computed (reason as Kubernetes names it). */
export type MetricOutcome =
  | { ok: true; proposal: ReplicaProposal; description: string }
  | { ok: false; reason: string; message: string };

export interface DecisionHistory {
  recommendations: Recommendation[];
  scaleUpEvents: ScaleEvent[];
  scaleDownEvents: ScaleEvent[];
}

export interface DecisionInput {
  /** The target's spec.replicas (its Scale). */
  currentReplicas: number;
  minReplicas: number;
  maxReplicas: number;
  behavior?: Behavior | null;
  metrics: readonly MetricOutcome[];
  history: DecisionHistory;
  now: number;
  /** Predictive scaling's proposal (predictive/predict-replicas.ts): the larger of it and the metrics' is stabilized and limited. */
  forecast?: { replicas: number; description: string };
}

export interface Decision {
  desiredReplicas: number;
  rescale: boolean;
  /** Why the replicas change (the SuccessfulRescale event's "New size: N; reason: ..."). */
  rescaleReason: string;
  conditions: ConditionDecision[];
  history: DecisionHistory;
  /** Metrics failed: the controller records FailedComputeMetricsReplicas with this message. */
  metricsError?: string;
  /** What the metrics alone proposed (before stabilization), when they could be computed. */
  reactiveReplicas?: number;
  /** The forecast asked for more than the metrics and the replicas go up. */
  forecastRaised?: boolean;
}

export const EMPTY_HISTORY: DecisionHistory = { recommendations: [], scaleUpEvents: [], scaleDownEvents: [] };

/** The metrics' joint proposal: the largest, unless every one failed or a failure would let it scale down. */
export function proposalOfMetrics(currentReplicas: number, metrics: readonly MetricOutcome[]): { replicas?: number; description: string; failure?: { reason: string; message: string } } {
  let replicas: number | undefined;
  let description = "";
  let failure: { reason: string; message: string } | undefined;
  let invalid = 0;
  for (const metric of metrics) {
    if (!metric.ok) {
      invalid++;
      failure ??= { reason: metric.reason, message: metric.message };
      continue;
    }
    if (replicas === undefined || metric.proposal.replicas > replicas) {
      replicas = metric.proposal.replicas;
      description = metric.description;
    }
  }
  if (invalid >= metrics.length || (invalid > 0 && replicas !== undefined && replicas < currentReplicas)) {
    return { description, failure: failure ?? { reason: "FailedGetResourceMetric", message: "the HPA has no metric to scale on" } };
  }
  return { replicas, description, failure };
}

export function decideReplicas(input: DecisionInput): Decision {
  const { currentReplicas, minReplicas, maxReplicas, now } = input;
  const conditions: ConditionDecision[] = [];
  const decision = (desiredReplicas: number, rescaleReason: string, history = input.history, metricsError?: string): Decision => ({
    desiredReplicas, rescale: desiredReplicas !== currentReplicas, rescaleReason, conditions, history, metricsError,
  });

  if (currentReplicas === 0 && minReplicas !== 0) {
    conditions.push({ type: "ScalingActive", status: "False", reason: "ScalingDisabled", message: "scaling is disabled since the replica count of the target is zero" });
    return { ...decision(0, ""), rescale: false };
  }
  if (currentReplicas > maxReplicas) return decision(maxReplicas, "Current number of replicas above Spec.MaxReplicas");
  if (currentReplicas < minReplicas) return decision(minReplicas, "Current number of replicas below Spec.MinReplicas");

  const joint = proposalOfMetrics(currentReplicas, input.metrics);
  if (joint.replicas === undefined || (joint.failure && joint.replicas < currentReplicas)) {
    const failure = joint.failure ?? { reason: "FailedGetResourceMetric", message: "no metric could be computed" };
    conditions.push({ type: "ScalingActive", status: "False", reason: failure.reason, message: failure.message });
    return { ...decision(currentReplicas, "", input.history, `invalid metrics (${input.metrics.filter((m) => !m.ok).length} invalid out of ${input.metrics.length}), first error is: ${failure.message}`), rescale: false };
  }
  conditions.push({ type: "ScalingActive", status: "True", reason: "ValidMetricFound", message: `the HPA was able to successfully calculate a replica count from ${joint.description}` });
  const reactiveReplicas = joint.replicas;
  const forecastWins = input.forecast !== undefined && input.forecast.replicas > reactiveReplicas;
  const proposed = forecastWins && input.forecast ? input.forecast.replicas : reactiveReplicas;
  const description = forecastWins && input.forecast ? `forecast of ${input.forecast.description}` : joint.description;

  const behavior = input.behavior;
  const stabilized = behavior
    ? stabilizeWithBehavior(input.history.recommendations, { currentReplicas, desired: proposed, now, scaleUp: behavior.scaleUp, scaleDown: behavior.scaleDown })
    : stabilizeWithoutBehavior(input.history.recommendations, proposed, now);
  conditions.push({ type: "AbleToScale", status: "True", reason: stabilized.reason, message: stabilized.message });
  const limited = behavior
    ? limitWithBehavior({ currentReplicas, desired: stabilized.replicas, minReplicas, maxReplicas, scaleUp: behavior.scaleUp, scaleDown: behavior.scaleDown, scaleUpEvents: input.history.scaleUpEvents, scaleDownEvents: input.history.scaleDownEvents, now })
    : limitWithoutBehavior(currentReplicas, stabilized.replicas, minReplicas, maxReplicas);
  conditions.push({ type: "ScalingLimited", status: limited.replicas === stabilized.replicas ? "False" : "True", reason: limited.reason, message: limited.message });
  const history = { ...input.history, recommendations: stabilized.recommendations };
  const rescaleReason = limited.replicas > currentReplicas ? `${description} above target` : `All metrics below target`;
  return { ...decision(limited.replicas, rescaleReason, history), reactiveReplicas, forecastRaised: forecastWins && limited.replicas > currentReplicas };
}

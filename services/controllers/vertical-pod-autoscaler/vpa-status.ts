// The VPA's status from one recommender pass: recommendations as quantities ("236m", bytes), the
// conditions the VPA recommender writes (RecommendationProvided, NoPodsMatched, ConfigUnsupported,
// LowConfidence), each keeping its lastTransitionTime while its status stays.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { Recommendation, Resources } from "./recommend.ts";

type Condition = troupe.v1.Condition.$Properties;

export interface ConditionDecision {
  type: string;
  status: "True" | "False";
  reason?: string;
  message?: string;
}

const ORDER = ["RecommendationProvided", "LowConfidence", "NoPodsMatched", "ConfigUnsupported"];

export function mergeConditions(previous: readonly Condition[], decided: readonly ConditionDecision[], now: string): Condition[] {
  const byType = new Map(previous.map((condition) => [condition.type ?? "", condition]));
  for (const condition of decided) {
    const old = byType.get(condition.type);
    const lastTransitionTime = old && old.status === condition.status && old.lastTransitionTime ? old.lastTransitionTime : now;
    byType.set(condition.type, { type: condition.type, status: condition.status, reason: condition.reason ?? "", message: condition.message ?? "", lastTransitionTime });
  }
  return [...byType.values()].sort((a, b) => ORDER.indexOf(a.type ?? "") - ORDER.indexOf(b.type ?? ""));
}

/** Only the controlled resources, CPU rounded up to millicores and memory to bytes. */
export function quantities(resources: Resources, controlled: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (controlled.includes("cpu")) out.cpu = `${Math.ceil(resources.cpu * 1000)}m`;
  if (controlled.includes("memory")) out.memory = String(Math.ceil(resources.memory));
  return out;
}

export function containerRecommendation(containerName: string, recommendation: Recommendation, controlled: readonly string[]): troupe.v1.RecommendedContainerResources.$Properties {
  return {
    containerName,
    target: quantities(recommendation.target, controlled),
    lowerBound: quantities(recommendation.lowerBound, controlled),
    upperBound: quantities(recommendation.upperBound, controlled),
    uncappedTarget: quantities(recommendation.uncappedTarget, controlled),
  };
}

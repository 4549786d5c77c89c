// The HPA's status from one decision: conditions keep their lastTransitionTime while their status
// stays, as Kubernetes' setCondition does; a condition the decision says nothing about is kept.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { ConditionDecision } from "./decide-replicas.ts";

type Condition = troupe.v1.Condition.$Properties;

const ORDER = ["AbleToScale", "ScalingActive", "ScalingLimited", "PredictiveScaling"];

export function mergeConditions(previous: readonly Condition[], decided: readonly ConditionDecision[], now: string): Condition[] {
  const byType = new Map(previous.map((condition) => [condition.type ?? "", condition]));
  for (const condition of decided) {
    const old = byType.get(condition.type);
    const lastTransitionTime = old && old.status === condition.status && old.lastTransitionTime ? old.lastTransitionTime : now;
    byType.set(condition.type, { type: condition.type, status: condition.status, reason: condition.reason, message: condition.message, lastTransitionTime });
  }
  return [...byType.values()].sort((a, b) => ORDER.indexOf(a.type ?? "") - ORDER.indexOf(b.type ?? ""));
}

/** Kubernetes' FailedGetScale / FailedUpdateScale / SucceededRescale wording of AbleToScale. */
export const ableToScale = {
  failedGetScale: (error: string): ConditionDecision => ({ type: "AbleToScale", status: "False", reason: "FailedGetScale", message: `the HPA controller was unable to get the target's current scale: ${error}` }),
  failedUpdateScale: (error: string): ConditionDecision => ({ type: "AbleToScale", status: "False", reason: "FailedUpdateScale", message: `the HPA controller was unable to update the target scale: ${error}` }),
  succeeded: (replicas: number): ConditionDecision => ({ type: "AbleToScale", status: "True", reason: "SucceededRescale", message: `the HPA controller was able to update the target scale to ${replicas}` }),
};

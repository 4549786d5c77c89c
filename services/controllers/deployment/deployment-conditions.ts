// Deployment conditions with Kubernetes' time rules: lastUpdateTime moves when the condition is
// rewritten, lastTransitionTime only when its status flips.
import type { Condition } from "./types.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";

/** RFC 3339 with second precision, as Kubernetes writes metav1.Time. */
export function newCondition(type: string, status: string, reason: string, message: string, now: Date): Condition {
  const time = kubernetesTime(now);
  return { type, status, reason, message, lastUpdateTime: time, lastTransitionTime: time };
}

export function findCondition(conditions: readonly Condition[] | null | undefined, type: string): Condition | undefined {
  return (conditions ?? []).find((condition) => condition.type === type);
}

/**
 * Kubernetes' SetDeploymentCondition: the same status and reason leave the condition untouched;
 * the same status with another reason keeps the transition time.
 */
export function setCondition(conditions: readonly Condition[], condition: Condition): Condition[] {
  const current = findCondition(conditions, condition.type ?? "");
  if (current && current.status === condition.status && current.reason === condition.reason) return [...conditions];
  const next = current && current.status === condition.status ? { ...condition, lastTransitionTime: current.lastTransitionTime } : condition;
  return [...conditions.filter((existing) => existing.type !== condition.type), next];
}

export function removeCondition(conditions: readonly Condition[], type: string): Condition[] {
  return conditions.filter((condition) => condition.type !== type);
}

// How long scale events matter: the longest periodSeconds of an HPA's policies (defaults included).
import type { troupe } from "../../proto/gen/troupe.js";
import { scaleDownRules, scaleUpRules } from "./hpa-defaults.ts";

export function longestPeriodSeconds(behavior: troupe.v1.HorizontalPodAutoscalerBehavior.$Properties | null | undefined): number {
  const policies = [...(scaleUpRules(behavior?.scaleUp).policies ?? []), ...(scaleDownRules(behavior?.scaleDown).policies ?? [])];
  return Math.max(15, ...policies.map((policy) => policy.periodSeconds ?? 0));
}

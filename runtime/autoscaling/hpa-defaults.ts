// The HorizontalPodAutoscaler's defaults (Kubernetes' autoscaling/v2 SetDefaults_*): what the API
// fills in on admission and what the controller assumes when a behavior is left out.
import type { troupe } from "../../proto/gen/troupe.js";

export type ScalingRules = troupe.v1.HPAScalingRules.$Properties;
export type ScalingPolicy = troupe.v1.HPAScalingPolicy.$Properties;

/** Scale-to-zero (minReplicas: 0) is allowed only on an HPA with this annotation set to "true"
 * (Kubernetes keeps it behind the HPAScaleToZero feature gate). */
export const ALLOW_SCALE_TO_ZERO_ANNOTATION = "autoscaling.troupe.io/allow-scale-to-zero";

export const DEFAULT_MIN_REPLICAS = 1;
/** With no metrics given, the HPA aims at 80% of the pods' CPU requests. */
export const DEFAULT_CPU_UTILIZATION = 80;
export const DEFAULT_SCALE_UP_STABILIZATION_SECONDS = 0;
export const DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS = 300;
export const MAX_STABILIZATION_WINDOW_SECONDS = 3600;
export const MAX_POLICY_PERIOD_SECONDS = 1800;

export function defaultScaleUpPolicies(): ScalingPolicy[] {
  return [{ type: "Pods", value: 4, periodSeconds: 15 }, { type: "Percent", value: 100, periodSeconds: 15 }];
}

export function defaultScaleDownPolicies(): ScalingPolicy[] {
  return [{ type: "Percent", value: 100, periodSeconds: 15 }];
}

function completed(rules: ScalingRules | null | undefined, window: number, policies: () => ScalingPolicy[]): ScalingRules {
  return {
    stabilizationWindowSeconds: rules?.stabilizationWindowSeconds ?? window,
    selectPolicy: rules?.selectPolicy || "Max",
    policies: rules?.policies && rules.policies.length > 0 ? rules.policies : policies(),
  };
}

/** Scale-up rules with every unset field at its default (GenerateHPAScaleUpRules). */
export function scaleUpRules(rules: ScalingRules | null | undefined): ScalingRules {
  return completed(rules, DEFAULT_SCALE_UP_STABILIZATION_SECONDS, defaultScaleUpPolicies);
}

/** Scale-down rules with every unset field at its default (GenerateHPAScaleDownRules). */
export function scaleDownRules(rules: ScalingRules | null | undefined): ScalingRules {
  return completed(rules, DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS, defaultScaleDownPolicies);
}

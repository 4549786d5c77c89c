// HorizontalPodAutoscaler defaults (autoscaling/v2): minReplicas 1, a CPU utilization target of
// 80% when no metric is given, and a behavior that is given filled out with Kubernetes' defaults
// (an HPA without one keeps none: the controller then uses the same defaults).
import type { troupe } from "../../../../proto/gen/troupe.js";
import { DEFAULT_CPU_UTILIZATION, DEFAULT_MIN_REPLICAS, scaleDownRules, scaleUpRules } from "../../../../runtime/autoscaling/hpa-defaults.ts";

type HorizontalPodAutoscaler = troupe.v1.HorizontalPodAutoscaler.$Properties;

export function defaultHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): void {
  const spec = (hpa.spec ??= {});
  spec.minReplicas ??= DEFAULT_MIN_REPLICAS;
  if (!spec.metrics || spec.metrics.length === 0) {
    spec.metrics = [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: DEFAULT_CPU_UTILIZATION } } }];
  }
  if (spec.behavior) {
    spec.behavior.scaleUp = scaleUpRules(spec.behavior.scaleUp);
    spec.behavior.scaleDown = scaleDownRules(spec.behavior.scaleDown);
  }
}

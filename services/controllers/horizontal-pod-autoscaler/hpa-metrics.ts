// Metrics of the horizontal pod autoscaler controller, as Kubernetes'
// horizontal_pod_autoscaler_controller_reconciliations_total and _metric_computation_total
// (bounded labels, every series starting at zero). Reconcile counts and durations of the
// controller itself come from runtime/controller.
import { Counter, type Registry } from "prom-client";

export const HPA_ACTIONS = ["scale_up", "scale_down", "none"] as const;
/** none; get_scale / update_scale (the target); metrics (no metric could be computed). */
export const HPA_ERRORS = ["none", "get_scale", "update_scale", "metrics"] as const;
export const HPA_METRIC_TYPES = ["Resource", "ContainerResource", "Pods", "Object", "External"] as const;
export const HPA_METRIC_OUTCOMES = ["ok", "error"] as const;
/** A predictive HPA's sync: the forecast raised the replicas, asked for more than the metrics (but limits held), no more; or no forecast. */
export const PREDICTIVE_OUTCOMES = ["raised", "above_reactive", "within_reactive", "insufficient_history", "no_load", "invalid_annotation"] as const;
export type PredictiveOutcome = (typeof PREDICTIVE_OUTCOMES)[number];

export interface HpaMetrics {
  readonly syncs: Counter<"action" | "error">;
  readonly metricComputations: Counter<"metric_type" | "outcome">;
  readonly predictive: Counter<"outcome">;
}

export function createHpaMetrics(registry: Registry): HpaMetrics {
  const syncs = new Counter({
    name: "troupe_hpa_syncs_total",
    help: "HorizontalPodAutoscaler syncs, by the action taken (scale_up, scale_down, none) and the error that stopped one (none, get_scale, update_scale, metrics).",
    labelNames: ["action", "error"] as const,
    registers: [registry],
  });
  for (const action of HPA_ACTIONS) for (const error of HPA_ERRORS) syncs.inc({ action, error }, 0);
  const metricComputations = new Counter({
    name: "troupe_hpa_metric_computations_total",
    help: "Replica counts the HPA computed from one metric, by metric type and outcome.",
    labelNames: ["metric_type", "outcome"] as const,
    registers: [registry],
  });
  for (const type of HPA_METRIC_TYPES) for (const outcome of HPA_METRIC_OUTCOMES) metricComputations.inc({ metric_type: type, outcome }, 0);
  const predictive = new Counter({
    name: "troupe_hpa_predictive_syncs_total",
    help: "Syncs of HPAs with predictive scaling on, by outcome: raised (the forecast raised the replicas), above_reactive (it asked for more but limits held), within_reactive, insufficient_history (first season), no_load, invalid_annotation.",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  for (const outcome of PREDICTIVE_OUTCOMES) predictive.inc({ outcome }, 0);
  return { syncs, metricComputations, predictive };
}

// The horizontal pod autoscaler controller (Kubernetes' pkg/controller/podautoscaler): each HPA
// is reconciled when it changes and then every sync period (TROUPE_HPA_SYNC_PERIOD, 15 s).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { HORIZONTAL_POD_AUTOSCALERS } from "../resources.ts";
import { HorizontalPodAutoscalerReconciler, type HpaReconcilerDeps } from "./hpa-reconciler.ts";

export const HORIZONTAL_POD_AUTOSCALER_CONTROLLER = "horizontal-pod-autoscaler";
export const DEFAULT_HPA_SYNC_PERIOD_MS = 15_000;

export function buildHorizontalPodAutoscalerController(factory: SharedInformerFactory, deps: HpaReconcilerDeps, options: ControllerOptions): Controller {
  return new ControllerBuilder(HORIZONTAL_POD_AUTOSCALER_CONTROLLER)
    .for(HORIZONTAL_POD_AUTOSCALERS)
    .withReconciler(new HorizontalPodAutoscalerReconciler(deps))
    .withOptions(options)
    .build(factory);
}

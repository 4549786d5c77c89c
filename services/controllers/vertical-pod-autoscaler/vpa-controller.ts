// The VPA recommender as a controller: each VerticalPodAutoscaler is reconciled when it changes
// and then every interval (TROUPE_VPA_INTERVAL, 10 s).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { VERTICAL_POD_AUTOSCALERS } from "../resources.ts";
import { VerticalPodAutoscalerReconciler, type VpaReconcilerDeps } from "./vpa-reconciler.ts";

export const VPA_RECOMMENDER_CONTROLLER = "vpa-recommender";
export const DEFAULT_VPA_INTERVAL_MS = 10_000;

export function buildVpaRecommender(factory: SharedInformerFactory, deps: VpaReconcilerDeps, options: ControllerOptions): Controller {
  return new ControllerBuilder(VPA_RECOMMENDER_CONTROLLER)
    .for(VERTICAL_POD_AUTOSCALERS)
    .withReconciler(new VerticalPodAutoscalerReconciler(deps))
    .withOptions(options)
    .build(factory);
}

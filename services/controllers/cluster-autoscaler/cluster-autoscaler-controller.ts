// The cluster autoscaler as a controller: one key, the status ConfigMap kube-system/
// cluster-autoscaler-status, woken by any pod or node change (batched) and every scan interval.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { CONFIG_MAPS, NODES, POD_DISRUPTION_BUDGETS, PODS, type NodeObject, type PodDisruptionBudgetObject, type PodObject } from "../resources.ts";
import { STATUS_CONFIG_MAP, STATUS_NAMESPACE } from "./autoscaler-status.ts";
import { ClusterAutoscalerReconciler, type ClusterAutoscalerDeps } from "./cluster-autoscaler-reconciler.ts";

export const CLUSTER_AUTOSCALER_CONTROLLER = "cluster-autoscaler";
/** Changes within this window are one pass (a burst of pods). */
const EVENT_BATCH_MS = 100;

export type ClusterAutoscalerControllerDeps = Omit<ClusterAutoscalerDeps, "pods" | "nodes" | "budgets">;

export function buildClusterAutoscaler(factory: SharedInformerFactory, deps: ClusterAutoscalerControllerDeps, options: ControllerOptions): Controller {
  const loop = () => [{ namespace: STATUS_NAMESPACE, name: STATUS_CONFIG_MAP }];
  return new ControllerBuilder(CLUSTER_AUTOSCALER_CONTROLLER)
    .for(CONFIG_MAPS)
    .watches(PODS, loop)
    .watches(NODES, loop)
    .withReconciler(new ClusterAutoscalerReconciler({
      ...deps,
      pods: factory.informer<PodObject>(PODS),
      nodes: factory.informer<NodeObject>(NODES),
      budgets: factory.informer<PodDisruptionBudgetObject>(POD_DISRUPTION_BUDGETS),
    }))
    .withOptions({ eventDelayMs: EVENT_BATCH_MS, ...options })
    .build(factory);
}

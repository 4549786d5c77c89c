// The disruption controller (Kubernetes' pkg/controller/disruption): reconciles each
// PodDisruptionBudget; a pod or a workload's scale changing wakes the budgets of its namespace.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import {
  DEPLOYMENTS, POD_DISRUPTION_BUDGETS, PODS, REPLICA_SETS, STATEFUL_SETS,
  type DeploymentObject, type PodDisruptionBudgetObject, type PodObject, type ReplicaSetObject, type StatefulSetObject,
} from "../resources.ts";
import { DisruptionReconciler, type DisruptionReconcilerDeps } from "./disruption-reconciler.ts";

export const DISRUPTION_CONTROLLER = "disruption";

export type DisruptionControllerDeps = Pick<DisruptionReconcilerDeps, "client" | "now">;

export function buildDisruptionController(factory: SharedInformerFactory, deps: DisruptionControllerDeps, options: ControllerOptions): Controller {
  const budgets = factory.informer<PodDisruptionBudgetObject>(POD_DISRUPTION_BUDGETS);
  const budgetsOfNamespace = (object: ApiObject) => budgets.list((budget) => budget.metadata?.namespace === object.metadata?.namespace).map(requestOf);
  return new ControllerBuilder(DISRUPTION_CONTROLLER)
    .for(POD_DISRUPTION_BUDGETS)
    .watches(PODS, budgetsOfNamespace)
    .watches(REPLICA_SETS, budgetsOfNamespace)
    .watches(DEPLOYMENTS, budgetsOfNamespace)
    .watches(STATEFUL_SETS, budgetsOfNamespace)
    .withReconciler(new DisruptionReconciler({
      ...deps,
      budgets,
      pods: factory.informer<PodObject>(PODS),
      replicaSets: factory.informer<ReplicaSetObject>(REPLICA_SETS),
      deployments: factory.informer<DeploymentObject>(DEPLOYMENTS),
      statefulSets: factory.informer<StatefulSetObject>(STATEFUL_SETS),
    }))
    .withOptions(options)
    .build(factory);
}

// Wiring of the Deployment controller: a Deployment is reconciled when it changes, when a
// ReplicaSet it controls (or an orphan it could adopt) changes, and, for the Recreate strategy,
// when a pod of one of its ReplicaSets changes (it waits for old pods to be gone).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { controllerRefOf } from "../ownership.ts";
import { DEPLOYMENTS, PODS, REPLICA_SETS, type DeploymentObject, type PodObject, type ReplicaSetObject } from "../resources.ts";
import { DeploymentReconciler, type DeploymentReconcilerDeps } from "./deployment-reconciler.ts";
import { isRollingUpdate } from "./rolling-parameters.ts";

export const DEPLOYMENT_CONTROLLER = "deployment";

export type DeploymentControllerDeps = Omit<DeploymentReconcilerDeps, "deployments" | "replicaSets" | "pods">;

function matches(deployment: DeploymentObject, replicaSet: ReplicaSetObject): boolean {
  try {
    const selector = labelSelectorFromMessage(deployment.spec?.selector);
    return !selector.empty && selector.matches(replicaSet.metadata?.labels ?? {});
  } catch {
    return false;
  }
}

/** A controlled ReplicaSet wakes its Deployment; an orphan wakes every Deployment that could adopt it. */
function replicaSetRequests(deployments: Informer<DeploymentObject>, replicaSet: ReplicaSetObject): ReconcileRequest[] {
  const namespace = replicaSet.metadata?.namespace ?? "";
  const reference = controllerRefOf(replicaSet);
  if (reference) return reference.kind === DEPLOYMENTS.kind && reference.name ? [{ namespace, name: reference.name }] : [];
  if (replicaSet.metadata?.deletionTimestamp) return [];
  return deployments
    .list((deployment) => deployment.metadata?.namespace === namespace && matches(deployment, replicaSet))
    .map((deployment) => ({ namespace, name: deployment.metadata?.name ?? "" }));
}

/** A pod wakes the Recreate Deployment controlling its ReplicaSet. */
function podRequests(deployments: Informer<DeploymentObject>, replicaSets: Informer<ReplicaSetObject>, pod: PodObject): ReconcileRequest[] {
  const namespace = pod.metadata?.namespace ?? "";
  const podOwner = controllerRefOf(pod);
  if (podOwner?.kind !== REPLICA_SETS.kind || !podOwner.name) return [];
  const replicaSetOwner = controllerRefOf(replicaSets.get(namespace, podOwner.name) ?? {});
  if (replicaSetOwner?.kind !== DEPLOYMENTS.kind || !replicaSetOwner.name) return [];
  const deployment = deployments.get(namespace, replicaSetOwner.name);
  return deployment && !isRollingUpdate(deployment) ? [{ namespace, name: replicaSetOwner.name }] : [];
}

export function buildDeploymentController(factory: SharedInformerFactory, deps: DeploymentControllerDeps, options: ControllerOptions): Controller {
  const deployments = factory.informer<DeploymentObject>(DEPLOYMENTS);
  const replicaSets = factory.informer<ReplicaSetObject>(REPLICA_SETS);
  const pods = factory.informer<PodObject>(PODS);
  return new ControllerBuilder(DEPLOYMENT_CONTROLLER)
    .for(DEPLOYMENTS)
    .watches(REPLICA_SETS, (replicaSet) => replicaSetRequests(deployments, replicaSet as ReplicaSetObject))
    .watches(PODS, (pod) => podRequests(deployments, replicaSets, pod as PodObject))
    .withReconciler(new DeploymentReconciler({ ...deps, deployments, replicaSets, pods }))
    .withOptions(options)
    .build(factory);
}

// Wiring of the ReplicaSet controller: a ReplicaSet is reconciled when it changes and when a pod
// it controls (or an orphan it could adopt) changes; pod events also settle its expectations.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { observeOwnedPods } from "../expectations-observer.ts";
import { controllerRefOf } from "../ownership.ts";
import { PODS, REPLICA_SETS, type PodObject, type ReplicaSetObject } from "../resources.ts";
import { Expectations } from "./expectations.ts";
import { ReplicaSetReconciler, type ReplicaSetReconcilerDeps } from "./replicaset-reconciler.ts";

export const REPLICA_SET_CONTROLLER = "replicaset";

export type ReplicaSetControllerDeps = Omit<ReplicaSetReconcilerDeps, "replicaSets" | "pods" | "expectations">;

/** A controlled pod wakes its ReplicaSet; an orphan wakes every ReplicaSet that could adopt it. */
function podRequests(replicaSets: Informer<ReplicaSetObject>, pod: PodObject): ReconcileRequest[] {
  const namespace = pod.metadata?.namespace ?? "";
  const reference = controllerRefOf(pod);
  if (reference) return reference.kind === REPLICA_SETS.kind && reference.name ? [{ namespace, name: reference.name }] : [];
  if (pod.metadata?.deletionTimestamp) return [];
  return replicaSets
    .list((replicaSet) => replicaSet.metadata?.namespace === namespace && matches(replicaSet, pod))
    .map((replicaSet) => ({ namespace, name: replicaSet.metadata?.name ?? "" }));
}

function matches(replicaSet: ReplicaSetObject, pod: PodObject): boolean {
  try {
    const selector = labelSelectorFromMessage(replicaSet.spec?.selector);
    return !selector.empty && selector.matches(pod.metadata?.labels ?? {});
  } catch {
    return false;
  }
}

export function buildReplicaSetController(factory: SharedInformerFactory, deps: ReplicaSetControllerDeps, options: ControllerOptions): Controller {
  const replicaSets = factory.informer<ReplicaSetObject>(REPLICA_SETS);
  const pods = factory.informer<PodObject>(PODS);
  const expectations = new Expectations();
  // Registered before the controller's own handlers, so an event settles the expectation
  // before it wakes the ReplicaSet.
  observeOwnedPods(pods, expectations, REPLICA_SETS.kind);
  return new ControllerBuilder(REPLICA_SET_CONTROLLER)
    .for(REPLICA_SETS)
    .watches(PODS, (pod) => podRequests(replicaSets, pod as PodObject))
    .withReconciler(new ReplicaSetReconciler({ ...deps, replicaSets, pods, expectations }))
    .withOptions(options)
    .build(factory);
}

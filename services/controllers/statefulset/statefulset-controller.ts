// Wiring of the StatefulSet controller: a set is reconciled when it changes, when a pod it
// controls (or an orphan member it could adopt) changes, and when one of its ControllerRevisions
// changes. Claims are read from their informer only: a claim is made once and never waited for.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { controllerRefOf, type OwnableObject } from "../ownership.ts";
import {
  CONTROLLER_REVISIONS, PERSISTENT_VOLUME_CLAIMS, PODS, STATEFUL_SETS,
  type ControllerRevisionObject, type PersistentVolumeClaimObject, type PodObject, type StatefulSetObject,
} from "../resources.ts";
import { ordinalOf } from "./identity.ts";
import { StatefulSetReconciler, type StatefulSetReconcilerDeps } from "./statefulset-reconciler.ts";

export const STATEFUL_SET_CONTROLLER = "statefulset";

export type StatefulSetControllerDeps = Omit<StatefulSetReconcilerDeps, "statefulSets" | "pods" | "claims" | "revisions">;

function controlledBySet(object: OwnableObject): ReconcileRequest[] {
  const reference = controllerRefOf(object);
  if (reference?.kind !== STATEFUL_SETS.kind || !reference.name) return [];
  return [{ namespace: object.metadata?.namespace ?? "", name: reference.name }];
}

/** A controlled pod wakes its set; an orphan wakes every set whose member it could be. */
function podRequests(statefulSets: Informer<StatefulSetObject>, pod: PodObject): ReconcileRequest[] {
  if (controllerRefOf(pod)) return controlledBySet(pod);
  if (pod.metadata?.deletionTimestamp) return [];
  const namespace = pod.metadata?.namespace ?? "";
  return statefulSets
    .list((set) => set.metadata?.namespace === namespace && ordinalOf(set, pod.metadata?.name) !== undefined && matches(set, pod))
    .map((set) => ({ namespace, name: set.metadata?.name ?? "" }));
}

function matches(set: StatefulSetObject, pod: PodObject): boolean {
  try {
    const selector = labelSelectorFromMessage(set.spec?.selector);
    return !selector.empty && selector.matches(pod.metadata?.labels ?? {});
  } catch {
    return false;
  }
}

export function buildStatefulSetController(factory: SharedInformerFactory, deps: StatefulSetControllerDeps, options: ControllerOptions): Controller {
  const statefulSets = factory.informer<StatefulSetObject>(STATEFUL_SETS);
  const pods = factory.informer<PodObject>(PODS);
  const claims = factory.informer<PersistentVolumeClaimObject>(PERSISTENT_VOLUME_CLAIMS);
  const revisions = factory.informer<ControllerRevisionObject>(CONTROLLER_REVISIONS);
  return new ControllerBuilder(STATEFUL_SET_CONTROLLER)
    .for(STATEFUL_SETS)
    .watches(PODS, (pod) => podRequests(statefulSets, pod as PodObject))
    .watches(CONTROLLER_REVISIONS, (revision) => controlledBySet(revision as ControllerRevisionObject))
    .withReconciler(new StatefulSetReconciler({ ...deps, statefulSets, pods, claims, revisions }))
    .withOptions(options)
    .build(factory);
}

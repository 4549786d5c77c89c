// Wiring of the DaemonSet controller: a set is reconciled when it changes, when a pod it controls
// (or an orphan it could adopt) changes, when one of its ControllerRevisions changes, and for every
// set when a node changes (a node added, relabelled, tainted or cordoned).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf, type ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { observeOwnedPods } from "../expectations-observer.ts";
import { controllerRefOf, type OwnableObject } from "../ownership.ts";
import { Expectations } from "../replicaset/expectations.ts";
import {
  CONTROLLER_REVISIONS, DAEMON_SETS, NODES, PODS,
  type ControllerRevisionObject, type DaemonSetObject, type NodeObject, type PodObject,
} from "../resources.ts";
import { DaemonSetReconciler, type DaemonSetReconcilerDeps } from "./daemonset-reconciler.ts";
import { FailedPodBackoff } from "./failed-pod-backoff.ts";

export const DAEMON_SET_CONTROLLER = "daemonset";

export type DaemonSetControllerDeps = Omit<DaemonSetReconcilerDeps, "daemonSets" | "pods" | "nodes" | "revisions" | "expectations" | "backoff">;

function controlledBySet(object: OwnableObject): ReconcileRequest[] {
  const reference = controllerRefOf(object);
  if (reference?.kind !== DAEMON_SETS.kind || !reference.name) return [];
  return [{ namespace: object.metadata?.namespace ?? "", name: reference.name }];
}

function podRequests(daemonSets: Informer<DaemonSetObject>, pod: PodObject): ReconcileRequest[] {
  if (controllerRefOf(pod)) return controlledBySet(pod);
  if (pod.metadata?.deletionTimestamp) return [];
  const namespace = pod.metadata?.namespace ?? "";
  return daemonSets.list((set) => set.metadata?.namespace === namespace && matches(set, pod)).map(requestOf);
}

function matches(set: DaemonSetObject, pod: PodObject): boolean {
  try {
    const selector = labelSelectorFromMessage(set.spec?.selector);
    return !selector.empty && selector.matches(pod.metadata?.labels ?? {});
  } catch {
    return false;
  }
}

export function buildDaemonSetController(factory: SharedInformerFactory, deps: DaemonSetControllerDeps, options: ControllerOptions): Controller {
  const daemonSets = factory.informer<DaemonSetObject>(DAEMON_SETS);
  const pods = factory.informer<PodObject>(PODS);
  const nodes = factory.informer<NodeObject>(NODES);
  const revisions = factory.informer<ControllerRevisionObject>(CONTROLLER_REVISIONS);
  const expectations = new Expectations();
  // Registered before the controller's own handlers, so an event settles the expectation first.
  observeOwnedPods(pods, expectations, DAEMON_SETS.kind);
  return new ControllerBuilder(DAEMON_SET_CONTROLLER)
    .for(DAEMON_SETS)
    .watches(PODS, (pod) => podRequests(daemonSets, pod as PodObject))
    .watches(NODES, () => daemonSets.list().map(requestOf))
    .watches(CONTROLLER_REVISIONS, (revision) => controlledBySet(revision as ControllerRevisionObject))
    .withReconciler(new DaemonSetReconciler({ ...deps, daemonSets, pods, nodes, revisions, expectations, backoff: new FailedPodBackoff() }))
    .withOptions(options)
    .build(factory);
}

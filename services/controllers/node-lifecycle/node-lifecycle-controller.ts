// Wiring of the node lifecycle controller: a node is reconciled when it changes, when its own
// health deadline comes (the reconciler's requeue), and when a pod bound to it changes while the
// node carries a NoExecute taint or no longer exists.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { NODES, PODS, type NodeObject, type PodObject } from "../resources.ts";
import { hasNoExecuteTaint, NodeLifecycleReconciler, type NodeLifecycleReconcilerDeps } from "./node-lifecycle-reconciler.ts";

export const NODE_LIFECYCLE_CONTROLLER = "node-lifecycle";

export type NodeLifecycleControllerDeps = Omit<NodeLifecycleReconcilerDeps, "nodes" | "pods">;

function podRequests(nodes: Informer<NodeObject>, pod: PodObject): ReconcileRequest[] {
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) return [];
  const node = nodes.get(undefined, nodeName);
  return !node || hasNoExecuteTaint(node) ? [{ namespace: "", name: nodeName }] : [];
}

export function buildNodeLifecycleController(factory: SharedInformerFactory, deps: NodeLifecycleControllerDeps, options: ControllerOptions): Controller {
  const nodes = factory.informer<NodeObject>(NODES);
  const pods = factory.informer<PodObject>(PODS);
  return new ControllerBuilder(NODE_LIFECYCLE_CONTROLLER)
    .for(NODES)
    .watches(PODS, (pod) => podRequests(nodes, pod as PodObject))
    .withReconciler(new NodeLifecycleReconciler({ ...deps, nodes, pods }))
    .withOptions(options)
    .build(factory);
}

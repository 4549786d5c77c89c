// The ingress status controller: every node proxy serves every Ingress on its node address, so an
// Ingress's `status.loadBalancer.ingress` is the Ready nodes' InternalIPs (what `troupe get ing`
// shows as ADDRESS). Reconciled when the Ingress changes; a node change wakes every Ingress.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { INGRESSES, NODES, type IngressObject, type NodeObject } from "../resources.ts";
import { IngressStatusReconciler, type IngressStatusReconcilerDeps } from "./ingress-status-reconciler.ts";

export const INGRESS_STATUS_CONTROLLER = "ingress-status";

export type IngressStatusControllerDeps = Omit<IngressStatusReconcilerDeps, "ingresses" | "nodes">;

export function buildIngressStatusController(factory: SharedInformerFactory, deps: IngressStatusControllerDeps, options: ControllerOptions): Controller {
  const ingresses = factory.informer<IngressObject>(INGRESSES);
  const nodes = factory.informer<NodeObject>(NODES);
  return new ControllerBuilder(INGRESS_STATUS_CONTROLLER)
    .for(INGRESSES)
    .watches(NODES, () => ingresses.list().map(requestOf))
    .withReconciler(new IngressStatusReconciler({ ...deps, ingresses, nodes }))
    .withOptions(options)
    .build(factory);
}

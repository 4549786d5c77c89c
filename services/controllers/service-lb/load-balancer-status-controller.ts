// Wiring of the service load balancer status controller: a Service is reconciled when it changes;
// a node change (readiness, addresses, joining or leaving), or any Service change, wakes every
// LoadBalancer Service.
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { NODES, SERVICES, type NodeObject, type ServiceObject } from "../resources.ts";
import { LoadBalancerStatusReconciler, type LoadBalancerStatusReconcilerDeps } from "./load-balancer-status-reconciler.ts";

export const LOAD_BALANCER_STATUS_CONTROLLER = "service-lb";

export type LoadBalancerStatusControllerDeps = Omit<LoadBalancerStatusReconcilerDeps, "services" | "nodes">;

export function buildLoadBalancerStatusController(factory: SharedInformerFactory, deps: LoadBalancerStatusControllerDeps, options: ControllerOptions): Controller {
  const services = factory.informer<ServiceObject>(SERVICES);
  const nodes = factory.informer<NodeObject>(NODES);
  return new ControllerBuilder(LOAD_BALANCER_STATUS_CONTROLLER)
    .for(SERVICES)
    .watches(NODES, () => services.list((service) => service.spec?.type === "LoadBalancer").map(requestOf))
    // A LoadBalancer Service going or changing may free a port a newer one waits for.
    .watches(SERVICES, () => services.list((service) => service.spec?.type === "LoadBalancer").map(requestOf))
    .withReconciler(new LoadBalancerStatusReconciler({ ...deps, services, nodes }))
    .withOptions(options)
    .build(factory);
}

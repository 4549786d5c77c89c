// Wiring of the endpoints controller: a Service is reconciled when it changes, when a pod its
// selector matches (before or after the change) changes, and when its Endpoints change (so an
// Endpoints object edited or deleted by hand is put back).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf, type ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { ENDPOINTS, PODS, SERVICES, type EndpointsObject, type PodObject, type ServiceObject } from "../resources.ts";
import { EndpointsReconciler, type EndpointsReconcilerDeps } from "./endpoints-reconciler.ts";
import { selectsPod } from "./service-selection.ts";

export const ENDPOINTS_CONTROLLER = "endpoints";

export type EndpointsControllerDeps = Omit<EndpointsReconcilerDeps, "services" | "pods" | "endpoints">;

function servicesSelecting(services: Informer<ServiceObject>, pod: PodObject): ReconcileRequest[] {
  const namespace = pod.metadata?.namespace;
  return services.list((service) => service.metadata?.namespace === namespace && selectsPod(service, pod)).map(requestOf);
}

export function buildEndpointsController(factory: SharedInformerFactory, deps: EndpointsControllerDeps, options: ControllerOptions): Controller {
  const services = factory.informer<ServiceObject>(SERVICES);
  const pods = factory.informer<PodObject>(PODS);
  const endpoints = factory.informer<EndpointsObject>(ENDPOINTS);
  return new ControllerBuilder(ENDPOINTS_CONTROLLER)
    .for(SERVICES)
    .watches(PODS, (pod) => servicesSelecting(services, pod as PodObject))
    .watches(ENDPOINTS, (object) => [requestOf(object)])
    .withReconciler(new EndpointsReconciler({ ...deps, services, pods, endpoints }))
    .withOptions(options)
    .build(factory);
}

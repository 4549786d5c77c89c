// Keeps `status.loadBalancer.ingress` of each Service equal to desiredIngress, through the API's
// updateStatus, writing only when it differs.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { ControllersMetrics } from "../metrics.ts";
import type { NodeObject, ServiceObject } from "../resources.ts";
import { desiredIngress, managesLoadBalancerStatus, sameIngress } from "./load-balancer-ingress.ts";

export interface LoadBalancerStatusReconcilerDeps {
  services: Informer<ServiceObject>;
  nodes: Informer<NodeObject>;
  client: TypedApiClient;
  metrics: ControllersMetrics;
}

export class LoadBalancerStatusReconciler implements Reconciler {
  readonly #deps: LoadBalancerStatusReconcilerDeps;

  constructor(deps: LoadBalancerStatusReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<void> {
    const { services, nodes, client, metrics } = this.#deps;
    const service = services.get(namespace, name);
    if (!service || !managesLoadBalancerStatus(service)) return;
    const ingress = desiredIngress(service, nodes.list(), services.list());
    if (sameIngress(service.status?.loadBalancer?.ingress, ingress)) return;
    try {
      // A stale resourceVersion is a Conflict: the retry reads the Service again.
      await client.updateStatus<ServiceObject>({ ...service, status: { ...service.status, loadBalancer: { ingress } } });
      metrics.loadBalancerStatusUpdates.inc({ outcome: "ok" });
    } catch (error) {
      metrics.loadBalancerStatusUpdates.inc({ outcome: "error" });
      throw error;
    }
  }
}

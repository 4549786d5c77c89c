// Keeps `status.loadBalancer.ingress` of each Ingress equal to the Ready nodes' addresses, through
// the API's updateStatus, writing only when it differs.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { ControllersMetrics } from "../metrics.ts";
import type { IngressObject, NodeObject } from "../resources.ts";
import { readyNodeIps, sameIngress } from "../service-lb/load-balancer-ingress.ts";

export interface IngressStatusReconcilerDeps {
  ingresses: Informer<IngressObject>;
  nodes: Informer<NodeObject>;
  client: TypedApiClient;
  metrics: ControllersMetrics;
}

export class IngressStatusReconciler implements Reconciler {
  readonly #deps: IngressStatusReconcilerDeps;

  constructor(deps: IngressStatusReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<void> {
    const { ingresses, nodes, client, metrics } = this.#deps;
    const ingress = ingresses.get(namespace, name);
    if (!ingress) return;
    const desired = readyNodeIps(nodes.list()).map((ip) => ({ ip }));
    if (sameIngress(ingress.status?.loadBalancer?.ingress, desired)) return;
    try {
      await client.updateStatus<IngressObject>({ ...ingress, status: { ...ingress.status, loadBalancer: { ingress: desired } } });
      metrics.ingressStatusUpdates.inc({ outcome: "ok" });
    } catch (error) {
      metrics.ingressStatusUpdates.inc({ outcome: "error" });
      throw error;
    }
  }
}

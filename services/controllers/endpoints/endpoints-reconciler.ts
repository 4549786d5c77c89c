// The endpoints controller's reconciler (Kubernetes' EndpointController.syncService), keyed by
// Service: read the Service and the pods of its namespace from the informers, compute the
// Endpoints they call for, and create, update or delete the Endpoints object through the API
// only when it differs. Services without a selector are left to whoever writes their Endpoints.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isNotFound } from "../errors.ts";
import type { ControllersMetrics, EndpointsWrite } from "../metrics.ts";
import { ENDPOINTS, type EndpointsObject, type PodObject, type ServiceObject } from "../resources.ts";
import { desiredEndpoints, sameLabels, sameSubsets } from "./desired-endpoints.ts";
import { serviceSelector } from "./service-selection.ts";
import { LAST_CHANGE_TRIGGER_TIME_ANNOTATION, MANAGED_BY_LABEL, MANAGED_BY_VALUE } from "./well-known.ts";

export interface EndpointsReconcilerDeps {
  services: Informer<ServiceObject>;
  pods: Informer<PodObject>;
  endpoints: Informer<EndpointsObject>;
  client: TypedApiClient;
  metrics: ControllersMetrics;
  logger: Logger;
}

export class EndpointsReconciler implements Reconciler {
  readonly #deps: EndpointsReconcilerDeps;

  constructor(deps: EndpointsReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<void> {
    const { services, pods, endpoints } = this.#deps;
    const service = services.get(namespace, name);
    const current = endpoints.get(namespace, name);
    if (!service || !serviceSelector(service)) {
      if (current && isManaged(current)) await this.#delete(current);
      return;
    }
    const desired = desiredEndpoints(service, pods.list((pod) => pod.metadata?.namespace === namespace));
    if (current && sameSubsets(current.subsets, desired.subsets) && sameLabels(current.metadata?.labels, desired.labels)) return;
    const annotations: Record<string, string> = { ...current?.metadata?.annotations };
    if (desired.triggerTime) annotations[LAST_CHANGE_TRIGGER_TIME_ANNOTATION] = desired.triggerTime.toISOString();
    else delete annotations[LAST_CHANGE_TRIGGER_TIME_ANNOTATION];
    const object: EndpointsObject = {
      apiVersion: "v1",
      kind: "Endpoints",
      metadata: { ...current?.metadata, name, namespace, labels: desired.labels, annotations },
      subsets: desired.subsets,
    };
    // A stale cache shows up as AlreadyExists or Conflict: the retry reads again.
    if (current) await this.#write("update", object, () => this.#deps.client.update(object));
    else await this.#write("create", object, () => this.#deps.client.create(object));
  }

  async #delete(current: EndpointsObject): Promise<void> {
    const meta = current.metadata ?? {};
    try {
      await this.#write("delete", current, () => this.#deps.client.delete(ENDPOINTS, meta.namespace ?? "", meta.name ?? "", { preconditions: { uid: meta.uid ?? "" } }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  async #write(operation: EndpointsWrite, target: EndpointsObject, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
      this.#deps.metrics.endpointsWrites.inc({ operation, outcome: "ok" });
      const addresses = (target.subsets ?? []).reduce((count, subset) => count + (subset.addresses?.length ?? 0), 0);
      this.#deps.logger.debug("endpoints written", { operation, namespace: target.metadata?.namespace, name: target.metadata?.name, subsets: target.subsets?.length ?? 0, readyAddresses: addresses });
    } catch (error) {
      this.#deps.metrics.endpointsWrites.inc({ operation, outcome: "error" });
      throw error;
    }
  }
}

function isManaged(endpoints: EndpointsObject): boolean {
  return endpoints.metadata?.labels?.[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}

// The cluster role aggregation controller (Kubernetes' clusterroleaggregation): keeps the rules
// of every ClusterRole with an aggregationRule equal to the rules of the cluster roles its
// selectors match. Any cluster role changing wakes every aggregated one (they are few).
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import { requestOf, type Reconciler, type ReconcileRequest } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { CLUSTER_ROLES, type ClusterRoleObject } from "../resources.ts";
import { aggregatedRules, sameRules } from "./aggregated-rules.ts";

export const CLUSTERROLE_AGGREGATION_CONTROLLER = "clusterrole-aggregation";

export interface ClusterRoleAggregationDeps {
  client: TypedApiClient;
}

export class ClusterRoleAggregationReconciler implements Reconciler {
  readonly #roles: Informer<ClusterRoleObject>;
  readonly #client: TypedApiClient;

  constructor(roles: Informer<ClusterRoleObject>, client: TypedApiClient) {
    this.#roles = roles;
    this.#client = client;
  }

  async reconcile({ name }: ReconcileRequest): Promise<void> {
    const role = this.#roles.get(undefined, name);
    if (!role) return;
    const rules = aggregatedRules(role, this.#roles.list());
    if (!rules || sameRules(role.rules, rules)) return;
    // With the informer's resourceVersion: a conflict is requeued and decided again on fresher state.
    await this.#client.update<ClusterRoleObject>({ ...role, rules });
  }
}

export function buildClusterRoleAggregationController(factory: SharedInformerFactory, deps: ClusterRoleAggregationDeps, options: ControllerOptions): Controller {
  const roles = factory.informer<ClusterRoleObject>(CLUSTER_ROLES);
  const aggregated = () => roles.list((role) => Boolean(role.aggregationRule)).map(requestOf);
  return new ControllerBuilder(CLUSTERROLE_AGGREGATION_CONTROLLER)
    .for(CLUSTER_ROLES)
    .watches(CLUSTER_ROLES, aggregated)
    .withReconciler(new ClusterRoleAggregationReconciler(roles, deps.client))
    .withOptions(options)
    .build(factory);
}

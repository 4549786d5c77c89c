// Keeps each PodDisruptionBudget's status (expected, healthy and desired pods, how many more may be
// disrupted, which evicted pods are still on their way out) true to the pods it matches, through
// the API's updateStatus with the budget's resourceVersion: a lost race with an eviction is a
// conflict, and the retry reads the eviction's entry.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import { labelSelectorFromMessage } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { DeploymentObject, PodDisruptionBudgetObject, PodObject, ReplicaSetObject, StatefulSetObject } from "../resources.ts";
import { decideBudgetStatus, sameBudgetStatus } from "./budget-status.ts";
import { expectedScale, type ControllerRef, type ScaleOf } from "./expected-scale.ts";

export interface DisruptionReconcilerDeps {
  budgets: Informer<PodDisruptionBudgetObject>;
  pods: Informer<PodObject>;
  replicaSets: Informer<ReplicaSetObject>;
  deployments: Informer<DeploymentObject>;
  statefulSets: Informer<StatefulSetObject>;
  client: TypedApiClient;
  now?: () => number;
}

type Scalable = ReplicaSetObject | DeploymentObject | StatefulSetObject;

export class DisruptionReconciler implements Reconciler {
  readonly #deps: DisruptionReconcilerDeps;

  constructor(deps: DisruptionReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile({ namespace, name }: ReconcileRequest): Promise<ReconcileResult | void> {
    const { budgets, pods, client } = this.#deps;
    const budget = budgets.get(namespace, name);
    if (!budget) return;
    const selector = labelSelectorFromMessage(budget.spec?.selector);
    const matching = pods.list((pod) => pod.metadata?.namespace === namespace && selector.matches(pod.metadata?.labels));
    const nowMs = (this.#deps.now ?? Date.now)();
    const scale = expectedScale(namespace, matching, this.#scaleOf);
    const { status, recheckAtMs } = decideBudgetStatus({ budget, pods: matching, scale, nowMs });
    if (!sameBudgetStatus(budget.status, status)) await client.updateStatus<PodDisruptionBudgetObject>({ ...budget, status });
    return recheckAtMs === undefined ? undefined : { requeueAfterMs: Math.max(0, recheckAtMs - nowMs) + 100 };
  }

  readonly #scaleOf: ScaleOf = (namespace: string, ref: ControllerRef) => {
    const informer = this.#informerOf(ref.kind);
    const owner = informer?.get(namespace, ref.name);
    if (!owner || (ref.uid && owner.metadata?.uid !== ref.uid)) return undefined;
    const parent = (owner.metadata?.ownerReferences ?? []).find((reference) => reference.controller);
    return {
      replicas: owner.spec?.replicas ?? 1,
      controller: parent ? { kind: parent.kind ?? "", name: parent.name ?? "", uid: parent.uid ?? "" } : undefined,
    };
  };

  #informerOf(kind: string): Informer<Scalable> | undefined {
    const { replicaSets, deployments, statefulSets } = this.#deps;
    if (kind === "ReplicaSet") return replicaSets as Informer<Scalable>;
    if (kind === "Deployment") return deployments as Informer<Scalable>;
    if (kind === "StatefulSet") return statefulSets as Informer<Scalable>;
    return undefined;
  }
}

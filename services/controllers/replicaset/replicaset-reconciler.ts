// The ReplicaSet controller's reconciler (Kubernetes' ReplicaSetController.syncReplicaSet),
// level-based: read the ReplicaSet and the pods it controls from the informers, adopt matching
// orphans, create or delete pods as decideScale says (only once earlier creations and deletions
// have been observed, so a burst of reconciles never creates the same pods twice), then write
// the status if it changed.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import { keyOf } from "../../../runtime/controller/reconciler.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import { labelSelectorFromMessage, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isNotFound } from "../errors.ts";
import type { ControllersMetrics } from "../metrics.ts";
import { claimObjects } from "../ownership.ts";
import { adoptPods, releasePods } from "../pod-ownership-writes.ts";
import { PODS, type PodObject, type ReplicaSetObject } from "../resources.ts";
import type { Expectations } from "./expectations.ts";
import { podFromTemplate } from "./pod-from-template.ts";
import { replicaSetStatus, sameStatus } from "./replica-set-status.ts";
import { decideScale } from "./scale-decision.ts";
import { slowStartBatch } from "./slow-start.ts";

export interface ReplicaSetReconcilerDeps {
  replicaSets: Informer<ReplicaSetObject>;
  pods: Informer<PodObject>;
  client: TypedApiClient;
  /** Shared with the pod event handlers that observe creations and deletions. */
  expectations: Expectations;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  logger: Logger;
  /** Most pods created or deleted in one reconcile (Kubernetes' burstReplicas). */
  burstReplicas: number;
  now?: () => Date;
}

export class ReplicaSetReconciler implements Reconciler {
  readonly #deps: ReplicaSetReconcilerDeps;

  constructor(deps: ReplicaSetReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { replicaSets, pods, expectations } = this.#deps;
    const key = keyOf(request);
    const replicaSet = replicaSets.get(request.namespace, request.name);
    if (!replicaSet) {
      expectations.forget(key);
      return;
    }
    // Read before the pods: once satisfied, every pod it waited for is in the pod cache.
    const needsSync = expectations.satisfied(key);
    const selector = this.#selector(replicaSet);
    if (!selector) return;
    const candidates = pods.list((pod) => pod.metadata?.namespace === request.namespace);
    const claim = claimObjects(replicaSet, candidates, selector);
    const ownership = { client: this.#deps.client, metrics: this.#deps.metrics, controller: "replicaset" } as const;
    await releasePods(ownership, claim.release, replicaSet.metadata?.uid ?? "");
    const owned = [...claim.owned, ...(await adoptPods(ownership, claim.adopt, replicaSet))];

    let failure: unknown;
    if (needsSync && !replicaSet.metadata?.deletionTimestamp) {
      try {
        await this.#manageReplicas(key, replicaSet, owned);
      } catch (error) {
        failure = error;
      }
    }
    const now = this.#deps.now?.() ?? new Date();
    const templateLabels = Object.entries(replicaSet.spec?.template?.metadata?.labels ?? {});
    const status = replicaSetStatus(replicaSet, owned, (pod) => templateLabels.every(([label, value]) => pod.metadata?.labels?.[label] === value), now);
    if (!sameStatus(replicaSet.status, status)) await this.#deps.client.updateStatus<ReplicaSetObject>({ ...replicaSet, status });
    if (failure !== undefined) throw failure;
    // Ready pods become available after minReadySeconds without any event: look again then.
    const minReadySeconds = replicaSet.spec?.minReadySeconds ?? 0;
    if (minReadySeconds > 0 && status.readyReplicas === (replicaSet.spec?.replicas ?? 1) && status.availableReplicas !== status.readyReplicas) {
      return { requeueAfterMs: minReadySeconds * 1000 };
    }
  }

  #selector(replicaSet: ReplicaSetObject): LabelSelector | undefined {
    try {
      return labelSelectorFromMessage(replicaSet.spec?.selector);
    } catch (error) {
      // Validation refuses such selectors; one stored before that is logged, not retried.
      this.#deps.logger.warn("replicaset has an invalid selector", { replicaSet: replicaSet.metadata?.name, error });
      return undefined;
    }
  }



  /** Creates or deletes pods, expecting to observe each write before acting on this key again. */
  async #manageReplicas(key: string, replicaSet: ReplicaSetObject, owned: PodObject[]): Promise<void> {
    const { client, expectations, metrics, recorder, burstReplicas } = this.#deps;
    const decision = decideScale(replicaSet.spec?.replicas ?? 1, owned);
    if (decision.create > 0) {
      const count = Math.min(decision.create, burstReplicas);
      expectations.expect(key, count);
      const created: string[] = [];
      const { succeeded, error } = await slowStartBatch(count, 1, async () => {
        try {
          const pod = await client.create<PodObject>(podFromTemplate(replicaSet) as PodObject);
          metrics.podCreations.inc({ outcome: "ok" });
          created.push(pod.metadata?.name ?? "");
        } catch (failure) {
          metrics.podCreations.inc({ outcome: "error" });
          void recorder.record(replicaSet, "Warning", "FailedCreate", `Error creating: ${failure instanceof Error ? failure.message : String(failure)}`);
          throw failure;
        }
      });
      // One Event per burst, not per pod: a scale-up by thousands would double the API's writes
      // (Kubernetes' event correlator aggregates such bursts too).
      if (created.length > 0) void recorder.record(replicaSet, "Normal", "SuccessfulCreate", podsMessage("Created", created));
      // Creations that failed or were never tried will never be observed.
      for (let skipped = count - succeeded; skipped > 0; skipped--) expectations.creationFailed(key);
      if (error !== undefined) throw error;
      return;
    }
    if (decision.delete.length === 0) return;
    const victims = decision.delete.slice(0, burstReplicas);
    expectations.expect(key, 0, victims.map((pod) => pod.metadata?.uid ?? ""));
    const failures: unknown[] = [];
    const deleted: string[] = [];
    await Promise.all(victims.map(async (pod) => {
      const uid = pod.metadata?.uid ?? "";
      try {
        await client.delete(PODS, pod.metadata?.namespace ?? "", pod.metadata?.name ?? "", { preconditions: { uid } });
        metrics.podDeletions.inc({ outcome: "ok" });
        deleted.push(pod.metadata?.name ?? "");
      } catch (error) {
        // This deletion will not be observed (or was, if the pod is already gone).
        expectations.deletionObserved(key, uid);
        if (isNotFound(error)) return;
        metrics.podDeletions.inc({ outcome: "error" });
        failures.push(error);
      }
    }));
    if (deleted.length > 0) void recorder.record(replicaSet, "Normal", "SuccessfulDelete", podsMessage("Deleted", deleted));
    if (failures.length > 0) throw failures[0];
  }
}

/** "Created pod: web-x2k4p" for one, "Created 16 pods: web-a, web-b, web-c, ..." for a burst. */
function podsMessage(verb: string, names: string[]): string {
  if (names.length === 1) return `${verb} pod: ${names[0]}`;
  const shown = names.slice(0, 3).join(", ");
  return `${verb} ${names.length} pods: ${shown}${names.length > 3 ? ", ..." : ""}`;
}

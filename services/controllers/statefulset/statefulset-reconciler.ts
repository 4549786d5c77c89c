// The StatefulSet controller's reconciler (Kubernetes' StatefulSetController.sync), level-based:
// read the set, its member pods, the claims and the revisions from the informers; adopt and
// release pods; make sure the template is a ControllerRevision; apply planStatefulSet's writes
// (each ordinal's claims before its pod; ordinals side by side); write the status; trim history.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import { labelSelectorFromMessage, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isAlreadyExists, isConflict, isNotFound } from "../errors.ts";
import { claimObjects } from "../ownership.ts";
import { adoptPods, releasePods } from "../pod-ownership-writes.ts";
import type { ControllersMetrics } from "../metrics.ts";
import {
  PODS, type ControllerRevisionObject, type PersistentVolumeClaimObject, type PodObject, type StatefulSetObject,
} from "../resources.ts";
import { ordinalOf, revisionOf } from "./identity.ts";
import type { StatefulSetMetrics, StatefulSetWrite } from "./metrics.ts";
import { isRunningAndReady, isTerminating } from "./pod-state.ts";
import { RevisionCollisionError, RevisionHistory } from "../history/revision-history.ts";
import { templateOf } from "../history/revisions.ts";
import { planStatefulSet, type StatefulSetAction } from "./stateful-set-plan.ts";
import { sameStatus, statefulSetStatus } from "./stateful-set-status.ts";

export interface StatefulSetReconcilerDeps {
  statefulSets: Informer<StatefulSetObject>;
  pods: Informer<PodObject>;
  claims: Informer<PersistentVolumeClaimObject>;
  revisions: Informer<ControllerRevisionObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  statefulSetMetrics: StatefulSetMetrics;
  logger: Logger;
  now?: () => Date;
}

const DEFAULT_REVISION_HISTORY_LIMIT = 10;

export class StatefulSetReconciler implements Reconciler {
  readonly #deps: StatefulSetReconcilerDeps;
  readonly #history: RevisionHistory;

  constructor(deps: StatefulSetReconcilerDeps) {
    this.#deps = deps;
    this.#history = new RevisionHistory(deps.client, deps.statefulSetMetrics);
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { statefulSets, pods, claims, revisions, client } = this.#deps;
    const set = statefulSets.get(request.namespace, request.name);
    if (!set) return;
    const selector = this.#selector(set);
    if (!selector) return;
    const uid = set.metadata?.uid ?? "";
    // Only pods named like members can belong (Kubernetes' isMemberOf).
    const candidates = pods.list((pod) => pod.metadata?.namespace === request.namespace && ordinalOf(set, pod.metadata?.name) !== undefined);
    const claim = claimObjects(set, candidates, selector);
    const ownership = { client: this.#deps.client, metrics: this.#deps.metrics, controller: "statefulset" } as const;
    await releasePods(ownership, claim.release, uid);
    const members = [...claim.owned, ...(await adoptPods(ownership, claim.adopt, set))];
    const owned = revisions.list((revision) => revision.metadata?.namespace === request.namespace
      && (revision.metadata?.ownerReferences ?? []).some((reference) => reference.controller && reference.uid === uid));

    let collisionCount = set.status?.collisionCount ?? 0;
    let update: ControllerRevisionObject;
    try {
      update = await this.#history.updateRevision(set, owned);
    } catch (error) {
      if (!(error instanceof RevisionCollisionError)) throw error;
      collisionCount++;
      await client.updateStatus<StatefulSetObject>({ ...set, status: { ...set.status, collisionCount } });
      throw error;
    }
    const updateName = update.metadata?.name ?? "";
    const currentRevision = owned.find((revision) => revision.metadata?.name === set.status?.currentRevision) ?? update;
    const currentName = currentRevision.metadata?.name ?? "";

    let failure: unknown;
    let waitingFor: string | undefined;
    if (!set.metadata?.deletionTimestamp) {
      const existingClaims = new Map(claims.list((item) => item.metadata?.namespace === request.namespace).map((item) => [item.metadata?.name ?? "", item]));
      const plan = planStatefulSet({
        set,
        pods: members,
        claims: existingClaims,
        current: { name: currentName, template: templateOf(currentRevision) },
        update: { name: updateName, template: templateOf(update) },
        now: this.#now(),
      });
      waitingFor = plan.waitingFor;
      try {
        await this.#apply(set, plan.actions);
      } catch (error) {
        failure = error;
      }
    }
    const status = statefulSetStatus(set, members, currentName, updateName, collisionCount, this.#now());
    if (!sameStatus(set.status, status)) await client.updateStatus<StatefulSetObject>({ ...set, status });
    if (failure !== undefined) throw failure;
    const inUse = new Set([status.currentRevision ?? "", updateName, ...members.filter((pod) => !isTerminating(pod)).map(revisionOf)]);
    await this.#history.trim([...owned.filter((revision) => revision.metadata?.name !== updateName), update], inUse, set.spec?.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT);
    if (waitingFor) this.#deps.logger.debug("statefulset waits", { statefulSet: `${request.namespace}/${request.name}`, waitingFor });
    // Ready members become available after minReadySeconds without any event: look again then.
    const minReadySeconds = set.spec?.minReadySeconds ?? 0;
    if (minReadySeconds > 0 && members.some(isRunningAndReady) && status.availableReplicas !== status.readyReplicas) return { requeueAfterMs: minReadySeconds * 1000 };
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  #selector(set: StatefulSetObject): LabelSelector | undefined {
    try {
      return labelSelectorFromMessage(set.spec?.selector);
    } catch (error) {
      this.#deps.logger.warn("statefulset has an invalid selector", { statefulSet: set.metadata?.name, error });
      return undefined;
    }
  }



  /** Each ordinal's writes in order (claims before the pod); ordinals side by side. */
  async #apply(set: StatefulSetObject, actions: readonly StatefulSetAction[]): Promise<void> {
    const byOrdinal = new Map<number, StatefulSetAction[]>();
    for (const action of actions) byOrdinal.set(action.ordinal, [...(byOrdinal.get(action.ordinal) ?? []), action]);
    const results = await Promise.allSettled([...byOrdinal.values()].map(async (group) => {
      for (const action of group) await this.#applyOne(set, action);
    }));
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  }

  async #write(operation: StatefulSetWrite, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
      this.#deps.statefulSetMetrics.writes.inc({ operation, outcome: "ok" });
    } catch (error) {
      this.#deps.statefulSetMetrics.writes.inc({ operation, outcome: "error" });
      throw error;
    }
  }

  async #applyOne(set: StatefulSetObject, action: StatefulSetAction): Promise<void> {
    const { client, recorder } = this.#deps;
    const setName = set.metadata?.name ?? "";
    switch (action.type) {
      case "createClaim": {
        const name = action.claim.metadata?.name ?? "";
        try {
          await this.#write("create_claim", () => client.create(action.claim));
          void recorder.record(set, "Normal", "SuccessfulCreate", `create Claim ${name} Pod ${setName}-${action.ordinal} in StatefulSet ${setName} success`);
        } catch (error) {
          // Made already (a stale cache): a claim is never recreated, only reused.
          if (isAlreadyExists(error)) return;
          void recorder.record(set, "Warning", "FailedCreate", `create Claim ${name} for Pod ${setName}-${action.ordinal} in StatefulSet ${setName} failed error: ${messageOf(error)}`);
          throw error;
        }
        return;
      }
      case "updateClaim":
        await this.#write("update_claim", () => client.update(action.claim)).catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        });
        return;
      case "createPod": {
        const name = action.pod.metadata?.name ?? "";
        try {
          await this.#write("create_pod", () => client.create(action.pod));
          void recorder.record(set, "Normal", "SuccessfulCreate", `create Pod ${name} in StatefulSet ${setName} successful`);
        } catch (error) {
          // The previous pod of this name is still being removed (a stale cache): next time.
          if (isAlreadyExists(error)) return;
          void recorder.record(set, "Warning", "FailedCreate", `create Pod ${name} in StatefulSet ${setName} failed error: ${messageOf(error)}`);
          throw error;
        }
        return;
      }
      case "deletePod": {
        const name = action.pod.metadata?.name ?? "";
        try {
          // The uid precondition keeps a stale view from deleting the pod's successor.
          await this.#write("delete_pod", () => client.delete(PODS, action.pod.metadata?.namespace ?? "", name, { preconditions: { uid: action.pod.metadata?.uid ?? "" } }));
          void recorder.record(set, "Normal", "SuccessfulDelete", `delete Pod ${name} in StatefulSet ${setName} successful`);
        } catch (error) {
          if (isNotFound(error) || isConflict(error)) return;
          void recorder.record(set, "Warning", "FailedDelete", `delete Pod ${name} in StatefulSet ${setName} failed error: ${messageOf(error)}`);
          throw error;
        }
        return;
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

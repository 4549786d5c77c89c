// The DaemonSet controller's reconciler (Kubernetes' DaemonSetsController.syncDaemonSet),
// level-based: read the set, the nodes, its pods and revisions from the informers; adopt and release
// pods; make sure the template is a ControllerRevision; once earlier writes are seen, apply
// planDaemonSet's creations and deletions; write the status; trim the history.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import { labelSelectorFromMessage, type LabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isConflict, isNotFound } from "../errors.ts";
import { RevisionCollisionError, RevisionHistory } from "../history/revision-history.ts";
import { CONTROLLER_REVISION_HASH_KEY } from "../history/revisions.ts";
import type { ControllersMetrics } from "../metrics.ts";
import { claimObjects } from "../ownership.ts";
import { adoptPods, releasePods } from "../pod-ownership-writes.ts";
import type { Expectations } from "../replicaset/expectations.ts";
import { isReady } from "../replicaset/pod-state.ts";
import { PODS, type ControllerRevisionObject, type DaemonSetObject, type NodeObject, type PodObject } from "../resources.ts";
import { newDaemonPod, targetNodeName } from "./daemon-pod.ts";
import { planDaemonSet } from "./daemon-set-plan.ts";
import { daemonSetStatus, sameStatus } from "./daemon-set-status.ts";
import type { FailedPodBackoff } from "./failed-pod-backoff.ts";
import type { DaemonSetMetrics, DaemonSetWrite } from "./metrics.ts";
import { isDeleting } from "./node-pods.ts";
import { CONTROLLER_REVISION_HASH_LABEL } from "./well-known.ts";

export interface DaemonSetReconcilerDeps {
  daemonSets: Informer<DaemonSetObject>;
  pods: Informer<PodObject>;
  nodes: Informer<NodeObject>;
  revisions: Informer<ControllerRevisionObject>;
  expectations: Expectations;
  backoff: FailedPodBackoff;
  client: TypedApiClient;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  daemonSetMetrics: DaemonSetMetrics;
  logger: Logger;
  now?: () => Date;
}

const DEFAULT_REVISION_HISTORY_LIMIT = 10;
/** Expectations not yet met: look again soon (the pod events usually wake the set first). */
const EXPECTATIONS_RETRY_MS = 1000;

export class DaemonSetReconciler implements Reconciler {
  readonly #deps: DaemonSetReconcilerDeps;
  readonly #history: RevisionHistory;

  constructor(deps: DaemonSetReconcilerDeps) {
    this.#deps = deps;
    this.#history = new RevisionHistory(deps.client, deps.daemonSetMetrics, "DaemonSet");
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { daemonSets, pods, nodes, revisions, client, expectations, backoff } = this.#deps;
    const key = `${request.namespace}/${request.name}`;
    const set = daemonSets.get(request.namespace, request.name);
    if (!set) {
      expectations.forget(key);
      return;
    }
    const selector = this.#selector(set);
    if (!selector) return;
    const uid = set.metadata?.uid ?? "";
    const candidates = pods.list((pod) => pod.metadata?.namespace === request.namespace);
    const claim = claimObjects(set, candidates, selector);
    const ownership = { client: this.#deps.client, metrics: this.#deps.metrics, controller: "daemonset" } as const;
    await releasePods(ownership, claim.release, uid);
    const owned = [...claim.owned, ...(await adoptPods(ownership, claim.adopt, set))];
    const ownedRevisions = revisions.list((revision) => revision.metadata?.namespace === request.namespace
      && (revision.metadata?.ownerReferences ?? []).some((reference) => reference.controller && reference.uid === uid));

    let collisionCount = set.status?.collisionCount ?? 0;
    let update: ControllerRevisionObject;
    try {
      update = await this.#history.updateRevision(set, ownedRevisions);
    } catch (error) {
      if (!(error instanceof RevisionCollisionError)) throw error;
      collisionCount++;
      await client.updateStatus<DaemonSetObject>({ ...set, status: { ...set.status, collisionCount } });
      throw error;
    }
    const hash = update.metadata?.labels?.[CONTROLLER_REVISION_HASH_KEY] ?? "";
    const nodeList = nodes.list();
    const now = this.#now();

    let failure: unknown;
    let requeueAfterMs: number | undefined;
    if (!set.metadata?.deletionTimestamp) {
      if (!expectations.satisfied(key)) {
        requeueAfterMs = EXPECTATIONS_RETRY_MS;
      } else {
        const backoffKey = (node: string) => `${uid}/${node}`;
        const plan = planDaemonSet({ daemonSet: set, nodes: nodeList, pods: owned, hash, now, inBackoff: (node) => backoff.inBackoff(backoffKey(node)) });
        for (const pod of plan.failed) {
          const node = targetNodeName(pod) ?? "";
          backoff.next(backoffKey(node));
          void this.#deps.recorder.record(set, "Warning", "FailedDaemonPod", `Found failed daemon pod ${pod.metadata?.namespace}/${pod.metadata?.name} on node ${node}, will try to kill it`);
        }
        if (plan.backingOff.length > 0) requeueAfterMs = Math.max(1, Math.min(...plan.backingOff.map((node) => backoff.remainingMs(backoffKey(node)))));
        expectations.expect(key, plan.create.length, plan.delete.map((pod) => pod.metadata?.uid ?? ""));
        try {
          // The plan deletes only pods it was given: the set's own PodObjects.
          await this.#apply(set, plan.create, plan.delete as PodObject[], hash, key);
        } catch (error) {
          failure = error;
        }
      }
    }
    const status = daemonSetStatus(set, nodeList, owned, hash, collisionCount, now);
    if (!sameStatus(set.status, status)) await client.updateStatus<DaemonSetObject>({ ...set, status });
    if (failure !== undefined) throw failure;
    const inUse = new Set([update.metadata?.name ?? "", ...owned.filter((pod) => !isDeleting(pod)).map((pod) => revisionNameOf(set, pod))]);
    await this.#history.trim([...ownedRevisions.filter((revision) => revision.metadata?.name !== update.metadata?.name), update], inUse, set.spec?.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT);
    // Ready pods become available after minReadySeconds without any event: look again then.
    const minReadySeconds = set.spec?.minReadySeconds ?? 0;
    if (minReadySeconds > 0 && owned.some(isReady) && status.numberAvailable !== status.numberReady) {
      requeueAfterMs = Math.min(requeueAfterMs ?? Infinity, minReadySeconds * 1000);
    }
    if (requeueAfterMs !== undefined) return { requeueAfterMs };
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  #selector(set: DaemonSetObject): LabelSelector | undefined {
    try {
      return labelSelectorFromMessage(set.spec?.selector);
    } catch (error) {
      this.#deps.logger.warn("daemonset has an invalid selector", { daemonSet: set.metadata?.name, error });
      return undefined;
    }
  }



  async #write(operation: DaemonSetWrite, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
      this.#deps.daemonSetMetrics.writes.inc({ operation, outcome: "ok" });
    } catch (error) {
      this.#deps.daemonSetMetrics.writes.inc({ operation, outcome: "error" });
      throw error;
    }
  }

  async #apply(set: DaemonSetObject, create: readonly string[], remove: readonly PodObject[], hash: string, key: string): Promise<void> {
    const { client, recorder, expectations } = this.#deps;
    const setName = set.metadata?.name ?? "";
    const results = await Promise.allSettled([
      ...remove.map(async (pod) => {
        const name = pod.metadata?.name ?? "";
        try {
          // The uid precondition keeps a stale view from deleting a newer pod of the same name.
          await this.#write("delete_pod", () => client.delete(PODS, pod.metadata?.namespace ?? "", name, { preconditions: { uid: pod.metadata?.uid ?? "" } }));
          void recorder.record(set, "Normal", "SuccessfulDelete", `Deleted pod: ${name}`);
        } catch (error) {
          expectations.deletionObserved(key, pod.metadata?.uid ?? "");
          if (isNotFound(error) || isConflict(error)) return;
          void recorder.record(set, "Warning", "FailedDelete", `Error deleting: ${messageOf(error)}`);
          throw error;
        }
      }),
      ...create.map(async (node) => {
        try {
          const created = await client.create<PodObject>(newDaemonPod(set, node, hash) as PodObject);
          this.#deps.daemonSetMetrics.writes.inc({ operation: "create_pod", outcome: "ok" });
          void recorder.record(set, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata?.name ?? ""}`);
        } catch (error) {
          this.#deps.daemonSetMetrics.writes.inc({ operation: "create_pod", outcome: "error" });
          expectations.creationFailed(key);
          void recorder.record(set, "Warning", "FailedCreate", `Error creating: ${messageOf(error)}`);
          throw error;
        }
      }),
    ]);
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    this.#deps.logger.debug("daemonset synced", { daemonSet: `${set.metadata?.namespace}/${setName}`, created: create.length, deleted: remove.length });
  }
}

/** The ControllerRevision a pod came from: `<set>-<hash>`. */
function revisionNameOf(set: DaemonSetObject, pod: PodObject): string {
  return `${set.metadata?.name ?? ""}-${pod.metadata?.labels?.[CONTROLLER_REVISION_HASH_LABEL] ?? ""}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

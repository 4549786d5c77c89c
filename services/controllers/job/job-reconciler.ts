// The Job controller's reconciler (Kubernetes' syncJob), level-based: count finished pods through
// the tracking finalizer (job-tracking.ts), decide (job-decisions.ts), then create or delete pods
// once earlier writes are observed, write the status and record the Events.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { keyOf, type Reconciler, type ReconcileRequest, type ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isNotFound } from "../errors.ts";
import type { ControllersMetrics } from "../metrics.ts";
import { controllerRefOf } from "../ownership.ts";
import type { Expectations } from "../replicaset/expectations.ts";
import { canonicalJson } from "../../../runtime/codec/canonical-json.ts";
import { PODS, type JobObject, type PodObject } from "../resources.ts";
import { decideJob } from "./job-decisions.ts";
import { podForJob } from "./job-pods.ts";
import { countUncounted, trackFinishedPods, type JobStatus } from "./job-tracking.ts";
import type { PendingFinalizers } from "./pending-finalizers.ts";
import { JOB_TRACKING_FINALIZER } from "./well-known.ts";

export interface JobReconcilerDeps {
  jobs: Informer<JobObject>;
  pods: Informer<PodObject>;
  client: TypedApiClient;
  expectations: Expectations;
  pendingFinalizers: PendingFinalizers;
  recorder: EventRecorder;
  metrics: ControllersMetrics;
  logger: Logger;
  now: () => Date;
}

const sameStatus = (a: JobStatus | null | undefined, b: JobStatus) => canonicalJson("JobStatus", a ?? {}) === canonicalJson("JobStatus", b);

export class JobReconciler implements Reconciler {
  readonly #deps: JobReconcilerDeps;

  constructor(deps: JobReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { jobs, pods, expectations, pendingFinalizers } = this.#deps;
    const key = keyOf(request);
    const job = jobs.get(request.namespace, request.name);
    const inNamespace = pods.list((pod) => pod.metadata?.namespace === request.namespace);
    if (!job || job.metadata?.deletionTimestamp) {
      // The Job is gone: its pods' finalizers must not keep them forever.
      const orphans = inNamespace.filter((pod) => {
        const reference = controllerRefOf(pod);
        return reference?.kind === "Job" && reference.name === request.name && (!job || reference.uid === job.metadata?.uid);
      });
      await this.#removeFinalizers(key, orphans);
      if (!job) expectations.forget(key);
      return;
    }
    const uid = job.metadata?.uid ?? "";
    const owned = inNamespace.filter((pod) => controllerRefOf(pod)?.uid === uid);
    let current: JobObject = job;
    const tracking = trackFinishedPods(job, owned, pendingFinalizers.pending(key));
    if (!sameStatus(job.status, tracking.status)) current = await this.#deps.client.updateStatus<JobObject>({ ...job, status: tracking.status });
    const finalized = await this.#removeFinalizers(key, tracking.finalize);
    const counted = countUncounted(current, current.status ?? {}, owned, finalized);
    const decision = decideJob(current, counted, owned, this.#deps.now(), tracking.failJob);
    if (!expectations.satisfied(key)) decision.create = [];
    const failures: unknown[] = [];
    await this.#deletePods(current, decision.delete).catch((error: unknown) => failures.push(error));
    if (decision.create.length > 0) await this.#createPods(key, current, decision.create).catch((error: unknown) => failures.push(error));
    if (!sameStatus(current.status, decision.status)) await this.#deps.client.updateStatus<JobObject>({ ...current, status: decision.status });
    for (const event of decision.events) void this.#deps.recorder.record(current, event.type, event.reason, event.message);
    if (failures.length > 0) throw failures[0];
    return decision.requeueAfterMs !== undefined ? { requeueAfterMs: decision.requeueAfterMs } : undefined;
  }

  /** Removes the tracking finalizer; the uids of the pods done (or gone) are returned. */
  async #removeFinalizers(key: string, pods: PodObject[]): Promise<Set<string>> {
    const done = new Set<string>();
    const failures: unknown[] = [];
    await Promise.all(pods.map(async (pod) => {
      const uid = pod.metadata?.uid ?? "";
      const finalizers = (pod.metadata?.finalizers ?? []).filter((finalizer) => finalizer !== JOB_TRACKING_FINALIZER);
      try {
        this.#deps.pendingFinalizers.expect(key, uid);
        await this.#deps.client.update<PodObject>({ ...pod, metadata: { ...pod.metadata, finalizers } });
        done.add(uid);
      } catch (error) {
        this.#deps.pendingFinalizers.observed(key, uid);
        if (isNotFound(error)) done.add(uid);
        else failures.push(error);
      }
    }));
    if (failures.length > 0) throw failures[0];
    return done;
  }

  async #createPods(key: string, job: JobObject, indexes: (number | undefined)[]): Promise<void> {
    const { client, expectations, metrics, recorder } = this.#deps;
    expectations.expect(key, indexes.length);
    const failures: unknown[] = [];
    await Promise.all(indexes.map(async (index) => {
      try {
        const pod = await client.create<PodObject>(podForJob(job, index));
        metrics.podCreations.inc({ outcome: "ok" });
        void recorder.record(job, "Normal", "SuccessfulCreate", `Created pod: ${pod.metadata?.name}`);
      } catch (error) {
        expectations.creationFailed(key);
        metrics.podCreations.inc({ outcome: "error" });
        void recorder.record(job, "Warning", "FailedCreate", `Error creating: ${error instanceof Error ? error.message : String(error)}`);
        failures.push(error);
      }
    }));
    if (failures.length > 0) throw failures[0];
  }

  async #deletePods(job: JobObject, pods: PodObject[]): Promise<void> {
    const { client, metrics, recorder } = this.#deps;
    const failures: unknown[] = [];
    await Promise.all(pods.map(async (pod) => {
      try {
        await client.delete(PODS, pod.metadata?.namespace ?? "", pod.metadata?.name ?? "", { preconditions: { uid: pod.metadata?.uid ?? "" } });
        metrics.podDeletions.inc({ outcome: "ok" });
        void recorder.record(job, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata?.name}`);
      } catch (error) {
        if (isNotFound(error)) return;
        metrics.podDeletions.inc({ outcome: "error" });
        failures.push(error);
      }
    }));
    if (failures.length > 0) throw failures[0];
  }
}

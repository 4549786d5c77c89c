// The CronJob controller's reconciler (Kubernetes' cronjob controller v2), level-based: read the
// CronJob and the Jobs it controls, let decideCronJob say what to do, then do it: delete what
// Replace replaces, create the Job, write the status, delete Jobs beyond the history limits.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Clock } from "../../../runtime/clock.ts";
import { canonicalJson } from "../../../runtime/codec/canonical-json.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { EventRecorder } from "../../../runtime/events/event-recorder.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isAlreadyExists, isNotFound } from "../errors.ts";
import { controllerRefOf } from "../ownership.ts";
import { JOBS, type CronJobObject, type JobObject } from "../resources.ts";
import { decideCronJob, referenceTo } from "./cronjob-decisions.ts";

export interface CronJobReconcilerDeps {
  cronJobs: Informer<CronJobObject>;
  jobs: Informer<JobObject>;
  client: TypedApiClient;
  recorder: EventRecorder;
  clock: Clock;
}

export class CronJobReconciler implements Reconciler {
  readonly #deps: CronJobReconcilerDeps;

  constructor(deps: CronJobReconcilerDeps) {
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const { cronJobs, jobs, client, recorder, clock } = this.#deps;
    const cronJob = cronJobs.get(request.namespace, request.name);
    if (!cronJob) return;
    const uid = cronJob.metadata?.uid;
    const owned = jobs.list((job) => job.metadata?.namespace === request.namespace && controllerRefOf(job)?.uid === uid);
    let decision = decideCronJob(cronJob, owned, clock.now());
    if (decision.unverified.length > 0) {
      const gone = new Set<string>();
      for (const reference of decision.unverified) {
        try {
          const job = await client.get<JobObject>(JOBS, reference.namespace || request.namespace, reference.name ?? "");
          if (job.metadata?.uid !== reference.uid) gone.add(reference.uid ?? "");
        } catch (error) {
          if (!isNotFound(error)) throw error;
          gone.add(reference.uid ?? "");
        }
      }
      if (gone.size > 0) decision = decideCronJob(cronJob, owned, clock.now(), gone);
    }
    for (const job of decision.replace) {
      await this.#deleteJob(job);
      void recorder.record(cronJob, "Normal", "SuccessfulDelete", `Deleted job ${job.metadata?.name}`);
    }
    if (decision.create) {
      try {
        const created = await client.create<JobObject>(decision.create);
        void recorder.record(cronJob, "Normal", "SuccessfulCreate", `Created job ${created.metadata?.name}`);
        decision.status.active = [...(decision.status.active ?? []), referenceTo(created)].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
      } catch (error) {
        // Created before (by a reconcile whose status write was lost): the Job is there, which is what counts.
        if (!isAlreadyExists(error)) {
          void recorder.record(cronJob, "Warning", "FailedCreate", `Error creating job: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      }
    }
    if (canonicalJson("CronJobStatus", cronJob.status ?? {}) !== canonicalJson("CronJobStatus", decision.status)) {
      await client.updateStatus<CronJobObject>({ ...cronJob, status: decision.status });
    }
    for (const event of decision.events) void recorder.record(cronJob, event.type, event.reason, event.message);
    for (const job of decision.cleanup) {
      await this.#deleteJob(job);
      void recorder.record(cronJob, "Normal", "SuccessfulDelete", `Deleted job ${job.metadata?.name}`);
    }
    return decision.requeueAfterMs === undefined ? undefined : { requeueAfterMs: Math.max(10, clock.realMs(decision.requeueAfterMs)) };
  }

  async #deleteJob(job: JobObject): Promise<void> {
    try {
      await this.#deps.client.delete(JOBS, job.metadata?.namespace ?? "", job.metadata?.name ?? "", { propagationPolicy: "Background", preconditions: { uid: job.metadata?.uid ?? "" } });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

// The TTL-after-finished controller: deletes a finished Job once its ttlSecondsAfterFinished has
// passed, with propagation Background so the garbage collector removes its pods.
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "../../../runtime/controller/reconciler.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import { isNotFound } from "../errors.ts";
import { JOBS, type JobObject } from "../resources.ts";
import { msUntilExpiry } from "./ttl-decision.ts";

export const TTL_AFTER_FINISHED_CONTROLLER = "ttl-after-finished";

export interface TtlAfterFinishedDeps {
  client: TypedApiClient;
  now: () => Date;
}

class TtlAfterFinishedReconciler implements Reconciler {
  readonly #jobs: Informer<JobObject>;
  readonly #deps: TtlAfterFinishedDeps;

  constructor(jobs: Informer<JobObject>, deps: TtlAfterFinishedDeps) {
    this.#jobs = jobs;
    this.#deps = deps;
  }

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    const job = this.#jobs.get(request.namespace, request.name);
    if (!job) return;
    const remaining = msUntilExpiry(job, this.#deps.now().getTime());
    if (remaining === undefined) return;
    if (remaining > 0) return { requeueAfterMs: remaining + 50 };
    try {
      await this.#deps.client.delete(JOBS, request.namespace, request.name, { propagationPolicy: "Background", preconditions: { uid: job.metadata?.uid ?? "" } });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

export function buildTtlAfterFinishedController(factory: SharedInformerFactory, deps: TtlAfterFinishedDeps, options: ControllerOptions): Controller {
  const jobs = factory.informer<JobObject>(JOBS);
  return new ControllerBuilder(TTL_AFTER_FINISHED_CONTROLLER)
    .for(JOBS)
    .withReconciler(new TtlAfterFinishedReconciler(jobs, deps))
    .withOptions(options)
    .build(factory);
}

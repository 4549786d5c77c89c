// Wiring of the CronJob controller: a CronJob is reconciled when it changes, when a Job it
// controls changes, and at its next scheduled time (the reconciler's requeue).
import { ControllerBuilder } from "../../../runtime/controller/builder.ts";
import type { Controller, ControllerOptions } from "../../../runtime/controller/controller.ts";
import type { SharedInformerFactory } from "../../../runtime/controller/shared-informers.ts";
import { controllerRefOf } from "../ownership.ts";
import { CRON_JOBS, JOBS, type CronJobObject, type JobObject } from "../resources.ts";
import { CronJobReconciler, type CronJobReconcilerDeps } from "./cronjob-reconciler.ts";

export const CRON_JOB_CONTROLLER = "cronjob";

export type CronJobControllerDeps = Omit<CronJobReconcilerDeps, "cronJobs" | "jobs">;

export function buildCronJobController(factory: SharedInformerFactory, deps: CronJobControllerDeps, options: ControllerOptions): Controller {
  const cronJobs = factory.informer<CronJobObject>(CRON_JOBS);
  const jobs = factory.informer<JobObject>(JOBS);
  return new ControllerBuilder(CRON_JOB_CONTROLLER)
    .for(CRON_JOBS)
    .watches(JOBS, (job) => {
      const reference = controllerRefOf(job as JobObject);
      return reference?.kind === CRON_JOBS.kind && reference.name ? [{ namespace: job.metadata?.namespace ?? "", name: reference.name }] : [];
    })
    .withReconciler(new CronJobReconciler({ ...deps, cronJobs, jobs }))
    .withOptions(options)
    .build(factory);
}

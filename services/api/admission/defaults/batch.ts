// Kubernetes' batch/v1 defaults for Jobs and CronJobs, and the selector and labels the Job
// registry generates from the Job's uid (batch.kubernetes.io/controller-uid) unless
// manualSelector is true.
import type { troupe } from "../../../../proto/gen/troupe.js";
import { defaultPodTemplate } from "./pod.ts";

type Job = troupe.v1.Job.$Properties;
type JobSpec = troupe.v1.JobSpec.$Properties;
type CronJob = troupe.v1.CronJob.$Properties;

export const CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
export const LEGACY_CONTROLLER_UID_LABEL = "controller-uid";
export const JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
export const LEGACY_JOB_NAME_LABEL = "job-name";

export function defaultJobSpec(spec: JobSpec): void {
  // Both unset: one pod to one completion. Parallelism alone leaves completions unset (a work queue).
  if (spec.completions == null && spec.parallelism == null) spec.completions = 1;
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ||= "NonIndexed";
  spec.suspend ??= false;
  spec.manualSelector ??= false;
  spec.podReplacementPolicy ||= spec.podFailurePolicy ? "Failed" : "TerminatingOrFailed";
  for (const rule of spec.podFailurePolicy?.rules ?? []) {
    for (const pattern of rule.onPodConditions ?? []) pattern.status ||= "True";
  }
  defaultPodTemplate(spec.template);
}

/** The generated selector and template labels (Kubernetes' generateSelector), once the uid is known. */
export function generateJobSelector(job: Job): void {
  const spec = job.spec;
  const uid = job.metadata?.uid;
  if (!spec || !uid || spec.manualSelector || spec.selector) return;
  const template = (spec.template ??= {});
  const metadata = (template.metadata ??= {});
  metadata.labels = {
    ...metadata.labels,
    [CONTROLLER_UID_LABEL]: uid,
    [LEGACY_CONTROLLER_UID_LABEL]: uid,
    [JOB_NAME_LABEL]: job.metadata?.name ?? "",
    [LEGACY_JOB_NAME_LABEL]: job.metadata?.name ?? "",
  };
  spec.selector = { matchLabels: { [CONTROLLER_UID_LABEL]: uid } };
}

export function defaultJob(job: Job): void {
  defaultJobSpec((job.spec ??= {}));
  generateJobSelector(job);
}

export function defaultCronJob(cronJob: CronJob): void {
  const spec = (cronJob.spec ??= {});
  spec.concurrencyPolicy ||= "Allow";
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobSpec = ((spec.jobTemplate ??= {}).spec ??= {});
  defaultJobSpec(jobSpec);
}

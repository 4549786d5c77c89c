// The Job a CronJob creates for a scheduled time (Kubernetes' getJobFromTemplate2): the template's
// labels, annotations and spec, the scheduled-timestamp annotation and a controller reference.
import { formatInZone } from "../../../runtime/cron/time-zone.ts";
import { controllerReference } from "../replicaset/pod-from-template.ts";
import type { CronJobObject, JobObject } from "../resources.ts";
import { jobNameFor } from "./schedule-times.ts";
import { SCHEDULED_TIMESTAMP_ANNOTATION } from "./well-known.ts";

export function jobFromCronJob(cronJob: CronJobObject, scheduled: Date, timeZone: string): JobObject {
  const template = cronJob.spec?.jobTemplate ?? {};
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: {
      name: jobNameFor(cronJob.metadata?.name ?? "", scheduled),
      namespace: cronJob.metadata?.namespace ?? "default",
      labels: { ...template.metadata?.labels },
      annotations: { ...template.metadata?.annotations, [SCHEDULED_TIMESTAMP_ANNOTATION]: formatInZone(scheduled, timeZone) },
      ownerReferences: [controllerReference({ apiVersion: "batch/v1", kind: "CronJob", metadata: cronJob.metadata })],
    },
    spec: structuredClone(template.spec ?? {}),
  } as JobObject;
}

// The CronJob kind (batch/v1): a schedule robfig/cron parses, an IANA time zone, the
// concurrency policy and history limits, and a Job template valid as a Job's spec.
import type { troupe } from "../../../../proto/gen/troupe.js";
import type { FieldError } from "../../../../runtime/codec/field-error.ts";
import { CronSchedule, CronSyntaxError } from "../../../../runtime/cron/cron-schedule.ts";
import { timeZoneProblem } from "../../../../runtime/cron/time-zone.ts";
import { invalid, notSupported, required } from "./field-errors.ts";
import { validateJobSpec } from "./job.ts";
import { validateNonNegative } from "./numbers.ts";

type CronJob = troupe.v1.CronJob.$Properties;

export const CONCURRENCY_POLICIES = ["Allow", "Forbid", "Replace"] as const;
/** Job names add 11 characters (`-` and the minutes since the epoch) and must stay within 63. */
const MAX_CRON_JOB_NAME_LENGTH = 52;

/** Why the schedule does not parse, or undefined when it does. */
export function scheduleProblem(schedule: string): string | undefined {
  try {
    CronSchedule.parse(schedule);
    return undefined;
  } catch (error) {
    if (error instanceof CronSyntaxError) return error.message;
    throw error;
  }
}

export function validateCronJob(cronJob: CronJob): FieldError[] {
  const spec = cronJob.spec ?? {};
  const errors: FieldError[] = [];
  const name = cronJob.metadata?.name ?? "";
  if (name.length > MAX_CRON_JOB_NAME_LENGTH) errors.push(invalid("metadata.name", name, `must be no more than ${MAX_CRON_JOB_NAME_LENGTH} characters`));
  const schedule = spec.schedule ?? "";
  if (!schedule) errors.push(required("spec.schedule"));
  else {
    const problem = scheduleProblem(schedule);
    if (problem) errors.push(invalid("spec.schedule", schedule, problem));
  }
  if (spec.timeZone != null) {
    const problem = timeZoneProblem(spec.timeZone);
    if (problem) errors.push(invalid("spec.timeZone", spec.timeZone, problem));
  }
  const policy = spec.concurrencyPolicy || "Allow";
  if (!(CONCURRENCY_POLICIES as readonly string[]).includes(policy)) errors.push(notSupported("spec.concurrencyPolicy", policy, CONCURRENCY_POLICIES));
  errors.push(
    ...validateNonNegative(spec.startingDeadlineSeconds == null ? undefined : Number(spec.startingDeadlineSeconds), "spec.startingDeadlineSeconds"),
    ...validateNonNegative(spec.successfulJobsHistoryLimit, "spec.successfulJobsHistoryLimit"),
    ...validateNonNegative(spec.failedJobsHistoryLimit, "spec.failedJobsHistoryLimit"),
    ...validateJobSpec(spec.jobTemplate?.spec ?? {}, "spec.jobTemplate.spec", { generatedSelector: true }),
  );
  return errors;
}

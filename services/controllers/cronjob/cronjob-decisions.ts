// What a CronJob needs now (Kubernetes' syncCronJob): its status from the Jobs it owns, the Job
// to start for the most recent scheduled time (unless Forbid, a missed deadline or suspend say
// no), the Jobs Replace deletes, the finished Jobs beyond the history limits, and when to look again.
import type { troupe } from "../../../proto/gen/troupe.js";
import { CronSchedule, CronSyntaxError } from "../../../runtime/cron/cron-schedule.ts";
import { formatInZone, timeZoneProblem } from "../../../runtime/cron/time-zone.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { CronJobObject, JobObject } from "../resources.ts";
import { jobFromCronJob } from "./job-from-template.ts";
import { jobNameFor, mostRecentScheduleTime } from "./schedule-times.ts";
import { MAX_MISSED_START_TIMES } from "./well-known.ts";

type CronJobStatus = troupe.v1.CronJobStatus.$Properties;

export interface CronJobEvent {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
}

export interface CronJobDecision {
  status: CronJobStatus;
  create?: JobObject;
  /** Active Jobs Replace deletes before the new one starts. */
  replace: JobObject[];
  /** Finished Jobs beyond successfulJobsHistoryLimit / failedJobsHistoryLimit, oldest first. */
  cleanup: JobObject[];
  events: CronJobEvent[];
  /** Listed as active in the status but not in the cache: the reconciler asks the API about them. */
  unverified: troupe.v1.ObjectReference.$Properties[];
  /** Clock milliseconds until the next scheduled time. */
  requeueAfterMs?: number;
}

function finishedAs(job: JobObject): "Complete" | "Failed" | undefined {
  const condition = (job.status?.conditions ?? []).find((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");
  return condition?.type as "Complete" | "Failed" | undefined;
}

const startOf = (job: JobObject) => Date.parse(job.status?.startTime || job.metadata?.creationTimestamp || "") || 0;

function beyondLimit(jobs: JobObject[], limit: number | null | undefined): JobObject[] {
  if (limit == null) return [];
  const oldestFirst = [...jobs].sort((a, b) => startOf(a) - startOf(b));
  return oldestFirst.slice(0, Math.max(0, oldestFirst.length - limit));
}

/** Without a resourceVersion: each status change of the Job would otherwise rewrite the CronJob's status. */
export const referenceTo = (job: JobObject) => ({ apiVersion: "batch/v1", kind: "Job", namespace: job.metadata?.namespace ?? "", name: job.metadata?.name ?? "", uid: job.metadata?.uid ?? "" });

/** `jobs`: the Jobs the CronJob controls; `gone`: uids the API says no longer exist. */
export function decideCronJob(cronJob: CronJobObject, jobs: readonly JobObject[], now: Date, gone: ReadonlySet<string> = new Set()): CronJobDecision {
  const spec = cronJob.spec ?? {};
  const previous = cronJob.status ?? {};
  const events: CronJobEvent[] = [];
  const wasActive = new Set((previous.active ?? []).map((reference) => reference.uid));
  const live = jobs.filter((job) => !job.metadata?.deletionTimestamp);
  const active = live.filter((job) => !finishedAs(job));
  // An active Job the cache does not hold (yet, or any more) stays listed until the API says it is gone.
  const known = new Set(jobs.map((job) => job.metadata?.uid));
  const unverified = (previous.active ?? []).filter((reference) => !known.has(reference.uid) && !gone.has(reference.uid ?? ""));
  const references = [...active.map(referenceTo), ...unverified].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));
  const status: CronJobStatus = { ...previous, active: references };
  for (const job of jobs) {
    const outcome = finishedAs(job);
    if (outcome && wasActive.has(job.metadata?.uid)) events.push({ type: "Normal", reason: "SawCompletedJob", message: `Saw completed job: ${job.metadata?.name}, condition: ${outcome}` });
    const completed = job.status?.completionTime;
    if (outcome === "Complete" && completed && (!status.lastSuccessfulTime || Date.parse(completed) > Date.parse(status.lastSuccessfulTime))) status.lastSuccessfulTime = completed;
  }
  const decision: CronJobDecision = { status, replace: [], cleanup: [], events, unverified };
  if (cronJob.metadata?.deletionTimestamp) return decision;
  decision.cleanup = [
    ...beyondLimit(live.filter((job) => finishedAs(job) === "Complete"), spec.successfulJobsHistoryLimit),
    ...beyondLimit(live.filter((job) => finishedAs(job) === "Failed"), spec.failedJobsHistoryLimit),
  ];
  const timeZone = spec.timeZone || "UTC";
  const zoneProblem = timeZoneProblem(timeZone);
  if (zoneProblem) {
    events.push({ type: "Warning", reason: "UnknownTimeZone", message: `invalid timeZone: "${timeZone}": ${zoneProblem}` });
    return decision;
  }
  let schedule: CronSchedule;
  try {
    schedule = CronSchedule.parse(spec.schedule ?? "");
  } catch (error) {
    if (!(error instanceof CronSyntaxError)) throw error;
    events.push({ type: "Warning", reason: "UnparseableSchedule", message: `unparseable schedule: "${spec.schedule}" : ${error.message}` });
    return decision;
  }
  const next = schedule.next(now, timeZone);
  if (next) decision.requeueAfterMs = next.getTime() - now.getTime() + 100;
  if (spec.suspend) return decision;
  const { scheduled, missed } = mostRecentScheduleTime(cronJob, schedule, now, timeZone);
  if (!scheduled) return decision;
  if (missed > MAX_MISSED_START_TIMES) {
    events.push({ type: "Warning", reason: "TooManyMissedTimes", message: `too many missed start times: ${missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew` });
  }
  const deadline = spec.startingDeadlineSeconds;
  if (deadline != null && scheduled.getTime() + Number(deadline) * 1000 < now.getTime()) {
    events.push({ type: "Warning", reason: "MissSchedule", message: `Missed scheduled time to start a job: ${formatInZone(scheduled, timeZone)}` });
    return decision;
  }
  const name = jobNameFor(cronJob.metadata?.name ?? "", scheduled);
  if (jobs.some((job) => job.metadata?.name === name)) return decision;
  const policy = spec.concurrencyPolicy || "Allow";
  if (policy === "Forbid" && (active.length > 0 || unverified.length > 0)) {
    events.push({ type: "Normal", reason: "JobAlreadyActive", message: "Not starting job because prior execution is running and concurrency policy is Forbid" });
    return decision;
  }
  if (policy === "Replace") decision.replace = active;
  decision.create = jobFromCronJob(cronJob, scheduled, timeZone);
  status.lastScheduleTime = kubernetesTime(scheduled);
  return decision;
}

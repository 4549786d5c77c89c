// What a Job needs next (Kubernetes' syncJob), decided from the Job, its pods and the time: the
// status to write, pods to create (with their completion indexes) or delete, the Events, and
// when to look again (pod back-off, activeDeadlineSeconds).
import type { troupe } from "../../../proto/gen/troupe.js";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import type { JobObject, PodObject } from "../resources.ts";
import { parseIndexes } from "./completed-indexes.ts";
import { completionIndexOf, finishedAt, isActive, isReady, isTerminating } from "./job-pods.ts";
import type { JobStatus } from "./job-tracking.ts";
import type { PolicyMatch } from "./pod-failure-policy.ts";
import { JobConditionTypes as Types, JobReasons as Reasons, POD_BACKOFF_BASE_MS, POD_BACKOFF_MAX_MS } from "./well-known.ts";

type Condition = troupe.v1.Condition.$Properties;

export interface JobEvent {
  type: "Normal" | "Warning";
  reason: string;
  message: string;
}

export interface JobDecision {
  status: JobStatus;
  /** One entry per pod to create: its completion index (Indexed) or undefined. */
  create: (number | undefined)[];
  delete: PodObject[];
  events: JobEvent[];
  requeueAfterMs?: number;
}

const hasCondition = (status: JobStatus, type: string) => (status.conditions ?? []).some((condition) => condition.type === type && condition.status === "True");
export const isJobFinished = (job: JobObject) => hasCondition(job.status ?? {}, Types.complete) || hasCondition(job.status ?? {}, Types.failed);

function setCondition(status: JobStatus, type: string, value: "True" | "False", reason: string, message: string, now: string): void {
  const conditions = [...(status.conditions ?? [])];
  const index = conditions.findIndex((condition) => condition.type === type);
  const existing = index >= 0 ? conditions[index] : undefined;
  if (existing && existing.status === value && existing.reason === reason) return;
  const condition: Condition = { type, status: value, reason, message, lastProbeTime: now, lastTransitionTime: existing?.status === value ? existing.lastTransitionTime : now };
  if (index >= 0) conditions[index] = condition;
  else conditions.push(condition);
  status.conditions = conditions;
}

/** Kubernetes' pod back-off: 10 s after the first counted failure, doubling per failure, at most 6 min. */
export function podBackoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(POD_BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20), POD_BACKOFF_MAX_MS);
}

interface Failure {
  reason: string;
  message: string;
}

function failureOf(job: JobObject, status: JobStatus, failJob: PolicyMatch | undefined, now: number): Failure | undefined {
  const target = (status.conditions ?? []).find((condition) => condition.type === Types.failureTarget && condition.status === "True");
  if (target) return { reason: target.reason ?? "", message: target.message ?? "" };
  if (failJob) return { reason: Reasons.podFailurePolicy, message: failJob.message };
  if ((status.failed ?? 0) > (job.spec?.backoffLimit ?? 6)) return { reason: Reasons.backoffLimitExceeded, message: "Job has reached the specified backoff limit" };
  const deadline = job.spec?.activeDeadlineSeconds;
  if (deadline != null && status.startTime && now - Date.parse(status.startTime) >= Number(deadline) * 1000) {
    return { reason: Reasons.deadlineExceeded, message: "Job was active longer than specified deadline" };
  }
  return undefined;
}

function succeededEnough(job: JobObject, status: JobStatus, active: number): boolean {
  const completions = job.spec?.completions;
  const succeeded = status.succeeded ?? 0;
  if (completions == null) return succeeded > 0 && active === 0;
  return succeeded >= completions;
}

/** Pods to create or delete so that min(parallelism, what is left to do) pods run. */
function scale(job: JobObject, status: JobStatus, active: PodObject[], allowCreate: boolean): { create: (number | undefined)[]; delete: PodObject[] } {
  const parallelism = job.spec?.parallelism ?? 1;
  const completions = job.spec?.completions;
  if (job.spec?.completionMode === "Indexed") {
    const done = parseIndexes(status.completedIndexes);
    const running = new Set<number>();
    const surplus: PodObject[] = [];
    for (const pod of active) {
      const index = completionIndexOf(pod);
      // A pod with no valid index, a completed index or a duplicate index is not needed.
      if (index === undefined || index >= (completions ?? 0) || done.has(index) || running.has(index)) surplus.push(pod);
      else running.add(index);
    }
    const wanted: number[] = [];
    for (let index = 0; index < (completions ?? 0) && running.size + wanted.length < parallelism; index++) {
      if (!done.has(index) && !running.has(index)) wanted.push(index);
    }
    const excess = running.size - parallelism;
    const keep = active.filter((pod) => !surplus.includes(pod));
    return { create: allowCreate ? wanted : [], delete: [...surplus, ...(excess > 0 ? byDeletionPreference(keep).slice(0, excess) : [])] };
  }
  const remaining = completions == null ? ((status.succeeded ?? 0) > 0 ? 0 : parallelism) : Math.max(0, completions - (status.succeeded ?? 0));
  const want = Math.min(parallelism, remaining);
  if (active.length > want) return { create: [], delete: byDeletionPreference(active).slice(0, active.length - want) };
  return { create: allowCreate ? Array.from({ length: want - active.length }, () => undefined) : [], delete: [] };
}

/** Not yet scheduled, then not ready, then the newest: the pods losing least when deleted. */
function byDeletionPreference(pods: PodObject[]): PodObject[] {
  const rank = (pod: PodObject) => (!pod.spec?.nodeName ? 0 : !isReady(pod) ? 1 : 2);
  return [...pods].sort((a, b) => rank(a) - rank(b) || (b.metadata?.creationTimestamp ?? "").localeCompare(a.metadata?.creationTimestamp ?? ""));
}

export function decideJob(job: JobObject, counted: JobStatus, pods: readonly PodObject[], now: Date, failJob?: PolicyMatch): JobDecision {
  const status = structuredClone(counted);
  const nowText = kubernetesTime(now);
  const nowMs = now.getTime();
  const active = pods.filter(isActive);
  const terminating = pods.filter(isTerminating);
  const events: JobEvent[] = [];
  const decision: JobDecision = { status, create: [], delete: [], events };
  const settle = () => {
    status.active = active.length - decision.delete.filter(isActive).length;
    status.ready = active.filter(isReady).length;
    status.terminating = terminating.length;
  };
  if (isJobFinished(job)) {
    decision.delete = active;
    settle();
    return decision;
  }
  const suspended = job.spec?.suspend === true;
  if (suspended) {
    if (!hasCondition(status, Types.suspended)) events.push({ type: "Normal", reason: "Suspended", message: "Job suspended" });
    setCondition(status, Types.suspended, "True", Reasons.jobSuspended, "Job suspended", nowText);
    decision.delete = active;
    settle();
    return decision;
  }
  if (hasCondition(status, Types.suspended)) {
    setCondition(status, Types.suspended, "False", Reasons.jobResumed, "Job resumed", nowText);
    events.push({ type: "Normal", reason: "Resumed", message: "Job resumed" });
    // The deadline counts from the resume, as in Kubernetes.
    status.startTime = nowText;
  }
  status.startTime ||= nowText;
  const uncounted = (status.uncountedTerminatedPods?.succeeded?.length ?? 0) + (status.uncountedTerminatedPods?.failed?.length ?? 0);
  const failure = failureOf(job, status, failJob, nowMs);
  if (failure) {
    if (!hasCondition(status, Types.failureTarget)) events.push({ type: "Warning", reason: failure.reason, message: failure.message });
    setCondition(status, Types.failureTarget, "True", failure.reason, failure.message, nowText);
    decision.delete = active;
    if (active.length === 0 && terminating.length === 0 && uncounted === 0) setCondition(status, Types.failed, "True", failure.reason, failure.message, nowText);
    settle();
    return decision;
  }
  if (hasCondition(status, Types.successCriteriaMet) || succeededEnough(job, status, active.length)) {
    setCondition(status, Types.successCriteriaMet, "True", Reasons.completionsReached, "Reached expected number of succeeded pods", nowText);
    decision.delete = active;
    if (active.length === 0 && terminating.length === 0 && uncounted === 0) {
      setCondition(status, Types.complete, "True", Reasons.completionsReached, "Reached expected number of succeeded pods", nowText);
      status.completionTime = nowText;
      events.push({ type: "Normal", reason: "Completed", message: "Job completed" });
    }
    settle();
    return decision;
  }
  // Replacements wait out the back-off from the newest failure; podReplacementPolicy Failed also
  // waits until terminating pods are gone.
  const failures = status.failed ?? 0;
  const lastFailure = Math.max(0, ...pods.filter((pod) => pod.status?.phase === "Failed").map((pod) => finishedAt(pod) ?? 0));
  const waitMs = failures > 0 && lastFailure > 0 ? lastFailure + podBackoffMs(failures) - nowMs : 0;
  const replacementBlocked = job.spec?.podReplacementPolicy === "Failed" && terminating.length > 0;
  const planned = scale(job, status, active, waitMs <= 0 && !replacementBlocked);
  decision.create = planned.create;
  decision.delete = planned.delete;
  const deadline = job.spec?.activeDeadlineSeconds;
  const untilDeadline = deadline != null && status.startTime ? Date.parse(status.startTime) + Number(deadline) * 1000 - nowMs : undefined;
  const waits = [waitMs > 0 ? waitMs : undefined, untilDeadline].filter((value): value is number => value !== undefined && value > 0);
  if (waits.length > 0) decision.requeueAfterMs = Math.min(...waits) + 50;
  settle();
  status.active = (status.active ?? 0) + decision.create.length;
  return decision;
}

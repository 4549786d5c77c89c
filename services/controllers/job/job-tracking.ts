// Counting finished pods so that no count is ever lost or doubled (Kubernetes' job tracking with
// finalizers): a finished pod's uid is first written to status.uncountedTerminatedPods, then its
// batch.kubernetes.io/job-tracking finalizer is removed, then the uid moves into the counters.
// A crash between any two steps repeats only the steps not yet done.
import type { troupe } from "../../../proto/gen/troupe.js";
import type { JobObject, PodObject } from "../resources.ts";
import { formatIndexes, parseIndexes } from "./completed-indexes.ts";
import { completionIndexOf, hasTrackingFinalizer, isFinished } from "./job-pods.ts";
import { matchPodFailurePolicy, type PolicyMatch } from "./pod-failure-policy.ts";

export type JobStatus = troupe.v1.JobStatus.$Properties;

export interface TrackingPlan {
  /** The status with newly finished pods recorded as uncounted: written before any finalizer goes. */
  status: JobStatus;
  /** Pods whose tracking finalizer may go once `status` is written. */
  finalize: PodObject[];
  /** The first FailJob rule a newly failed pod matched. */
  failJob?: PolicyMatch;
}

/**
 * `pending`: uids whose finalizer removal this controller has sent but not yet seen; the cache
 * still shows their finalizer, and counting them again would count them twice.
 */
export function trackFinishedPods(job: JobObject, pods: readonly PodObject[], pending: ReadonlySet<string> = new Set()): TrackingPlan {
  const status = structuredClone(job.status ?? {});
  const succeeded = new Set(status.uncountedTerminatedPods?.succeeded ?? []);
  const failed = new Set(status.uncountedTerminatedPods?.failed ?? []);
  const indexed = job.spec?.completionMode === "Indexed";
  const completions = job.spec?.completions ?? 0;
  const completed = parseIndexes(status.completedIndexes);
  const finalize: PodObject[] = [];
  let failJob: PolicyMatch | undefined;
  for (const pod of pods) {
    const uid = pod.metadata?.uid ?? "";
    if (!hasTrackingFinalizer(pod) || pending.has(uid)) continue;
    if (pod.status?.phase === "Succeeded") {
      succeeded.add(uid);
      const index = completionIndexOf(pod);
      if (indexed && index !== undefined && index < completions) completed.add(index);
    } else if (pod.status?.phase === "Failed") {
      const match = matchPodFailurePolicy(job.spec?.podFailurePolicy, pod);
      // An ignored failure does not count towards backoffLimit (nor in status.failed).
      if (match?.action !== "Ignore") {
        if (!failed.has(uid) && match?.action === "FailJob") failJob ??= match;
        failed.add(uid);
      }
    } else if (!pod.metadata?.deletionTimestamp) {
      continue;
    }
    finalize.push(pod);
  }
  status.uncountedTerminatedPods = { succeeded: [...succeeded].sort(), failed: [...failed].sort() };
  if (indexed) status.completedIndexes = formatIndexes(completed);
  return { status, finalize, failJob };
}

/** Moves the uncounted pods whose finalizer is gone (or that are gone) into the counters. */
export function countUncounted(job: JobObject, status: JobStatus, pods: readonly PodObject[], finalized: ReadonlySet<string>): JobStatus {
  const byUid = new Map(pods.map((pod) => [pod.metadata?.uid ?? "", pod]));
  const settled = (uid: string) => {
    const pod = byUid.get(uid);
    return !pod || finalized.has(uid) || !hasTrackingFinalizer(pod) || !isFinished(pod);
  };
  const next = structuredClone(status);
  const uncounted = next.uncountedTerminatedPods ?? {};
  const movedSucceeded = (uncounted.succeeded ?? []).filter(settled);
  const movedFailed = (uncounted.failed ?? []).filter(settled);
  next.uncountedTerminatedPods = {
    succeeded: (uncounted.succeeded ?? []).filter((uid) => !settled(uid)),
    failed: (uncounted.failed ?? []).filter((uid) => !settled(uid)),
  };
  next.failed = (next.failed ?? 0) + movedFailed.length;
  // An Indexed Job counts succeeded indexes: a second success of the same index is not a second completion.
  next.succeeded = job.spec?.completionMode === "Indexed" ? parseIndexes(next.completedIndexes).size : (next.succeeded ?? 0) + movedSucceeded.length;
  return next;
}

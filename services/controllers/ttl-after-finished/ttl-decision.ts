// When a finished Job's ttlSecondsAfterFinished runs out (Kubernetes' ttlafterfinished controller):
// from its completionTime, or the Failed condition's transition time.
import type { JobObject } from "../resources.ts";

/** Milliseconds until the Job is due for deletion (<= 0: now), or undefined when it never is. */
export function msUntilExpiry(job: JobObject, now: number): number | undefined {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  if (ttl == null || job.metadata?.deletionTimestamp) return undefined;
  const finished = (job.status?.conditions ?? []).find((condition) => (condition.type === "Complete" || condition.type === "Failed") && condition.status === "True");
  if (!finished) return undefined;
  const finishedAt = Date.parse(job.status?.completionTime || finished.lastTransitionTime || "");
  if (!Number.isFinite(finishedAt)) return undefined;
  return finishedAt + ttl * 1000 - now;
}

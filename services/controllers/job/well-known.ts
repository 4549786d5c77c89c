// Names Kubernetes gives the Job controller's labels, annotations, finalizer, conditions and reasons.
export const JOB_TRACKING_FINALIZER = "batch.kubernetes.io/job-tracking";
export const JOB_COMPLETION_INDEX = "batch.kubernetes.io/job-completion-index";
export const JOB_COMPLETION_INDEX_ENV = "JOB_COMPLETION_INDEX";

export const JobConditionTypes = {
  complete: "Complete",
  failed: "Failed",
  suspended: "Suspended",
  failureTarget: "FailureTarget",
  successCriteriaMet: "SuccessCriteriaMet",
} as const;

export const JobReasons = {
  backoffLimitExceeded: "BackoffLimitExceeded",
  deadlineExceeded: "DeadlineExceeded",
  podFailurePolicy: "PodFailurePolicy",
  completionsReached: "CompletionsReached",
  jobSuspended: "JobSuspended",
  jobResumed: "JobResumed",
} as const;

/** Kubernetes' pod back-off: 10 s after the first failure, doubling, at most 6 minutes. */
export const POD_BACKOFF_BASE_MS = 10_000;
export const POD_BACKOFF_MAX_MS = 6 * 60_000;

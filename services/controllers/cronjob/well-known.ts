// Names Kubernetes gives the CronJob controller's annotations.
export const SCHEDULED_TIMESTAMP_ANNOTATION = "batch.kubernetes.io/cronjob-scheduled-timestamp";
/** Set by `kubectl create job --from=cronjob/NAME` on the Job it creates. */
export const INSTANTIATE_ANNOTATION = "cronjob.kubernetes.io/instantiate";
/** More missed start times than this get a TooManyMissedTimes warning. */
export const MAX_MISSED_START_TIMES = 100;

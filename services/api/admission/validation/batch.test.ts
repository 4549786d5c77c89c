import test from "ava";
import { applyDefaults } from "../defaults.ts";
import { validateObject } from "../validation.ts";

const template = (restartPolicy = "Never") => ({ spec: { restartPolicy, containers: [{ name: "work", image: "busybox" }] } });
const job = (spec: Record<string, unknown>) => ({ metadata: { name: "pi", namespace: "default", uid: "u-1" }, spec: { template: template(), ...spec } });
const cronJob = (spec: Record<string, unknown>) => ({
  metadata: { name: "nightly", namespace: "default" },
  spec: { schedule: "*/5 * * * *", jobTemplate: { spec: { template: template() } }, ...spec },
});

function messages(kind: string, object: Record<string, unknown>, old?: Record<string, unknown>): string[] {
  applyDefaults(kind, object);
  if (old) applyDefaults(kind, old);
  return validateObject(kind, object, old ? { operation: "update", old } : { operation: "create" }).map((error) => `${error.field}: ${error.message}`);
}

test("a job is defaulted as Kubernetes defaults it, with a selector generated from its uid", (t) => {
  const object = job({});
  t.deepEqual(messages("Job", object), []);
  const spec = object.spec as Record<string, any>;
  t.like(spec, { completions: 1, parallelism: 1, backoffLimit: 6, completionMode: "NonIndexed", suspend: false, podReplacementPolicy: "TerminatingOrFailed" });
  t.deepEqual(spec.selector, { matchLabels: { "batch.kubernetes.io/controller-uid": "u-1" } });
  t.like(spec.template.metadata.labels, { "batch.kubernetes.io/job-name": "pi", "job-name": "pi", "controller-uid": "u-1" });
  const queue = job({ parallelism: 3 });
  messages("Job", queue);
  t.is((queue.spec as Record<string, unknown>).completions, undefined);
});

test("a job refuses negative counts naming the field", (t) => {
  t.deepEqual(messages("Job", job({ completions: -1 })), ["spec.completions: Invalid value: -1: must be greater than or equal to 0"]);
  t.deepEqual(messages("Job", job({ parallelism: -2, backoffLimit: -1 })), [
    "spec.parallelism: Invalid value: -2: must be greater than or equal to 0",
    "spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0",
  ]);
  t.deepEqual(messages("Job", job({ activeDeadlineSeconds: 0 })), ["spec.activeDeadlineSeconds: Invalid value: 0: must be greater than 0"]);
});

test("a job's pods must run to completion: restartPolicy Always (the pod default) is refused", (t) => {
  t.deepEqual(messages("Job", job({ template: template("Always") })), ['spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "Never", "OnFailure"']);
  const noPolicy = job({ template: { spec: { containers: [{ name: "work", image: "busybox" }] } } });
  t.deepEqual(messages("Job", noPolicy), ['spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "Never", "OnFailure"']);
});

test("an Indexed job needs completions and a known completion mode", (t) => {
  t.deepEqual(messages("Job", job({ completionMode: "Indexed", parallelism: 2 })), ["spec.completions: Required value: when completion mode is Indexed"]);
  t.deepEqual(messages("Job", job({ completionMode: "Sometimes" })), ['spec.completionMode: Unsupported value: "Sometimes": supported values: "Indexed", "NonIndexed"']);
});

test("a pod failure policy needs a known action, one matcher, ordered non-zero In codes and restartPolicy Never", (t) => {
  const rule = (value: Record<string, unknown>) => job({ podFailurePolicy: { rules: [value] } });
  t.deepEqual(messages("Job", rule({ action: "FailJob", onExitCodes: { operator: "In", values: [1, 42] } })), []);
  t.deepEqual(messages("Job", rule({ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget" }] })), []);
  t.deepEqual(messages("Job", rule({ action: "Explode", onExitCodes: { operator: "In", values: [1] } })), [
    'spec.podFailurePolicy.rules[0].action: Unsupported value: "Explode": supported values: "Count", "FailIndex", "FailJob", "Ignore"',
  ]);
  t.deepEqual(messages("Job", rule({ action: "FailJob", onExitCodes: { operator: "In", values: [0, 3, 2] } })), [
    "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator",
    "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Invalid value: 2: must be ordered",
  ]);
  t.regex(messages("Job", rule({ action: "Count" }))[0]!, /^spec\.podFailurePolicy\.rules\[0\]: Invalid value: .*: specifying one of OnExitCodes and OnPodConditions is required$/);
  const onFailure = job({ template: template("OnFailure"), podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [1] } }] } });
  t.deepEqual(messages("Job", onFailure), ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']);
});

test("a job's template and completions are immutable, its parallelism and suspend are not", (t) => {
  const old = job({ completions: 3 });
  t.deepEqual(messages("Job", job({ completions: 3, parallelism: 2, suspend: true }), old), []);
  t.deepEqual(messages("Job", job({ completions: 4 }), job({ completions: 3 })), ["spec.completions: Invalid value: 4: field is immutable"]);
  const changed = job({ completions: 3, template: { spec: { restartPolicy: "Never", containers: [{ name: "work", image: "other" }] } } });
  t.regex(messages("Job", changed, job({ completions: 3 }))[0]!, /^spec\.template: Invalid value: .*: field is immutable$/);
  // Elastic Indexed Jobs: completions may change together with parallelism.
  t.deepEqual(messages("Job", job({ completionMode: "Indexed", completions: 4, parallelism: 4 }), job({ completionMode: "Indexed", completions: 2, parallelism: 2 })), []);
});

test("a cronjob is defaulted as Kubernetes defaults it", (t) => {
  const object = cronJob({});
  t.deepEqual(messages("CronJob", object), []);
  t.like(object.spec as Record<string, unknown>, { concurrencyPolicy: "Allow", suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
  t.deepEqual(messages("CronJob", cronJob({ schedule: "@hourly", timeZone: "Europe/Berlin" })), []);
});

test("a cronjob refuses an invalid schedule, an unknown time zone and TZ in the schedule, naming the field", (t) => {
  t.deepEqual(messages("CronJob", cronJob({ schedule: "every minute" })), ['spec.schedule: Invalid value: "every minute": expected exactly 5 fields, found 2: [every minute]']);
  t.deepEqual(messages("CronJob", cronJob({ schedule: "61 * * * *" })), ['spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61']);
  t.deepEqual(messages("CronJob", cronJob({ schedule: "CRON_TZ=UTC 0 * * * *" })), ['spec.schedule: Invalid value: "CRON_TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']);
  t.deepEqual(messages("CronJob", cronJob({ timeZone: "Mars/Olympus" })), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']);
  t.deepEqual(messages("CronJob", cronJob({ schedule: "" })), ["spec.schedule: Required value"]);
  t.deepEqual(messages("CronJob", cronJob({ concurrencyPolicy: "Sometimes" })), ['spec.concurrencyPolicy: Unsupported value: "Sometimes": supported values: "Allow", "Forbid", "Replace"']);
  t.deepEqual(messages("CronJob", cronJob({ successfulJobsHistoryLimit: -1 })), ["spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0"]);
  t.deepEqual(messages("CronJob", cronJob({ jobTemplate: { spec: { completions: -1, template: template() } } })), ["spec.jobTemplate.spec.completions: Invalid value: -1: must be greater than or equal to 0"]);
});

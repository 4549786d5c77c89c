import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { describeObject } from "./describe-object.ts";

const none = { events: [], related: [], now: Date.parse("2026-11-21T12:00:00Z") };
const template = { spec: { restartPolicy: "Never", containers: [{ name: "pi", image: "perl" }] } };

test("describe job shows counts, completion mode and pod statuses as kubectl does", (t) => {
  const job = {
    apiVersion: "batch/v1", kind: "Job", metadata: { name: "pi", namespace: "default" },
    spec: { parallelism: 2, completions: 4, completionMode: "Indexed", suspend: false, backoffLimit: 6, selector: { matchLabels: { "batch.kubernetes.io/controller-uid": "u" } }, template },
    status: { startTime: "2026-11-21T11:59:00Z", completionTime: "2026-11-21T11:59:30Z", active: 0, ready: 0, succeeded: 4, failed: 1, completedIndexes: "0-3", conditions: [{ type: "Complete", status: "True" }] },
  } as unknown as KubeObject;
  const text = describeObject(job, none);
  t.regex(text, /\nParallelism: +2\n/);
  t.regex(text, /\nCompletion Mode: +Indexed\n/);
  t.regex(text, /\nDuration: +30s\n/);
  t.regex(text, /\nPods Statuses: +0 Active \(0 Ready\) \/ 4 Succeeded \/ 1 Failed\n/);
  t.regex(text, /\nCompleted Indexes: +0-3\n/);
  t.regex(text, /\nPod Template:\n/);
});

test("describe cronjob shows schedule, policies, limits and the active jobs", (t) => {
  const cronJob = {
    apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "tick", namespace: "default" },
    spec: { schedule: "*/5 * * * *", timeZone: "Europe/Berlin", concurrencyPolicy: "Forbid", suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1, jobTemplate: { spec: { template } } },
    status: { lastScheduleTime: "2026-11-21T11:55:00Z", active: [{ name: "tick-29395795" }] },
  } as unknown as KubeObject;
  const text = describeObject(cronJob, none);
  t.regex(text, /\nSchedule: +\*\/5 \* \* \* \*\n/);
  t.regex(text, /\nTimeZone: +Europe\/Berlin\n/);
  t.regex(text, /\nConcurrency Policy: +Forbid\n/);
  t.regex(text, /\nStarting Deadline Seconds: +<unset>\n/);
  t.regex(text, /\nActive Jobs: +tick-29395795\n/);
});

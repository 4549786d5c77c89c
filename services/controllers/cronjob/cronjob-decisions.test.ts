import test from "ava";
import type { CronJobObject, JobObject } from "../resources.ts";
import { decideCronJob } from "./cronjob-decisions.ts";
import { mostRecentScheduleTime } from "./schedule-times.ts";
import { CronSchedule } from "../../../runtime/cron/cron-schedule.ts";

const minutes = (iso: string) => Math.floor(Date.parse(iso) / 60_000);

function cronJob(spec: Record<string, unknown> = {}, status: Record<string, unknown> = {}): CronJobObject {
  return {
    apiVersion: "batch/v1", kind: "CronJob",
    metadata: { name: "tick", namespace: "default", uid: "cj-uid", creationTimestamp: "2026-01-01T00:00:30Z" },
    spec: { schedule: "* * * * *", concurrencyPolicy: "Allow", suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1, jobTemplate: { metadata: { labels: { app: "tick" } }, spec: { template: { spec: { restartPolicy: "Never" } } } }, ...spec },
    status,
  } as CronJobObject;
}

let serial = 0;
function job(outcome: "Complete" | "Failed" | "Running", start: string): JobObject {
  serial++;
  const conditions = outcome === "Running" ? [] : [{ type: outcome, status: "True" }];
  return {
    metadata: { name: `tick-${serial}`, namespace: "default", uid: `job-${serial}`, creationTimestamp: start },
    status: { startTime: start, conditions, completionTime: outcome === "Complete" ? start : "" },
  } as JobObject;
}

test("cronjob decisions start the Job of the most recent scheduled time, named by its minute, and look again at the next", (t) => {
  const decision = decideCronJob(cronJob(), [], new Date("2026-01-01T00:03:10Z"));
  t.is(decision.create?.metadata?.name, `tick-${minutes("2026-01-01T00:03:00Z")}`);
  t.is(decision.create?.metadata?.annotations?.["batch.kubernetes.io/cronjob-scheduled-timestamp"], "2026-01-01T00:03:00Z");
  t.like(decision.create?.metadata?.ownerReferences?.[0], { kind: "CronJob", name: "tick", uid: "cj-uid", controller: true });
  t.deepEqual(decision.create?.metadata?.labels, { app: "tick" });
  t.is(decision.status.lastScheduleTime, "2026-01-01T00:03:00Z");
  t.is(decision.requeueAfterMs, 50_100);
  // That time's Job exists already: nothing more.
  const again = decideCronJob(cronJob({}, { lastScheduleTime: "2026-01-01T00:03:00Z" }), [], new Date("2026-01-01T00:03:20Z"));
  t.is(again.create, undefined);
});

test("cronjob decisions honour Forbid and Replace while a Job is active, and suspend", (t) => {
  const running = job("Running", "2026-01-01T00:02:00Z");
  const now = new Date("2026-01-01T00:03:10Z");
  const status = { lastScheduleTime: "2026-01-01T00:02:00Z" };
  const forbid = decideCronJob(cronJob({ concurrencyPolicy: "Forbid" }, status), [running], now);
  t.is(forbid.create, undefined);
  t.deepEqual(forbid.events.map((e) => e.reason), ["JobAlreadyActive"]);
  t.deepEqual(forbid.status.active?.map((r) => r.name), [running.metadata?.name]);
  const replace = decideCronJob(cronJob({ concurrencyPolicy: "Replace" }, status), [running], now);
  t.deepEqual(replace.replace, [running]);
  t.truthy(replace.create);
  const allow = decideCronJob(cronJob({}, status), [running], now);
  t.deepEqual(allow.replace, []);
  t.truthy(allow.create);
  t.is(decideCronJob(cronJob({ suspend: true }, status), [], now).create, undefined);
});

test("cronjob decisions keep only the history limits of finished Jobs, deleting the oldest", (t) => {
  const complete = ["00:01", "00:02", "00:03", "00:04"].map((time) => job("Complete", `2026-01-01T${time}:00Z`));
  const failed = ["00:01", "00:02"].map((time) => job("Failed", `2026-01-01T${time}:30Z`));
  const decision = decideCronJob(cronJob(), [...complete, ...failed], new Date("2026-01-01T00:04:30Z"));
  t.deepEqual(decision.cleanup, [complete[0], failed[0]]);
  t.is(decision.status.lastSuccessfulTime, "2026-01-01T00:04:00Z");
});

test("cronjob decisions skip a run missed by more than startingDeadlineSeconds and warn of too many missed times", (t) => {
  const late = decideCronJob(cronJob({ schedule: "0 * * * *", startingDeadlineSeconds: 60 }, { lastScheduleTime: "2026-01-01T00:00:00Z" }), [], new Date("2026-01-01T01:05:00Z"));
  t.is(late.create, undefined);
  const missed = decideCronJob(cronJob({}, { lastScheduleTime: "2026-01-01T00:00:00Z" }), [], new Date("2026-01-01T05:00:30Z"));
  t.deepEqual(missed.events.map((e) => e.reason), ["TooManyMissedTimes"]);
  t.is(missed.create?.metadata?.name, `tick-${minutes("2026-01-01T05:00:00Z")}`);
  const recent = mostRecentScheduleTime(cronJob(), CronSchedule.parse("*/10 * * * *"), new Date("2026-01-01T00:35:00Z"), "UTC");
  t.deepEqual([recent.scheduled?.toISOString(), recent.missed], ["2026-01-01T00:30:00.000Z", 3]);
});

test("cronjob decisions read the schedule in the CronJob's time zone", (t) => {
  const decision = decideCronJob(cronJob({ schedule: "0 9 * * *", timeZone: "Europe/Berlin" }, { lastScheduleTime: "2026-01-01T00:00:00Z" }), [], new Date("2026-01-01T08:30:00Z"));
  t.is(decision.create?.metadata?.annotations?.["batch.kubernetes.io/cronjob-scheduled-timestamp"], "2026-01-01T09:00:00+01:00");
  t.is(decision.status.lastScheduleTime, "2026-01-01T08:00:00Z");
});

test("cronjob decisions report an unparseable schedule as an event and start nothing", (t) => {
  const decision = decideCronJob(cronJob({ schedule: "never" }), [], new Date("2026-01-01T00:03:10Z"));
  t.is(decision.create, undefined);
  t.deepEqual(decision.events.map((e) => [e.type, e.reason]), [["Warning", "UnparseableSchedule"]]);
});

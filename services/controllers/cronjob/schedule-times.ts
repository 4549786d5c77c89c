// Which scheduled time a CronJob should run now (Kubernetes' mostRecentScheduleTime): the latest
// time of the schedule after the last run (or the creation) and not after now, with how many
// were missed; times older than startingDeadlineSeconds are not considered.
import type { CronSchedule } from "../../../runtime/cron/cron-schedule.ts";
import type { CronJobObject } from "../resources.ts";
import { MAX_MISSED_START_TIMES } from "./well-known.ts";

export interface MostRecent {
  scheduled?: Date;
  /** Scheduled times between the earliest considered and now, the chosen one included. */
  missed: number;
}

export function mostRecentScheduleTime(cronJob: CronJobObject, schedule: CronSchedule, now: Date, timeZone: string): MostRecent {
  let earliest = Date.parse(cronJob.status?.lastScheduleTime || cronJob.metadata?.creationTimestamp || "");
  if (!Number.isFinite(earliest)) earliest = now.getTime();
  const deadline = cronJob.spec?.startingDeadlineSeconds;
  if (deadline != null) earliest = Math.max(earliest, now.getTime() - Number(deadline) * 1000);
  let scheduled: Date | undefined;
  let missed = 0;
  for (let time = schedule.next(new Date(earliest), timeZone); time && time <= now; time = schedule.next(time, timeZone)) {
    scheduled = time;
    missed++;
    // Past the limit the count only tells the same story: find the latest in a window before now.
    if (missed > MAX_MISSED_START_TIMES) {
      scheduled = latestBefore(schedule, Math.max(time.getTime(), now.getTime() - 3_600_000), now, timeZone) ?? scheduled;
      break;
    }
  }
  return { scheduled, missed };
}

function latestBefore(schedule: CronSchedule, from: number, now: Date, timeZone: string): Date | undefined {
  // A schedule missed more than 100 times runs at least every few hours: widen the window until one falls in it.
  for (const windowMs of [0, 86_400_000, 31 * 86_400_000, 366 * 86_400_000]) {
    let latest: Date | undefined;
    for (let time = schedule.next(new Date(Math.min(from, now.getTime() - windowMs)), timeZone); time && time <= now; time = schedule.next(time, timeZone)) latest = time;
    if (latest) return latest;
  }
  return undefined;
}

/** The CronJob's Job name for a scheduled time: `<cronjob>-<minutes since the epoch>`. */
export function jobNameFor(cronJobName: string, scheduled: Date): string {
  return `${cronJobName}-${Math.floor(scheduled.getTime() / 60_000)}`;
}

import test from "ava";
import { CronSchedule, CronSyntaxError } from "./cron-schedule.ts";
import { formatInZone, timeZoneProblem } from "./time-zone.ts";

const at = (iso: string) => new Date(iso);
const nextOf = (expression: string, after: string, timeZone?: string) => CronSchedule.parse(expression).next(at(after), timeZone)?.toISOString();

test("cron schedule steps, ranges and lists pick the next minute after the given time", (t) => {
  t.is(nextOf("*/15 * * * *", "2026-01-01T10:07:30Z"), "2026-01-01T10:15:00.000Z");
  t.is(nextOf("* * * * *", "2026-01-01T10:07:00Z"), "2026-01-01T10:08:00.000Z");
  t.is(nextOf("5-10/2,30 9 * * *", "2026-01-01T09:09:00Z"), "2026-01-01T09:30:00.000Z");
  t.is(nextOf("5/20 * * * *", "2026-01-01T09:46:00Z"), "2026-01-01T10:05:00.000Z");
  t.is(nextOf("0 0 1 jan ?", "2026-03-01T00:00:00Z"), "2027-01-01T00:00:00.000Z");
});

test("cron schedule macros are the five-field schedules robfig/cron gives them", (t) => {
  t.is(nextOf("@hourly", "2026-01-01T10:07:00Z"), "2026-01-01T11:00:00.000Z");
  t.is(nextOf("@daily", "2026-01-01T10:07:00Z"), "2026-01-02T00:00:00.000Z");
  t.is(nextOf("@midnight", "2026-01-01T10:07:00Z"), "2026-01-02T00:00:00.000Z");
  t.is(nextOf("@weekly", "2026-01-01T10:07:00Z"), "2026-01-04T00:00:00.000Z"); // a Sunday
  t.is(nextOf("@monthly", "2026-01-01T10:07:00Z"), "2026-02-01T00:00:00.000Z");
  t.is(nextOf("@yearly", "2026-01-01T10:07:00Z"), "2027-01-01T00:00:00.000Z");
  t.is(nextOf("@annually", "2026-01-01T10:07:00Z"), "2027-01-01T00:00:00.000Z");
});

test("cron schedule day of month and day of week combine with OR unless one is a star", (t) => {
  // 2026-01-01 is a Thursday: the 13th or any Monday, whichever comes first.
  t.is(nextOf("0 0 13 * mon", "2026-01-01T00:00:00Z"), "2026-01-05T00:00:00.000Z");
  t.is(nextOf("0 0 * * MON-FRI", "2026-01-02T12:00:00Z"), "2026-01-05T00:00:00.000Z");
  t.is(nextOf("0 0 13 * *", "2026-01-01T00:00:00Z"), "2026-01-13T00:00:00.000Z");
});

test("cron schedule reads the schedule on the wall clock of its time zone", (t) => {
  t.is(nextOf("0 9 * * *", "2026-01-01T00:00:00Z", "America/New_York"), "2026-01-01T14:00:00.000Z");
  t.is(nextOf("0 9 * * *", "2026-07-01T00:00:00Z", "America/New_York"), "2026-07-01T13:00:00.000Z");
  // 02:30 does not exist on 2026-03-08 in New York: the next run is the day after.
  t.is(nextOf("30 2 * * *", "2026-03-08T00:00:00Z", "America/New_York"), "2026-03-09T06:30:00.000Z");
  t.is(formatInZone(at("2026-01-01T14:00:00Z"), "America/New_York"), "2026-01-01T09:00:00-05:00");
  t.is(formatInZone(at("2026-01-01T14:00:00Z")), "2026-01-01T14:00:00Z");
});

test("cron schedule refuses what robfig/cron refuses, in its words", (t) => {
  const message = (expression: string) => t.throws(() => CronSchedule.parse(expression), { instanceOf: CronSyntaxError })?.message;
  t.is(message("foo"), "expected exactly 5 fields, found 1: [foo]");
  t.is(message("* * * * * *"), "expected exactly 5 fields, found 6: [* * * * * *]");
  t.is(message("60 * * * *"), "end of range (60) above maximum (59): 60");
  t.is(message("* * 0 * *"), "beginning of range (0) below minimum (1): 0");
  t.is(message("* * * * 7"), "end of range (7) above maximum (6): 7");
  t.is(message("*/0 * * * *"), "step of range should be a positive number: */0");
  t.is(message("5-1 * * * *"), "beginning of range (5) beyond end of range (1): 5-1");
  t.is(message("x * * * *"), 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax');
  t.is(message("@often"), "unrecognized descriptor: @often");
  t.is(message("TZ=UTC 0 * * * *"), "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  t.is(CronSchedule.parse("0 0 30 2 *").next(at("2026-01-01T00:00:00Z")), undefined);
});

test("time zones are IANA names: offsets, Local and unknown names are refused", (t) => {
  t.is(timeZoneProblem("Europe/Berlin"), undefined);
  t.is(timeZoneProblem("UTC"), undefined);
  t.is(timeZoneProblem("Mars/Olympus"), "unknown time zone Mars/Olympus");
  t.is(timeZoneProblem("+01:00"), "unknown time zone +01:00");
  t.regex(timeZoneProblem("Local")!, /explicit time zone/);
});

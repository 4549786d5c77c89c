import test from "ava";
import { formatAge, humanDuration } from "./age.ts";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

test("ages follow kubectl's rounding from seconds to years", (t) => {
  const cases: [number, string][] = [
    [0, "0s"],
    [59 * SECOND, "59s"],
    [119 * SECOND, "119s"],
    [2 * MINUTE, "2m"],
    [2 * MINUTE + 5 * SECOND, "2m5s"],
    [9 * MINUTE + 59 * SECOND, "9m59s"],
    [10 * MINUTE + 30 * SECOND, "10m"],
    [179 * MINUTE, "179m"],
    [3 * HOUR, "3h"],
    [3 * HOUR + 20 * MINUTE, "3h20m"],
    [8 * HOUR + 20 * MINUTE, "8h"],
    [47 * HOUR, "47h"],
    [2 * DAY, "2d"],
    [2 * DAY + 5 * HOUR, "2d5h"],
    [8 * DAY + 5 * HOUR, "8d"],
    [729 * DAY, "729d"],
    [2 * 365 * DAY + 10 * DAY, "2y10d"],
    [9 * 365 * DAY, "9y"],
  ];
  for (const [ms, expected] of cases) t.is(humanDuration(ms), expected, `${ms} ms`);
});

test("clock skew of up to a second reads as zero, more as invalid", (t) => {
  t.is(humanDuration(-1500), "0s");
  t.is(humanDuration(-2500), "<invalid>");
});

test("an age is measured from the timestamp to now", (t) => {
  const now = Date.parse("2026-11-21T12:00:00Z");
  t.is(formatAge("2026-11-21T11:55:00Z", now), "5m");
  t.is(formatAge(undefined, now), "<unknown>");
  t.is(formatAge("not a time", now), "<unknown>");
});

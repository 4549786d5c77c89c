import test from "ava";
import { DEFAULT_LOGS_MAX_AGE_MS, DEFAULT_LOGS_MAX_BYTES, LogsRetentionError, logsRetentionFromEnv, parseLogsMaxAge, parseLogsMaxBytes } from "./logs-retention.ts";
import { logsStreamConfig } from "./logs-stream.ts";

test("retention defaults to a day and a gibibyte when the environment says nothing", (t) => {
  t.deepEqual(logsRetentionFromEnv({}), { maxAgeMs: DEFAULT_LOGS_MAX_AGE_MS, maxBytes: DEFAULT_LOGS_MAX_BYTES });
  t.is(DEFAULT_LOGS_MAX_AGE_MS, 86_400_000);
});

test("ages take units from milliseconds to days, combined", (t) => {
  t.is(parseLogsMaxAge("90m", "x"), 5_400_000);
  t.is(parseLogsMaxAge("7d", "x"), 7 * 86_400_000);
  t.is(parseLogsMaxAge("1h30m", "x"), 5_400_000);
  t.is(parseLogsMaxAge(" 2s ", "x"), 2000);
});

test("sizes are bytes or quantities", (t) => {
  t.is(parseLogsMaxBytes("1Gi", "x"), 1024 ** 3);
  t.is(parseLogsMaxBytes("512Mi", "x"), 512 * 1024 ** 2);
  t.is(parseLogsMaxBytes("2G", "x"), 2e9);
  t.is(parseLogsMaxBytes("100000", "x"), 100_000);
});

test("bad ages and sizes name the setting and say what is accepted", (t) => {
  const age = t.throws(() => logsRetentionFromEnv({ TROUPE_LOGS_MAX_AGE: "a day" }), { instanceOf: LogsRetentionError });
  t.is(age?.message, 'TROUPE_LOGS_MAX_AGE: invalid age "a day": use units like 30m, 24h, 7d (ms, s, m, h, d)');
  t.is(age?.setting, "TROUPE_LOGS_MAX_AGE");
  t.regex(t.throws(() => parseLogsMaxAge("24", "--logs-max-age"))?.message ?? "", /^--logs-max-age: invalid age "24"/);
  t.regex(t.throws(() => parseLogsMaxAge("10ms", "--logs-max-age"))?.message ?? "", /too short: at least 1s/);
  t.regex(t.throws(() => logsRetentionFromEnv({ TROUPE_LOGS_MAX_BYTES: "lots" }))?.message ?? "", /^TROUPE_LOGS_MAX_BYTES: invalid size "lots": use bytes or a quantity like 512Mi/);
  t.regex(t.throws(() => parseLogsMaxBytes("1Ki", "--logs-max-bytes"))?.message ?? "", /too small: at least 64Ki/);
});

test("the stream's limits are the retention's, age in nanoseconds", (t) => {
  const config = logsStreamConfig({ maxAgeMs: 3_600_000, maxBytes: 1024 ** 2 });
  t.is(config.max_age, 3_600_000 * 1_000_000);
  t.is(config.max_bytes, 1024 ** 2);
  t.deepEqual(config.subjects, ["troupe.logs.>"]);
  t.is(config.duplicate_window, 120_000 * 1_000_000, "JetStream's default two minutes");
  t.is(logsStreamConfig({ maxAgeMs: 5000 }).duplicate_window, 5000 * 1_000_000, "never longer than the age");
});

import test from "ava";
import { formatLogLine, logPrefix } from "./log-line-format.ts";
import { lastLines, mergeByTime, rfc3339Nanos, type StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";

const target = (pod: string, container = "app"): LogTarget => ({ namespace: "default", pod, uid: `uid-${pod}`, container, deleted: false });
const line = (pod: string, time: string, seq: number, text = `${pod}@${time}`): StoredLogLine => ({ target: target(pod), time, nanos: rfc3339Nanos(time) as bigint, seq, stream: "stdout", text });

test("RFC3339 times of any precision compare by their nanoseconds", (t) => {
  t.is(rfc3339Nanos("2026-12-04T10:00:00Z"), 1_796_378_400_000_000_000n);
  t.is(rfc3339Nanos("2026-12-04T10:00:00.5Z"), 1_796_378_400_500_000_000n);
  t.is(rfc3339Nanos("2026-12-04T10:00:00.000000001Z"), 1_796_378_400_000_000_001n);
  t.is(rfc3339Nanos("2026-12-04T11:00:00+01:00"), 1_796_378_400_000_000_000n);
  t.is(rfc3339Nanos("yesterday"), undefined);
});

test("lines of several pods merge by the time they were written, ties by stream sequence", (t) => {
  const a = [line("a", "2026-12-04T10:00:00.1Z", 1), line("a", "2026-12-04T10:00:00.300000001Z", 5)];
  const b = [line("b", "2026-12-04T10:00:00.2Z", 3), line("b", "2026-12-04T10:00:00.300000001Z", 4)];
  const c = [line("c", "2026-12-04T10:00:00.05Z", 9)];
  t.deepEqual(mergeByTime([a, b, c]).map((merged) => `${merged.target.pod}${merged.seq}`), ["c9", "a1", "b3", "b4", "a5"]);
});

test("a tail keeps the last lines, none for 0, all when unset", (t) => {
  t.deepEqual(lastLines([1, 2, 3], 2), [2, 3]);
  t.deepEqual(lastLines([1, 2, 3], 0), []);
  t.deepEqual(lastLines([1, 2, 3], 10), [1, 2, 3]);
  t.deepEqual(lastLines([1, 2, 3], undefined), [1, 2, 3]);
});

test("the prefix is kubectl's [pod/NAME/CONTAINER] and timestamps come after it", (t) => {
  t.is(logPrefix(target("hello-7d9f8-x2k4p", "hello")), "[pod/hello-7d9f8-x2k4p/hello] ");
  const printed = line("web-1", "2026-12-04T10:00:00.123456789Z", 1, "listening on 8080");
  t.is(formatLogLine(printed, { prefix: false, timestamps: false }), "listening on 8080\n");
  t.is(formatLogLine(printed, { prefix: true, timestamps: false }), "[pod/web-1/app] listening on 8080\n");
  t.is(formatLogLine(printed, { prefix: true, timestamps: true }), "[pod/web-1/app] 2026-12-04T10:00:00.123456789Z listening on 8080\n");
});

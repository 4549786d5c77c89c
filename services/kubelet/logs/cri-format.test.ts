import test from "ava";
import { criTimestamp, formatCriPrefix, parseCriLine } from "./cri-format.ts";

test("cri timestamps are UTC with nine fraction digits down to the microsecond", (t) => {
  t.is(criTimestamp(Date.UTC(2026, 10, 21, 20, 0, 0, 123) + 0.456), "2026-11-21T20:00:00.123456000Z");
  t.is(criTimestamp(Date.UTC(2026, 10, 21, 20, 0, 0, 123) + 0.9996), "2026-11-21T20:00:00.123999000Z");
  t.is(criTimestamp(Date.UTC(2026, 0, 1)), "2026-01-01T00:00:00.000000000Z");
  t.regex(criTimestamp(), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
});

test("cri timestamps taken one after another never go backwards as text", (t) => {
  const times = Array.from({ length: 200 }, () => criTimestamp());
  t.deepEqual([...times].sort(), times);
});

test("a formatted cri record parses back to its parts", (t) => {
  const time = "2026-11-21T20:00:00.123456789Z";
  t.deepEqual(parseCriLine(`${formatCriPrefix(time, "stderr", false)}boom: it  failed `), {
    time,
    stream: "stderr",
    partial: false,
    content: "boom: it  failed ",
  });
  t.deepEqual(parseCriLine(`${formatCriPrefix(time, "stdout", true)}first half`), {
    time,
    stream: "stdout",
    partial: true,
    content: "first half",
  });
});

test("cri parsing accepts empty lines, extra tags and a missing trailing space", (t) => {
  t.is(parseCriLine("2026-11-21T20:00:00Z stdout F ")?.content, "");
  t.is(parseCriLine("2026-11-21T20:00:00Z stdout F")?.content, "");
  t.deepEqual(parseCriLine("2026-11-21T20:00:00Z stdout P:x more"), {
    time: "2026-11-21T20:00:00Z",
    stream: "stdout",
    partial: true,
    content: "more",
  });
});

test("cri parsing rejects lines that are not cri records", (t) => {
  t.is(parseCriLine("plain text"), undefined);
  t.is(parseCriLine("2026-11-21T20:00:00Z stdin F nope"), undefined);
  t.is(parseCriLine("2026-11-21T20:00:00Z stdout X nope"), undefined);
  t.is(parseCriLine(""), undefined);
});

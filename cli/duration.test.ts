import test from "ava";
import { parseDuration } from "./duration.ts";
import { UsageError } from "./errors.ts";

test("durations take Go units or a bare number of seconds", (t) => {
  t.is(parseDuration("30", "request-timeout"), 30_000);
  t.is(parseDuration("1.5", "request-timeout"), 1500);
  t.is(parseDuration("500ms", "request-timeout"), 500);
  t.is(parseDuration("2m", "request-timeout"), 120_000);
  t.is(parseDuration("1h2m3s", "request-timeout"), 3_723_000);
});

test("a malformed duration names the flag", (t) => {
  for (const bad of ["", "10x", "s", "1m junk", "-5s"]) {
    const error = t.throws(() => parseDuration(bad, "timeout"), { instanceOf: UsageError });
    t.regex(error.message, /--timeout/);
  }
});

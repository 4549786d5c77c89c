import test from "ava";
import { parseDurationSeconds } from "./create-token.ts";

test("--duration takes Go durations, as kubectl create token", (t) => {
  t.is(parseDurationSeconds("10m"), 600);
  t.is(parseDurationSeconds("1h30m"), 5400);
  t.is(parseDurationSeconds("600s"), 600);
  t.is(parseDurationSeconds("1.5h"), 5400);
  t.throws(() => parseDurationSeconds("10"), { message: /expected a duration such as 10m/ });
  t.throws(() => parseDurationSeconds("10m junk"), { message: /expected a duration/ });
});

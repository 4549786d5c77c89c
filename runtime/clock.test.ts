import test from "ava";
import { InvalidClockError, scaledClock } from "./clock.ts";

test("a scaled clock starts where told and runs rate times as fast as real time", (t) => {
  let real = 1_000;
  const clock = scaledClock({ startMs: Date.parse("2026-01-01T00:00:00Z"), rate: 60 }, () => real);
  t.is(clock.now().toISOString(), "2026-01-01T00:00:00.000Z");
  real += 1_000;
  t.is(clock.now().toISOString(), "2026-01-01T00:01:00.000Z");
  t.is(clock.realMs(60_000), 1_000);
  t.throws(() => scaledClock({ rate: 0 }), { instanceOf: InvalidClockError });
});

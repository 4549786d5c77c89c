import test from "ava";
import { Backoff, backoffDelay, InvalidBackoffOptionsError, resolveBackoffOptions } from "./backoff.ts";

test("backoff doubles from the base delay and stops growing at the cap", (t) => {
  const backoff = new Backoff({ baseMs: 100, maxMs: 1000 });
  const delays = Array.from({ length: 7 }, () => backoff.next());
  t.deepEqual(delays, [100, 200, 400, 800, 1000, 1000, 1000]);
  t.is(backoff.attempt, 7);
});

test("backoff starts over from the base delay after a reset", (t) => {
  const backoff = new Backoff({ baseMs: 50, maxMs: 10_000 });
  backoff.next();
  backoff.next();
  backoff.reset();
  t.is(backoff.next(), 50);
});

test("backoff jitter only shortens a delay, never past the jitter fraction", (t) => {
  const low = resolveBackoffOptions({ baseMs: 1000, maxMs: 1000, jitter: 0.5, random: () => 0.999 });
  const high = resolveBackoffOptions({ baseMs: 1000, maxMs: 1000, jitter: 0.5, random: () => 0 });
  t.is(backoffDelay(3, high), 1000);
  t.true(backoffDelay(3, low) >= 500 && backoffDelay(3, low) < 502);
});

test("backoff survives huge attempt counts without overflowing", (t) => {
  const options = resolveBackoffOptions({ baseMs: 10, maxMs: 5000 });
  t.is(backoffDelay(1_000_000, options), 5000);
});

test("backoff rejects a cap below the base delay", (t) => {
  const error = t.throws(() => resolveBackoffOptions({ baseMs: 500, maxMs: 100 }), {
    instanceOf: InvalidBackoffOptionsError,
  });
  t.is(error?.code, "INVALID_BACKOFF_OPTIONS");
  t.is(error?.option, "maxMs");
});

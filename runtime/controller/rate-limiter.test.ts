import test from "ava";
import { ItemRateLimiter } from "./rate-limiter.ts";

test("rate limiter doubles a key's delay per failure from 5 ms up to the cap", (t) => {
  const limiter = new ItemRateLimiter();
  const delays = Array.from({ length: 20 }, () => limiter.when("default/web"));
  t.deepEqual(delays.slice(0, 5), [5, 10, 20, 40, 80]);
  t.is(delays.at(-1), 60_000);
  t.is(limiter.retries("default/web"), 20);
});

test("rate limiter keeps keys apart and starts a forgotten key over", (t) => {
  const limiter = new ItemRateLimiter({ baseMs: 1 });
  limiter.when("a");
  limiter.when("a");
  t.is(limiter.when("b"), 1);
  t.is(limiter.when("a"), 4);
  limiter.forget("a");
  t.is(limiter.retries("a"), 0);
  t.is(limiter.when("a"), 1);
});

import test from "ava";
import { FailedPodBackoff } from "./failed-pod-backoff.ts";

test("failed daemon pod back-off doubles per node up to its maximum and starts over after a quiet spell", (t) => {
  let now = 0;
  const backoff = new FailedPodBackoff({ initialMs: 1000, maxMs: 4000, now: () => now });
  t.false(backoff.inBackoff("ds/a"));
  backoff.next("ds/a");
  t.true(backoff.inBackoff("ds/a"));
  t.false(backoff.inBackoff("ds/b"));
  t.is(backoff.remainingMs("ds/a"), 1000);
  now = 1000;
  t.false(backoff.inBackoff("ds/a"));
  backoff.next("ds/a");
  t.is(backoff.remainingMs("ds/a"), 2000);
  now = 3000;
  backoff.next("ds/a");
  t.is(backoff.remainingMs("ds/a"), 4000);
  now = 7000;
  backoff.next("ds/a");
  t.is(backoff.remainingMs("ds/a"), 4000, "capped at the maximum");
  now = 7000 + 4000 + 8001;
  backoff.next("ds/a");
  t.is(backoff.remainingMs("ds/a"), 1000, "quiet for twice the delay: starts again");
});

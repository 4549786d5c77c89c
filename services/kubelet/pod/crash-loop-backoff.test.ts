import test from "ava";
import { nextRestartDelay, resolveCrashLoopOptions, shouldRestart } from "./crash-loop-backoff.ts";

test("a crash-looping container waits 0, then the base, doubling up to the maximum", (t) => {
  const options = resolveCrashLoopOptions({ baseMs: 100, maxMs: 1000 });
  let history = { consecutiveCrashes: 0 };
  const delays: number[] = [];
  for (let i = 0; i < 7; i++) {
    const next = nextRestartDelay(history, 5, options);
    delays.push(next.delayMs);
    history = next.history;
  }
  t.deepEqual(delays, [0, 100, 200, 400, 800, 1000, 1000]);
});

test("a run longer than the reset period starts the delays over", (t) => {
  const options = resolveCrashLoopOptions({ baseMs: 100, resetAfterMs: 60_000 });
  const after = nextRestartDelay({ consecutiveCrashes: 6 }, 60_000, options);
  t.is(after.delayMs, 0);
  t.deepEqual(after.history, { consecutiveCrashes: 1 });
});

test("Kubernetes' defaults are 10 s doubling to 5 min, reset after 10 min", (t) => {
  t.deepEqual(resolveCrashLoopOptions(), { baseMs: 10_000, maxMs: 300_000, resetAfterMs: 600_000 });
});

test("restart policies: Always restarts every exit, OnFailure only failures, Never none", (t) => {
  t.true(shouldRestart("Always", 0));
  t.false(shouldRestart("OnFailure", 0));
  t.true(shouldRestart("OnFailure", 3));
  t.false(shouldRestart("Never", 1));
});

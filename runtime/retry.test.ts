import test from "ava";
import { retry } from "./retry.ts";

test("retry returns the first success after failures", async (t) => {
  let calls = 0;
  const value = await retry(async () => {
    if (++calls < 3) throw new Error("not yet");
    return "done";
  }, { what: "test", backoff: { baseMs: 1, maxMs: 2 } });
  t.is(value, "done");
  t.is(calls, 3);
});

test("retry gives up after maxAttempts with the last error", async (t) => {
  let calls = 0;
  await t.throwsAsync(retry(async () => {
    calls++;
    throw new Error(`failure ${calls}`);
  }, { what: "test", maxAttempts: 4, backoff: { baseMs: 1, maxMs: 2 } }), { message: "failure 4" });
  t.is(calls, 4);
});

import test from "ava";
import { TimeoutError } from "../../../runtime/api-errors.ts";
import { withinDeadline } from "./request-deadline.ts";

test("a request that finishes in time gives its result", async (t) => {
  t.is(await withinDeadline(Promise.resolve(7), 1000), 7);
  await t.throwsAsync(withinDeadline(Promise.reject(new Error("boom")), 1000), { message: "boom" });
});

test("a request that hangs is answered 504 Timeout at its deadline", async (t) => {
  const error = await t.throwsAsync(withinDeadline(new Promise(() => undefined), 20), { instanceOf: TimeoutError });
  t.is(error?.code, 504);
  t.is(error?.message, "Timeout: request did not complete within requested timeout (0.02 s)");
});

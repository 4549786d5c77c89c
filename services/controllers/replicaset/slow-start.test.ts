import test from "ava";
import { slowStartBatch } from "./slow-start.ts";

test("slow start runs batches of 1, 2, 4, ... in parallel until the count is reached", async (t) => {
  const batches: number[] = [];
  let inFlight = 0;
  let current = 0;
  const result = await slowStartBatch(10, 1, async () => {
    inFlight++;
    current++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (inFlight === current) batches.push(current);
    inFlight--;
    if (inFlight === 0) current = 0;
  });
  t.deepEqual(result, { succeeded: 10, error: undefined });
  t.deepEqual(batches, [1, 2, 4, 3]);
});

test("slow start stops after the first batch with a failure", async (t) => {
  let calls = 0;
  const result = await slowStartBatch(100, 1, async () => {
    calls++;
    if (calls === 3) throw new Error("quota exceeded");
  });
  t.is(calls, 3, "batches of 1 and 2, nothing after the failing batch");
  t.is(result.succeeded, 2);
  t.is((result.error as Error).message, "quota exceeded");
});

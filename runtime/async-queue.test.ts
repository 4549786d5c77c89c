import test from "ava";
import { AsyncQueue } from "./async-queue.ts";

test("async queue yields pushed items in order and waits for more", async (t) => {
  const queue = new AsyncQueue<number>();
  queue.push(1);
  const iterator = queue[Symbol.asyncIterator]();
  t.deepEqual(await iterator.next(), { value: 1, done: false });
  const later = iterator.next();
  queue.push(2);
  t.deepEqual(await later, { value: 2, done: false });
  queue.close();
  t.true((await iterator.next()).done);
});

test("async queue throws its failure after the queued items", async (t) => {
  const queue = new AsyncQueue<string>();
  queue.push("a");
  queue.fail(new Error("broken"));
  const seen: string[] = [];
  await t.throwsAsync(async () => {
    for await (const item of queue) seen.push(item);
  }, { message: "broken" });
  t.deepEqual(seen, ["a"]);
});

test("async queue ends after the queued items when ended, and drops them when closed", async (t) => {
  const ended = new AsyncQueue<number>();
  ended.push(1);
  ended.push(2);
  ended.end();
  ended.push(3);
  const seen: number[] = [];
  for await (const item of ended) seen.push(item);
  t.deepEqual(seen, [1, 2]);

  const closed = new AsyncQueue<number>();
  closed.push(1);
  closed.close();
  for await (const item of closed) t.fail(`closed queue yielded ${item}`);
  t.true(closed.closed);
});

import test from "ava";
import type { SpanContext } from "@opentelemetry/api";
import { Registry } from "prom-client";
import { sampleValue } from "../../test/helpers/metrics.ts";
import { createLogger } from "../log.ts";
import { WorkQueue } from "./workqueue.ts";
import type { WorkQueueOptions } from "./workqueue.ts";
import { MAX_TRIGGERS, mergeTrigger, reconcileOrigin } from "./reconcile-triggers.ts";

const quiet = createLogger("workqueue-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function queue(options: Partial<WorkQueueOptions> & Pick<WorkQueueOptions, "handler">): WorkQueue {
  return new WorkQueue({ name: "test-controller", logger: quiet, ...options });
}

async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

test("workqueue merges a key added again while it waits and counts it once", async (t) => {
  const registry = new Registry();
  const gate = Promise.withResolvers<void>();
  const handled: string[] = [];
  const q = queue({
    registry,
    handler: async (key) => {
      if (key === "blocker") await gate.promise;
      handled.push(key);
    },
  });
  q.add("blocker");
  for (let i = 0; i < 5; i++) q.add("default/web");
  t.is(q.depth, 1);
  t.is(await sampleValue(registry, "troupe_workqueue_depth", { controller: "test-controller" }), 1);
  gate.resolve();
  await q.whenIdle();
  t.deepEqual(handled, ["blocker", "default/web"]);
  t.is(await sampleValue(registry, "troupe_workqueue_adds_total", { controller: "test-controller" }), 2);
  t.is(await sampleValue(registry, "troupe_workqueue_depth", { controller: "test-controller" }), 0);
  t.is(await sampleValue(registry, "troupe_workqueue_work_duration_seconds_count", { controller: "test-controller" }), 2);
  // Each key waited once: the adds merged into the waiting "default/web" are not waits of their own.
  t.is(await sampleValue(registry, "troupe_workqueue_queue_duration_seconds_count", { controller: "test-controller" }), 2);
  t.true((await sampleValue(registry, "troupe_workqueue_queue_duration_seconds_sum", { controller: "test-controller" }) ?? 0) > 0);
});

test("workqueue runs one handler per key and handles a key re-added during its run once more", async (t) => {
  const running = new Map<string, number>();
  let maxPerKey = 0;
  let maxOverall = 0;
  const runs: string[] = [];
  const q = queue({
    concurrency: 4,
    handler: async (key) => {
      running.set(key, (running.get(key) ?? 0) + 1);
      maxPerKey = Math.max(maxPerKey, running.get(key)!);
      maxOverall = Math.max(maxOverall, [...running.values()].reduce((sum, n) => sum + n, 0));
      runs.push(key);
      await tick(10);
      running.set(key, running.get(key)! - 1);
    },
  });
  q.add("a");
  q.add("b");
  await tick(2);
  // Both are in flight now; each add lands after its current run, merged into one more run.
  q.add("a");
  q.add("a");
  q.add("b");
  await q.whenIdle();
  t.is(maxPerKey, 1);
  t.is(maxOverall, 2);
  t.deepEqual(runs.sort(), ["a", "a", "b", "b"]);
});

test("workqueue retries a failing key with delays that double, and forget starts them over", async (t) => {
  const registry = new Registry();
  const attempts: number[] = [];
  let failuresLeft = 5;
  const q = queue({
    registry,
    rateLimit: { baseMs: 15 },
    handler: (key) => {
      attempts.push(performance.now());
      if (failuresLeft-- > 0) return q.addRateLimited(key);
      q.forget(key);
    },
  });
  q.add("default/web");
  await until(() => attempts.length === 6, "six attempts");
  const gaps = attempts.slice(1).map((at, i) => at - attempts[i]);
  // Timers never fire early (a loaded machine only makes them late), so lower bounds are exact.
  for (const [i, nominal] of [15, 30, 60, 120, 240].entries()) t.true(gaps[i] >= nominal - 1, `gaps ${gaps.join(", ")}`);
  t.is(q.retries("default/web"), 0);
  t.is(await sampleValue(registry, "troupe_workqueue_retries_total", { controller: "test-controller" }), 5);

  failuresLeft = 1;
  attempts.length = 0;
  q.add("default/web");
  await until(() => attempts.length === 2, "a retry after forget");
  // Without forget this retry would wait 480 ms.
  t.true(attempts[1] - attempts[0] < 300, `retry after forget took ${attempts[1] - attempts[0]} ms`);
  await q.stop();
});

test("workqueue re-adds a key whose handler throws, with backoff", async (t) => {
  let calls = 0;
  const q = queue({
    rateLimit: { baseMs: 1 },
    handler: () => {
      if (++calls < 3) throw new Error("boom");
    },
  });
  q.add("k");
  await until(() => calls === 3, "three calls");
  t.is(q.retries("k"), 2);
  await q.stop();
});

test("workqueue keeps the earlier of two delayed adds of one key", async (t) => {
  const handled: number[] = [];
  const q = queue({ handler: () => void handled.push(performance.now()) });
  const started = performance.now();
  q.addAfter("k", 400);
  q.addAfter("k", 20);
  q.addAfter("k", 300);
  await until(() => handled.length === 1, "the delayed add");
  t.true(handled[0] - started < 200);
  await tick(450);
  t.is(handled.length, 1);
  await q.stop();
});

test("a stopped workqueue drops waiting and delayed keys and refuses new ones", async (t) => {
  const registry = new Registry();
  const gate = Promise.withResolvers<void>();
  const handled: string[] = [];
  const q = queue({
    registry,
    handler: async (key) => {
      if (key === "slow") await gate.promise;
      handled.push(key);
    },
  });
  q.add("slow");
  q.add("waiting");
  q.addAfter("later", 10);
  const stopped = q.stop();
  q.add("refused");
  gate.resolve();
  await stopped;
  await tick(30);
  t.deepEqual(handled, ["slow"]);
  t.is(q.depth, 0);
  t.is(await sampleValue(registry, "troupe_workqueue_depth", { controller: "test-controller" }), 0);
});

const trigger = (n: number): SpanContext => ({ traceId: `${n}`.padStart(32, "a"), spanId: `${n}`.padStart(16, "b"), traceFlags: 1, isRemote: true });

test("workqueue hands the handler every trigger merged into a waiting key, first first, once each", async (t) => {
  const gate = Promise.withResolvers<void>();
  const handled: { key: string; triggers: readonly SpanContext[] }[] = [];
  const q = queue({
    handler: async (key, triggers) => {
      if (key === "blocker") await gate.promise;
      handled.push({ key, triggers });
    },
  });
  q.add("blocker");
  q.add("default/web", trigger(1));
  q.add("default/web");
  q.addAfter("default/web", 1, trigger(2));
  q.add("default/web", trigger(1));
  q.add("default/web", trigger(3));
  gate.resolve();
  await until(() => handled.length === 2, "both keys handled");
  await q.whenIdle();
  await tick(5);
  await q.whenIdle();
  t.deepEqual(handled[1], { key: "default/web", triggers: [trigger(1), trigger(2), trigger(3)] });
  // Everything it waited for was served by that run: the delayed add's second run has none left.
  t.true(handled.slice(2).every((run) => run.triggers.length === 0));
  const origin = reconcileOrigin(handled[1]!.triggers);
  t.deepEqual(origin.parent, trigger(1));
  t.deepEqual(origin.links, [{ context: trigger(2) }, { context: trigger(3) }]);
  await q.stop();
});

test("workqueue: a failed run's triggers go with its retry; a later run starts fresh", async (t) => {
  const seen: (readonly SpanContext[])[] = [];
  const q = queue({
    rateLimit: { baseMs: 1, maxMs: 1 },
    handler: (_key, triggers) => {
      seen.push(triggers);
      if (seen.length === 1) throw new Error("first attempt fails");
    },
  });
  q.add("default/web", trigger(7));
  await until(() => seen.length === 2, "the retry");
  t.deepEqual(seen, [[trigger(7)], [trigger(7)]]);
  q.add("default/web");
  await until(() => seen.length === 3, "a later run");
  t.deepEqual(seen[2], []);
  await q.stop();
});

test("reconcile triggers: merged without duplicates and bounded", (t) => {
  let triggers: SpanContext[] = [];
  for (let n = 0; n < MAX_TRIGGERS + 10; n++) triggers = mergeTrigger(mergeTrigger(triggers, trigger(n)), trigger(n));
  t.is(triggers.length, MAX_TRIGGERS);
  t.deepEqual(triggers[0], trigger(0));
  t.deepEqual(reconcileOrigin([]), { parent: undefined, links: [] });
});

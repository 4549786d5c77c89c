import test from "ava";
import { sampleValue } from "../test/helpers/metrics.ts";
import { KeyedMailbox } from "./keyed-mailbox.ts";
import type { KeyedMailboxOptions } from "./keyed-mailbox.ts";
import { createLogger } from "./log.ts";
import { createActorMetrics, createMetricsRegistry } from "./metrics.ts";

const quiet = createLogger("keyed-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function mailbox(options: Partial<KeyedMailboxOptions> & Pick<KeyedMailboxOptions, "handler">): KeyedMailbox {
  return new KeyedMailbox({ kind: "test-controller", logger: quiet, ...options });
}

test("keyed mailbox runs one handler per key and different keys in parallel", async (t) => {
  const active = new Map<string, number>();
  let overall = 0;
  let maxOverall = 0;
  let maxPerKey = 0;
  const q = mailbox({
    concurrency: 8,
    handler: async (key) => {
      active.set(key, (active.get(key) ?? 0) + 1);
      overall++;
      maxPerKey = Math.max(maxPerKey, active.get(key)!);
      maxOverall = Math.max(maxOverall, overall);
      await tick(5);
      active.set(key, active.get(key)! - 1);
      overall--;
    },
  });
  for (let round = 0; round < 3; round++) {
    for (const key of ["a", "b", "c"]) q.add(key);
    await tick(1);
  }
  await q.whenIdle();
  t.is(maxPerKey, 1);
  t.is(maxOverall, 3);
});

test("keyed mailbox merges a key added again while it waits", async (t) => {
  const gate = Promise.withResolvers<void>();
  const handled: string[] = [];
  const q = mailbox({
    concurrency: 1,
    handler: async (key) => {
      if (key === "blocker") await gate.promise;
      handled.push(key);
    },
  });
  q.add("blocker");
  q.add("web");
  q.add("web");
  q.add("web");
  t.is(q.pending, 1);
  gate.resolve();
  await q.whenIdle();
  t.deepEqual(handled, ["blocker", "web"]);
});

test("keyed mailbox handles a key once more when it is added during its handler", async (t) => {
  const gate = Promise.withResolvers<void>();
  let calls = 0;
  const q = mailbox({
    handler: async () => {
      calls++;
      if (calls === 1) await gate.promise;
    },
  });
  q.add("db-0");
  await tick();
  t.is(q.inFlight, 1);
  q.add("db-0");
  q.add("db-0");
  t.is(q.pending, 0, "not queued while in flight");
  gate.resolve();
  await q.whenIdle();
  t.is(calls, 2);
});

test("keyed mailbox never runs more keys at once than its concurrency", async (t) => {
  let overall = 0;
  let maxOverall = 0;
  const q = mailbox({
    concurrency: 2,
    handler: async () => {
      maxOverall = Math.max(maxOverall, ++overall);
      await tick(2);
      overall--;
    },
  });
  for (let n = 0; n < 10; n++) q.add(`key-${n}`);
  t.is(q.inFlight, 2);
  t.is(q.pending, 8);
  await q.whenIdle();
  t.is(maxOverall, 2);
});

test("keyed mailbox reports a failing key and keeps serving the others", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const lines: Record<string, unknown>[] = [];
  const errors: [string, unknown][] = [];
  const handled: string[] = [];
  const q = new KeyedMailbox({
    kind: "failing-controller",
    metrics: createActorMetrics(registry),
    logger: createLogger("keyed-test", {}, { write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) }),
    onError: (key, error) => errors.push([key, error]),
    handler: (key) => {
      if (key === "bad") throw new Error("reconcile failed");
      handled.push(key);
    },
  });
  q.add("bad");
  q.add("good");
  await q.whenIdle();
  t.deepEqual(handled, ["good"]);
  t.is(errors.length, 1);
  t.is(errors[0][0], "bad");
  t.like(lines[0], { level: "error", msg: "key handler failed", key: "bad" });
  const kind = { actor_kind: "failing-controller" };
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { ...kind, outcome: "error" }), 1);
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { ...kind, outcome: "ok" }), 1);
  t.is(await sampleValue(registry, "troupe_actor_mailbox_depth", kind), 0);
});

test("keyed mailbox adds a key after a delay", async (t) => {
  const handledAt: number[] = [];
  const q = mailbox({ handler: () => void handledAt.push(performance.now()) });
  const start = performance.now();
  q.addAfter("later", 30);
  t.is(q.pending, 0);
  await tick(60);
  await q.whenIdle();
  t.is(handledAt.length, 1);
  t.true(handledAt[0] - start >= 29);
});

test("keyed mailbox stop drops pending keys, cancels delayed ones and waits for those in flight", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const gate = Promise.withResolvers<void>();
  const handled: string[] = [];
  const q = mailbox({
    kind: "stopping-controller",
    concurrency: 1,
    metrics: createActorMetrics(registry),
    handler: async (key) => {
      if (key === "running") await gate.promise;
      handled.push(key);
    },
  });
  q.add("running");
  q.add("pending");
  q.addAfter("delayed", 10);
  let stopped = false;
  const stopping = q.stop().then(() => (stopped = true));
  await tick(30);
  t.false(stopped, "waits for the key in flight");
  t.false(q.add("refused"));
  gate.resolve();
  await stopping;
  t.deepEqual(handled, ["running"]);
  t.is(await sampleValue(registry, "troupe_actor_mailbox_depth", { actor_kind: "stopping-controller" }), 0);
});

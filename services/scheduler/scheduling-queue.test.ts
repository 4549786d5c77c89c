import test from "ava";
import { SchedulingQueue } from "./scheduling-queue.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds until `condition` holds (polled), or Infinity after 3 s. */
async function msUntil(condition: () => boolean): Promise<number> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > 3000) return Number.POSITIVE_INFINITY;
    await sleep(5);
  }
  return performance.now() - started;
}

function queue(options: Partial<ConstructorParameters<typeof SchedulingQueue>[0]> = {}): SchedulingQueue {
  return new SchedulingQueue({ podInitialBackoffMs: 0, podMaxBackoffMs: 0, unschedulableRetryMs: 60_000, ...options });
}

test("the scheduling queue hands out pods in arrival order, each once", async (t) => {
  const q = queue();
  t.teardown(() => q.close());
  for (const key of ["ns/a", "ns/b", "ns/a", "ns/c"]) q.add(key);
  t.deepEqual(q.counts, { active: 3, backoff: 0, unschedulable: 0 });
  t.deepEqual([await q.pop(), await q.pop(), await q.pop()], ["ns/a", "ns/b", "ns/c"]);
  t.is(q.counts.active, 0);
});

test("a pod being decided is not queued again by an informer event", async (t) => {
  const q = queue();
  t.teardown(() => q.close());
  q.add("ns/a");
  t.is(await q.pop(), "ns/a");
  q.add("ns/a");
  t.deepEqual(q.counts, { active: 0, backoff: 0, unschedulable: 0 });
});

test("an unschedulable pod waits aside until the cluster changes", async (t) => {
  const q = queue();
  t.teardown(() => q.close());
  q.add("ns/a");
  await q.pop();
  q.requeueUnschedulable("ns/a");
  q.add("ns/a");
  t.deepEqual(q.counts, { active: 0, backoff: 0, unschedulable: 1 });
  q.moveAllToActive();
  t.deepEqual(q.counts, { active: 1, backoff: 0, unschedulable: 0 });
  t.is(await q.pop(), "ns/a");
});

test("a cluster change during a pod's attempt sends the pod back instead of aside", async (t) => {
  const q = queue();
  t.teardown(() => q.close());
  q.add("ns/a");
  await q.pop();
  q.moveAllToActive();
  q.requeueUnschedulable("ns/a");
  t.deepEqual(q.counts, { active: 0, backoff: 1, unschedulable: 0 });
  t.is(await q.pop(), "ns/a");
});

test("a change to the pod itself retries it, but only after its backoff", async (t) => {
  const q = queue({ podInitialBackoffMs: 50, podMaxBackoffMs: 50 });
  t.teardown(() => q.close());
  q.add("ns/a");
  await q.pop();
  q.requeueUnschedulable("ns/a");
  q.update("ns/a");
  t.deepEqual(q.counts, { active: 0, backoff: 1, unschedulable: 0 });
  const waited = await msUntil(() => q.counts.active === 1);
  t.true(waited >= 40 && waited < 3000, `active after ${waited} ms`);
});

test("failed attempts back off exponentially up to the maximum", async (t) => {
  const q = queue({ podInitialBackoffMs: 40, podMaxBackoffMs: 80 });
  t.teardown(() => q.close());
  q.add("ns/a");
  await q.pop();
  const delays: number[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const started = performance.now();
    q.requeueAfterError("ns/a");
    t.is(q.counts.backoff, 1);
    await q.pop();
    delays.push(performance.now() - started);
  }
  t.true(delays[0] >= 35 && delays[1] >= 75 && delays[3] >= 75, delays.join(", "));
  // Uncapped, the fourth delay would be 320 ms.
  t.true(delays[3] < 250, `capped: ${delays[3]}`);
});

test("unschedulable pods are retried after unschedulableRetryMs without any change", async (t) => {
  const q = queue({ unschedulableRetryMs: 300 });
  t.teardown(() => q.close());
  q.add("ns/a");
  await q.pop();
  q.requeueUnschedulable("ns/a");
  const waited = await msUntil(() => q.counts.active === 1);
  t.true(waited >= 290 && waited < 3000, `active after ${waited} ms`);
});

test("a deleted pod leaves the queue and close ends a waiting pop", async (t) => {
  const q = queue();
  q.add("ns/a");
  q.delete("ns/a");
  t.deepEqual(q.counts, { active: 0, backoff: 0, unschedulable: 0 });
  const popped = q.pop();
  q.close();
  t.is(await popped, undefined);
});

test("the active queue takes higher spec.priority first, first come first served within a priority", (t) => {
  const queue = new SchedulingQueue({ podInitialBackoffMs: 1000, podMaxBackoffMs: 10_000, unschedulableRetryMs: 30_000 });
  queue.add("ns/low-1", 0);
  queue.add("ns/high-1", 1000);
  queue.add("ns/low-2");
  queue.add("ns/critical", 2_000_000_000);
  queue.add("ns/high-2", 1000);
  const order = [];
  for (let key = queue.tryPop(); key !== undefined; key = queue.tryPop()) order.push(key);
  t.deepEqual(order, ["ns/critical", "ns/high-1", "ns/high-2", "ns/low-1", "ns/low-2"]);
  queue.close();
});

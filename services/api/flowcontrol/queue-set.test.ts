import test from "ava";
import { QueueSet, type Ticket } from "./queue-set.ts";
import { dealHand, flowHash } from "./shuffle-shard.ts";

const dealHandOf = (flow: string) => dealHand(flowHash(flow), 16, 1)[0];

const config = { seats: 2, queues: 16, handSize: 4, queueLengthLimit: 5 };

test("requests run at once while seats are free, then wait", (t) => {
  const set = new QueueSet<string>(config);
  t.is(set.enqueue("a1", flowHash("a"), 0).outcome, "dispatched");
  t.is(set.enqueue("a2", flowHash("a"), 0).outcome, "dispatched");
  t.is(set.enqueue("a3", flowHash("a"), 0).outcome, "queued");
  t.is(set.executing, 2);
  t.is(set.waiting, 1);
});

test("a flow that fills its hand is refused while another flow still gets in", (t) => {
  const set = new QueueSet<string>(config);
  const outcomes: string[] = [];
  for (let i = 0; i < 2 + 4 * 5 + 3; i++) outcomes.push(set.enqueue(`a${i}`, flowHash("a"), 0).outcome);
  t.is(outcomes.filter((outcome) => outcome === "dispatched").length, 2);
  t.is(outcomes.filter((outcome) => outcome === "rejected").length, 3);
  t.is(set.enqueue("b1", flowHash("b"), 0).outcome, "queued");
});

// Fairness is between queues: with hands of one queue, between flows (two flows' hands of one
// queue each may collide; these two do not).
const oneQueueHands = { ...config, seats: 1, handSize: 1 };

test("a freed seat goes to the queue that has been served least", (t) => {
  t.not(dealHandOf("a"), dealHandOf("b"));
  const set = new QueueSet<string>(oneQueueHands);
  const running: Ticket<string>[] = [];
  const first = set.enqueue("a0", flowHash("a"), 0);
  if (first.outcome === "dispatched") running.push(first.ticket);
  for (let i = 1; i <= 5; i++) set.enqueue(`a${i}`, flowHash("a"), 0);
  set.enqueue("b1", flowHash("b"), 0.001);
  // a0 held its seat for a second: b's queue is now far behind in served time.
  const next = set.finish(running[0], 1);
  t.deepEqual(next.map((ticket) => ticket.item), ["b1"]);
  const after = set.finish(next[0], 1.001);
  t.deepEqual(after.map((ticket) => ticket.item), ["a1"]);
});

test("two busy flows alternate seats", (t) => {
  const set = new QueueSet<string>(oneQueueHands);
  const first = set.enqueue("a0", flowHash("a"), 0);
  for (let i = 1; i <= 4; i++) set.enqueue(`a${i}`, flowHash("a"), 0);
  for (let i = 1; i <= 4; i++) set.enqueue(`b${i}`, flowHash("b"), 0);
  let current = first.outcome === "dispatched" ? first.ticket : undefined;
  const order: string[] = [];
  for (let now = 0.01; current; now += 0.01) {
    current = set.finish(current, now)[0];
    if (current) order.push(current.item[0]);
  }
  t.is(order.join(""), "babababa");
});

test("a flow spreads over the queues of its hand, each a share", (t) => {
  const set = new QueueSet<string>({ ...config, seats: 0 });
  for (let i = 0; i < 4; i++) set.enqueue(`a${i}`, flowHash("a"), 0);
  const queues = new Set(set.expire(0, 0).map((ticket) => ticket.queue));
  t.deepEqual([...queues].sort(), [...dealHand(flowHash("a"), 16, 4)].sort());
});

test("waiting requests past their deadline are taken out, oldest first", (t) => {
  const set = new QueueSet<string>({ ...config, seats: 0 });
  set.enqueue("old", flowHash("a"), 0);
  set.enqueue("new", flowHash("a"), 2);
  t.deepEqual(set.expire(1, 3).map((ticket) => ticket.item), ["old"]);
  t.is(set.waiting, 1);
});

test("without queues a request beyond the seats is refused at once", (t) => {
  const set = new QueueSet<string>({ seats: 1, queues: 0, handSize: 1, queueLengthLimit: 0 });
  const first = set.enqueue("a", flowHash("a"), 0);
  t.is(first.outcome, "dispatched");
  t.deepEqual(set.enqueue("b", flowHash("b"), 0), { outcome: "rejected", reason: "concurrency-limit" });
  if (first.outcome === "dispatched") set.finish(first.ticket, 1);
  t.is(set.enqueue("c", flowHash("c"), 1).outcome, "dispatched");
});

test("a wide request runs once its seats are free, and narrower ones do not overtake it", (t) => {
  const set = new QueueSet<string>({ ...config, seats: 3, handSize: 1 });
  const first = set.enqueue("a1", flowHash("a"), 0, 2);
  t.is(first.outcome, "dispatched");
  t.is(set.executing, 2);
  t.is(set.enqueue("b-wide", flowHash("b"), 0.1, 2).outcome, "queued");
  // One seat is free, but the fairest waiting request needs two.
  t.is(set.enqueue("c1", flowHash("c"), 0.2, 1).outcome, "queued");
  const next = first.outcome === "dispatched" ? set.finish(first.ticket, 1) : [];
  t.deepEqual(next.map((ticket) => ticket.item), ["b-wide", "c1"]);
  t.is(set.executing, 3);
});

test("a request wider than the level takes all its seats rather than never running", (t) => {
  const set = new QueueSet<string>({ ...config, seats: 2 });
  const admission = set.enqueue("huge", flowHash("a"), 0, 10);
  t.is(admission.outcome, "dispatched");
  t.is(set.executing, 2);
});

test("a long request counts against its queue while it still runs", (t) => {
  const set = new QueueSet<string>({ ...config, seats: 2, handSize: 2 });
  const running = [set.enqueue("a1", flowHash("a"), 0), set.enqueue("a2", flowHash("a"), 0)];
  t.true(running.every((admission) => admission.outcome === "dispatched"));
  for (let i = 3; i <= 6; i++) set.enqueue(`a${i}`, flowHash("a"), 0);
  set.enqueue("b1", flowHash("b"), 0.5);
  // a1 ends after a second; a2 has run as long and still runs: b's queue is the least served.
  const first = running[0];
  const next = first.outcome === "dispatched" ? set.finish(first.ticket, 1) : [];
  t.deepEqual(next.map((ticket) => ticket.item), ["b1"]);
});

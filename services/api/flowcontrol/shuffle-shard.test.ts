import test from "ava";
import { canDeal, dealHand, flowHash } from "./shuffle-shard.ts";

test("a hand holds distinct queues of the deck, the same for the same flow", (t) => {
  for (const flow of ["global-default/alice", "global-default/bob", "system-nodes/system:node:n1"]) {
    const hand = dealHand(flowHash(flow), 128, 6);
    t.is(new Set(hand).size, 6);
    t.true(hand.every((card) => card >= 0 && card < 128));
    t.deepEqual(dealHand(flowHash(flow), 128, 6), hand);
  }
  t.deepEqual(dealHand(0, 4, 4).sort(), [0, 1, 2, 3]);
  t.deepEqual(dealHand(2 ** 48 - 1, 4, 4).sort(), [0, 1, 2, 3]);
});

test("two flows rarely share their whole hand", (t) => {
  const hands = new Set<string>();
  for (let i = 0; i < 1000; i++) hands.add(dealHand(flowHash(`user-${i}`), 128, 6).sort((a, b) => a - b).join(","));
  t.is(hands.size, 1000);
});

test("a hand needs entropy the 48-bit hash holds", (t) => {
  t.true(canDeal(128, 6));
  t.true(canDeal(64, 6));
  t.false(canDeal(1024, 8));
  t.false(canDeal(4, 5));
  t.false(canDeal(4, 0));
});

// Shuffle sharding, as Kubernetes' shufflesharding.Dealer: a flow's hash picks `handSize` distinct
// queues of `deckSize`, so two flows rarely share all their queues and one heavy flow fills only
// its own hand. Pure.
import { createHash } from "node:crypto";

/** 48 bits of SHA-256 of the flow: exact in a double, and enough for 128 queues and hands of 6. */
export function flowHash(flow: string): number {
  return createHash("sha256").update(flow).digest().readUIntBE(0, 6);
}

/** Whether a hash of 48 bits holds enough entropy to deal such a hand (Kubernetes' check). */
export function canDeal(deckSize: number, handSize: number): boolean {
  if (!(handSize >= 1 && handSize <= deckSize)) return false;
  let product = 1;
  for (let i = 0; i < handSize; i++) product *= deckSize - i;
  return product <= 2 ** 48;
}

/** The queues of a flow's hand, distinct, each in [0, deckSize). */
export function dealHand(hash: number, deckSize: number, handSize: number): number[] {
  const hand: number[] = [];
  let remaining = hash;
  for (let i = 0; i < handSize; i++) {
    const size = deckSize - i;
    let card = remaining % size;
    remaining = Math.floor(remaining / size);
    // The i-th card indexes the cards not dealt yet: skip past those already in the hand.
    for (const dealt of [...hand].sort((a, b) => a - b)) if (card >= dealt) card++;
    hand.push(card);
  }
  return hand;
}

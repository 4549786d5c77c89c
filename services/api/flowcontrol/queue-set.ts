// The fair queues of one limited priority level (Kubernetes' fairqueuing QueueSet, in miniature):
// requests execute while their seats (a request's width: 1, more for a large list) fit in `seats`; the rest wait in queues a flow is shuffle-sharded onto, and a
// freed seat goes to the queue with the smallest virtual start, so every active queue gets an
// equal share of seat-time however many requests one flow sends. Pure: time is passed in, and
// the caller runs what is dispatched and expires what waited too long.
import { dealHand } from "./shuffle-shard.ts";

export interface QueueSetConfig {
  seats: number;
  /** 0: no queuing, a request without a free seat is rejected (limitResponse Reject). */
  queues: number;
  handSize: number;
  queueLengthLimit: number;
}

/** A guess of one request's service time, charged at dispatch and corrected at finish
 * (Kubernetes charges a conservative G the same way). */
const ESTIMATED_SERVICE_SECONDS = 0.01;

/** Virtual starts closer than this are a tie (float error of the corrections). */
const VIRTUAL_EPSILON = 1e-9;

export interface Ticket<T> {
  readonly item: T;
  /** Seats the request occupies while it executes. */
  readonly width: number;
  readonly enqueuedAt: number;
  queue: number;
  dispatchedAt?: number;
}

interface Queue<T> {
  waiting: Ticket<T>[];
  /** Seats its executing requests hold. */
  executing: number;
  /** Sum of width * dispatch time of its executing requests: how long they have run so far. */
  startSum: number;
  /** Virtual seat-seconds this queue has been served (requests still executing are charged
   * the estimate, corrected when they finish). */
  virtualStart: number;
}

export type Admission<T> =
  | { outcome: "dispatched"; ticket: Ticket<T> }
  | { outcome: "queued"; ticket: Ticket<T> }
  | { outcome: "rejected"; reason: "queue-full" | "concurrency-limit" };

export class QueueSet<T> {
  readonly config: QueueSetConfig;
  private readonly queues: Queue<T>[];
  private executingSeats = 0;
  private waitingCount = 0;
  /** The level's virtual clock: advances by seat-seconds served per active queue. */
  private virtualTime = 0;
  private lastRealTime = 0;
  private robinIndex = -1;

  constructor(config: QueueSetConfig) {
    this.config = config;
    this.queues = Array.from({ length: Math.max(1, config.queues) }, () => ({ waiting: [], executing: 0, startSum: 0, virtualStart: 0 }));
  }

  get executing(): number {
    return this.executingSeats;
  }

  get waiting(): number {
    return this.waitingCount;
  }

  /** Admits a request of the flow whose hash is `flowHash`, at time `now` (seconds), needing
   * `width` seats (at most the level's seats, so every request can run some time). */
  enqueue(item: T, flowHash: number, now: number, width = 1): Admission<T> {
    this.advance(now);
    const seats = Math.max(1, Math.min(width, this.config.seats));
    if (this.config.queues === 0) {
      if (this.executingSeats + seats > this.config.seats) return { outcome: "rejected", reason: "concurrency-limit" };
      const ticket: Ticket<T> = { item, width: seats, enqueuedAt: now, queue: 0 };
      this.start(ticket, this.queues[0], now);
      return { outcome: "dispatched", ticket };
    }
    const index = this.shortestInHand(flowHash);
    const queue = this.queues[index];
    if (queue.waiting.length >= this.config.queueLengthLimit) return { outcome: "rejected", reason: "queue-full" };
    // A queue coming back to life starts at the level's virtual time: idleness earns no credit.
    if (queue.waiting.length === 0 && queue.executing === 0) queue.virtualStart = Math.max(queue.virtualStart, this.virtualTime);
    const ticket: Ticket<T> = { item, width: seats, enqueuedAt: now, queue: index };
    queue.waiting.push(ticket);
    this.waitingCount++;
    const dispatched = this.dispatch(now);
    return dispatched.includes(ticket) ? { outcome: "dispatched", ticket } : { outcome: "queued", ticket };
  }

  /** A dispatched request finished: frees its seat; returns the requests dispatched in its place. */
  finish(ticket: Ticket<T>, now: number): Ticket<T>[] {
    this.advance(now);
    const queue = this.queues[ticket.queue];
    queue.executing -= ticket.width;
    queue.startSum -= ticket.width * (ticket.dispatchedAt ?? now);
    this.executingSeats -= ticket.width;
    // Correct the guess charged at dispatch with the seat-seconds the request really held.
    queue.virtualStart -= ticket.width * (ESTIMATED_SERVICE_SECONDS - (now - (ticket.dispatchedAt ?? now)));
    return this.dispatch(now);
  }

  /** Removes waiting requests enqueued at or before `deadline` (their wait limit passed). */
  expire(deadline: number, now: number): Ticket<T>[] {
    this.advance(now);
    const expired: Ticket<T>[] = [];
    for (const queue of this.queues) {
      while (queue.waiting.length > 0 && queue.waiting[0].enqueuedAt <= deadline) {
        expired.push(queue.waiting.shift() as Ticket<T>);
        this.waitingCount--;
      }
    }
    return expired;
  }

  private shortestInHand(flowHash: number): number {
    const hand = dealHand(flowHash, this.queues.length, Math.min(this.config.handSize, this.queues.length));
    let best = hand[0];
    for (const index of hand) {
      const load = (q: Queue<T>) => q.waiting.length + q.executing;
      if (load(this.queues[index]) < load(this.queues[best])) best = index;
    }
    return best;
  }

  private dispatch(now: number): Ticket<T>[] {
    const dispatched: Ticket<T>[] = [];
    while (this.executingSeats < this.config.seats && this.waitingCount > 0) {
      // Ties go round-robin from the queue after the last one served, as Kubernetes' robinIndex.
      let chosen: Queue<T> | undefined;
      let chosenIndex = 0;
      let chosenServed = 0;
      for (let step = 1; step <= this.queues.length; step++) {
        const index = (this.robinIndex + step) % this.queues.length;
        const queue = this.queues[index];
        if (queue.waiting.length === 0) continue;
        const served = this.served(queue, now);
        if (!chosen || served < chosenServed - VIRTUAL_EPSILON) {
          chosen = queue;
          chosenIndex = index;
          chosenServed = served;
        }
      }
      if (!chosen) break;
      // The fairest request waits for enough seats rather than be overtaken by narrower ones.
      if (this.executingSeats + chosen.waiting[0].width > this.config.seats) break;
      this.robinIndex = chosenIndex;
      const ticket = chosen.waiting.shift() as Ticket<T>;
      this.waitingCount--;
      chosen.virtualStart += ticket.width * ESTIMATED_SERVICE_SECONDS;
      this.start(ticket, chosen, now);
      dispatched.push(ticket);
    }
    return dispatched;
  }

  /** The queue's virtual start with the requests it is executing charged what they have run so
   * far when that is more than the estimate: a long request counts while it runs, not only after. */
  private served(queue: Queue<T>, now: number): number {
    const running = queue.executing * now - queue.startSum;
    return queue.virtualStart + Math.max(0, running - queue.executing * ESTIMATED_SERVICE_SECONDS);
  }

  private start(ticket: Ticket<T>, queue: Queue<T>, now: number): void {
    ticket.dispatchedAt = now;
    queue.startSum += ticket.width * now;
    queue.executing += ticket.width;
    this.executingSeats += ticket.width;
  }

  private advance(now: number): void {
    const elapsed = now - this.lastRealTime;
    this.lastRealTime = now;
    if (elapsed <= 0) return;
    const active = this.queues.filter((queue) => queue.waiting.length > 0 || queue.executing > 0).length;
    if (active > 0) this.virtualTime += (elapsed * Math.min(this.executingSeats, this.config.seats)) / active;
  }
}

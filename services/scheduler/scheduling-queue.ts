// The scheduling queue, kube-scheduler's PriorityQueue without priorities: an active FIFO of
// pods to decide, a backoff set of pods waiting out a retry delay, and the unschedulable pods
// kept aside until the cluster changes (moveAllToActive on node add/update or an assigned pod
// leaving) or they have waited `unschedulableRetryMs`. Keys are `namespace/name`; the caller
// re-reads the pod at pop time (level-based), so a key is all the queue holds.
import { ItemRateLimiter } from "../../runtime/controller/rate-limiter.ts";
import { ActiveHeap } from "./active-heap.ts";
import type { PendingCounts, PendingQueue } from "./metrics.ts";

export interface SchedulingQueueOptions {
  podInitialBackoffMs: number;
  podMaxBackoffMs: number;
  unschedulableRetryMs: number;
}

type Where = PendingQueue | "in-flight";

interface QueuedPod {
  where: Where;
  /** When the pod may leave backoff (performance.now() ms). */
  backoffUntil: number;
  /** When the pod was put aside as unschedulable. */
  since: number;
  /** The move cycle when the pod was popped: a move during its attempt means "try again". */
  poppedInCycle: number;
  /** When the queue first held the pod (performance.now() ms): the start of its scheduling SLI. */
  firstSeen: number;
  /** spec.priority: the active queue takes higher priorities first. */
  priority: number;
}

export class SchedulingQueue {
  readonly #options: SchedulingQueueOptions;
  readonly #pods = new Map<string, QueuedPod>();
  /** Active keys by priority, then arrival; entries no longer active are skipped at pop. */
  readonly #active = new ActiveHeap();
  readonly #counts: PendingCounts = { active: 0, backoff: 0, unschedulable: 0 };
  readonly #backoff: ItemRateLimiter;
  #moveCycle = 0;
  #backoffTimer: NodeJS.Timeout | undefined;
  #backoffDueAt = Number.POSITIVE_INFINITY;
  readonly #flushTimer: NodeJS.Timeout;
  #waiter: (() => void) | undefined;
  #closed = false;

  constructor(options: SchedulingQueueOptions) {
    this.#options = options;
    this.#backoff = new ItemRateLimiter({ baseMs: options.podInitialBackoffMs, maxMs: options.podMaxBackoffMs, factor: 2, jitter: 0 });
    // Checked several times per period, so no pod waits much longer than unschedulableRetryMs.
    this.#flushTimer = setInterval(() => this.#flushUnschedulable(), Math.max(250, options.unschedulableRetryMs / 6));
    this.#flushTimer.unref();
  }

  get counts(): Readonly<PendingCounts> {
    return this.#counts;
  }

  /** Queues a pending pod that is not queued yet; a pod already held anywhere stays where it is. */
  add(key: string, priority = 0): void {
    if (this.#closed || this.#pods.has(key)) return;
    const queued: QueuedPod = { where: "in-flight", backoffUntil: 0, since: 0, poppedInCycle: 0, firstSeen: performance.now(), priority };
    this.#pods.set(key, queued);
    this.#toActive(key, queued);
  }

  /** A held pod changed in a way that may change the verdict: retry it once its backoff allows. */
  update(key: string, priority = 0): void {
    const queued = this.#pods.get(key);
    if (!queued) return this.add(key, priority);
    queued.priority = priority;
    if (queued.where === "unschedulable") this.#release(key, queued);
  }

  /** Takes the next pod to decide, or undefined when none is active (or the queue is closed). */
  tryPop(): string | undefined {
    if (this.#closed) return undefined;
    for (let key = this.#active.shift(); key !== undefined; key = this.#active.shift()) {
      const queued = this.#pods.get(key);
      if (queued?.where !== "active") continue;
      this.#move(queued, "in-flight");
      queued.poppedInCycle = this.#moveCycle;
      return key;
    }
    return undefined;
  }

  /** Takes the next pod to decide, waiting while none is active; undefined once closed. */
  async pop(): Promise<string | undefined> {
    for (;;) {
      const key = this.tryPop();
      if (key !== undefined || this.#closed) return key;
      await new Promise<void>((resolve) => (this.#waiter = resolve));
    }
  }

  /** When the queue first held `key` (performance.now() ms), across all its attempts. */
  firstSeen(key: string): number | undefined {
    return this.#pods.get(key)?.firstSeen;
  }

  /** Drops a pod wherever it is: bound, deleted, or no longer this scheduler's to place. */
  delete(key: string): void {
    this.#backoff.forget(key);
    const queued = this.#pods.get(key);
    if (!queued) return;
    this.#move(queued, undefined);
    this.#pods.delete(key);
  }

  /** After a failed attempt (not a verdict on the cluster): retry after the pod's backoff. */
  requeueAfterError(key: string): void {
    const queued = this.#hold(key);
    if (!queued) return;
    queued.backoffUntil = performance.now() + this.#backoff.when(key);
    this.#toBackoff(key, queued);
  }

  /**
   * No node fits: keep the pod aside until the cluster changes. If it already changed while
   * the pod was being decided, the pod goes back (after its backoff) instead.
   */
  requeueUnschedulable(key: string): void {
    const queued = this.#hold(key);
    if (!queued) return;
    queued.backoffUntil = performance.now() + this.#backoff.when(key);
    if (this.#moveCycle > queued.poppedInCycle) return this.#toBackoff(key, queued);
    queued.since = performance.now();
    this.#move(queued, "unschedulable");
  }

  /**
   * Retries these pods if they are kept aside as unschedulable (a pod came to a node, and these
   * failed on pod affinity or topology spread, which such a pod can change: kube-scheduler's
   * AssignedPodAdd queueing hint). Pods elsewhere in the queue are left as they are.
   */
  moveToActive(keys: Iterable<string>): void {
    for (const key of keys) {
      const queued = this.#pods.get(key);
      if (queued?.where === "unschedulable") this.#release(key, queued);
    }
  }

  /** The cluster changed (a node came or changed, an assigned pod left): retry every unschedulable pod. */
  moveAllToActive(): void {
    this.#moveCycle++;
    for (const [key, queued] of this.#pods) if (queued.where === "unschedulable") this.#release(key, queued);
  }

  /** Stops the timers and wakes a waiting pop(); final. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#flushTimer);
    clearTimeout(this.#backoffTimer);
    this.#active.clear();
    this.#pods.clear();
    for (const queue of Object.keys(this.#counts) as PendingQueue[]) this.#counts[queue] = 0;
    this.#wake();
  }

  /** The queued pod, re-created if something deleted it during its attempt (the caller still holds it). */
  #hold(key: string): QueuedPod | undefined {
    if (this.#closed) return undefined;
    let queued = this.#pods.get(key);
    if (!queued) {
      queued = { where: "in-flight", backoffUntil: 0, since: 0, poppedInCycle: this.#moveCycle, firstSeen: performance.now(), priority: 0 };
      this.#pods.set(key, queued);
    }
    return queued;
  }

  #release(key: string, queued: QueuedPod): void {
    if (queued.backoffUntil > performance.now()) this.#toBackoff(key, queued);
    else this.#toActive(key, queued);
  }

  #toActive(key: string, queued: QueuedPod): void {
    this.#move(queued, "active");
    this.#active.push(key, queued.priority);
    this.#wake();
  }

  #toBackoff(key: string, queued: QueuedPod): void {
    this.#move(queued, "backoff");
    if (queued.backoffUntil < this.#backoffDueAt) this.#armBackoffTimer(queued.backoffUntil);
  }

  #armBackoffTimer(dueAt: number): void {
    clearTimeout(this.#backoffTimer);
    this.#backoffDueAt = dueAt;
    this.#backoffTimer = setTimeout(() => this.#flushBackoff(), Math.max(0, dueAt - performance.now()));
  }

  #flushBackoff(): void {
    this.#backoffTimer = undefined;
    this.#backoffDueAt = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const [key, queued] of this.#pods) {
      if (queued.where !== "backoff") continue;
      if (queued.backoffUntil <= now) this.#toActive(key, queued);
      else next = Math.min(next, queued.backoffUntil);
    }
    if (next !== Number.POSITIVE_INFINITY) this.#armBackoffTimer(next);
  }

  #flushUnschedulable(): void {
    const cutoff = performance.now() - this.#options.unschedulableRetryMs;
    for (const [key, queued] of this.#pods) if (queued.where === "unschedulable" && queued.since <= cutoff) this.#release(key, queued);
  }

  #move(queued: QueuedPod, to: Where | undefined): void {
    if (queued.where !== "in-flight") this.#counts[queued.where]--;
    if (to === undefined) return;
    queued.where = to;
    if (to !== "in-flight") this.#counts[to]++;
  }

  #wake(): void {
    const waiter = this.#waiter;
    this.#waiter = undefined;
    waiter?.();
  }
}

// A controller's workqueue: the KeyedMailbox's per-key serialisation and dedupe, plus what
// client-go's workqueue adds on top: delayed adds that merge per key, per-key rate-limited
// retries, and the workqueue metrics. Callers forget(key) after successful work, as in client-go.
// A key added with a trigger (the trace context of the change that caused it) remembers it; the
// handler receives every trigger merged into the key while it waited (reconcile-triggers.ts).
import type { SpanContext } from "@opentelemetry/api";
import { Registry } from "prom-client";
import type { BackoffOptions } from "../backoff.ts";
import { KeyedMailbox } from "../keyed-mailbox.ts";
import { createActorMetrics } from "../metrics.ts";
import { createLogger } from "../log.ts";
import type { Logger } from "../log.ts";
import { createControllerMetrics } from "./metrics.ts";
import type { ControllerMetrics } from "./metrics.ts";
import { ItemRateLimiter } from "./rate-limiter.ts";
import { mergeTrigger } from "./reconcile-triggers.ts";

/** `triggers`: the trace contexts of the changes that queued `key` since its last handling, first first. */
export type WorkHandler = (key: string, triggers: readonly SpanContext[]) => void | Promise<void>;

export interface WorkQueueOptions {
  /** Bounded metric label and span name: the controller's name. */
  name: string;
  /** A throw is logged and the key re-added rate-limited; controllers catch their own errors. */
  handler: WorkHandler;
  /** Keys handled in parallel (one handler per key at any time). */
  concurrency?: number;
  /** Per-key retry delays; default 5 ms doubling to 60 s. */
  rateLimit?: BackoffOptions;
  /** Where the workqueue metrics go; a private registry when absent. */
  registry?: Registry;
  logger?: Logger;
}

export interface ResolvedWorkQueueOptions {
  name: string;
  handler: WorkHandler;
  concurrency: number;
  rateLimit: BackoffOptions;
  registry: Registry;
  logger: Logger;
}

export function resolveWorkQueueOptions(options: WorkQueueOptions): ResolvedWorkQueueOptions {
  return {
    name: options.name,
    handler: options.handler,
    concurrency: Math.max(1, options.concurrency ?? 1),
    rateLimit: options.rateLimit ?? {},
    registry: options.registry ?? new Registry(),
    logger: options.logger ?? createLogger("workqueue", { controller: options.name }),
  };
}

interface DelayedAdd {
  timer: NodeJS.Timeout;
  dueAt: number;
}

export class WorkQueue {
  readonly name: string;
  readonly #options: ResolvedWorkQueueOptions;
  readonly #metrics: ControllerMetrics;
  readonly #limiter: ItemRateLimiter;
  readonly #mailbox: KeyedMailbox;
  /** Keys added and not yet picked up by a handler, with when they were added (for metrics). */
  readonly #waiting = new Map<string, number>();
  readonly #delayed = new Map<string, DelayedAdd>();
  /** Triggers of keys not yet picked up by a handler (delayed adds included). */
  readonly #triggers = new Map<string, SpanContext[]>();
  #stopped = false;

  constructor(options: WorkQueueOptions) {
    this.#options = resolveWorkQueueOptions(options);
    this.name = this.#options.name;
    this.#metrics = createControllerMetrics(this.#options.registry);
    this.#metrics.registerController(this.name);
    this.#limiter = new ItemRateLimiter(this.#options.rateLimit);
    this.#mailbox = new KeyedMailbox({
      kind: this.name,
      // The mailbox is the controller's actor: its messages, handling time, crashes and depth.
      metrics: createActorMetrics(this.#options.registry),
      concurrency: this.#options.concurrency,
      logger: this.#options.logger,
      handler: (key) => this.#handle(key),
      onError: (key) => this.addRateLimited(key),
    });
  }

  /** Keys waiting to be handled, including keys re-added while their handler runs. */
  get depth(): number {
    return this.#waiting.size;
  }

  get inFlight(): number {
    return this.#mailbox.inFlight;
  }

  /** Schedules `key`; a key already waiting is not queued twice (its triggers merge). Ignored once stopped. */
  add(key: string, trigger?: SpanContext): void {
    if (this.#stopped) return;
    if (trigger) this.#remember(key, trigger);
    if (!this.#waiting.has(key)) {
      this.#waiting.set(key, performance.now());
      this.#metrics.workqueueAdds.inc({ controller: this.name });
      this.#metrics.workqueueDepth.inc({ controller: this.name });
    }
    this.#mailbox.add(key);
  }

  /** Adds `key` after `delayMs`. A key already scheduled keeps the earlier of the two times. */
  addAfter(key: string, delayMs: number, trigger?: SpanContext): void {
    if (this.#stopped) return;
    if (delayMs <= 0) return this.add(key, trigger);
    if (trigger) this.#remember(key, trigger);
    const dueAt = performance.now() + delayMs;
    const existing = this.#delayed.get(key);
    if (existing) {
      if (existing.dueAt <= dueAt) return;
      clearTimeout(existing.timer);
    }
    const timer = setTimeout(() => {
      this.#delayed.delete(key);
      this.add(key);
    }, delayMs);
    this.#delayed.set(key, { timer, dueAt });
  }

  /** Re-adds `key` after its per-key backoff, which grows with each call until forget(key).
   * `triggers`: those of the failed attempt, so the retry continues the same traces. */
  addRateLimited(key: string, triggers: readonly SpanContext[] = []): void {
    if (this.#stopped) return;
    this.#metrics.workqueueRetries.inc({ controller: this.name });
    for (const trigger of triggers) this.#remember(key, trigger);
    this.addAfter(key, this.#limiter.when(key));
  }

  #remember(key: string, trigger: SpanContext): void {
    this.#triggers.set(key, mergeTrigger(this.#triggers.get(key) ?? [], trigger));
  }

  /** Resets `key`'s backoff: call it when the key's work succeeded. */
  forget(key: string): void {
    this.#limiter.forget(key);
  }

  /** Rate-limited re-adds of `key` since it was last forgotten. */
  retries(key: string): number {
    return this.#limiter.retries(key);
  }

  /** Resolves once nothing is waiting or in flight; delayed adds are not counted. */
  whenIdle(): Promise<void> {
    return this.#mailbox.whenIdle();
  }

  /** Refuses new keys, cancels delayed adds, drops waiting keys and waits for handlers in flight. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const { timer } of this.#delayed.values()) clearTimeout(timer);
    this.#delayed.clear();
    this.#triggers.clear();
    this.#metrics.workqueueDepth.dec({ controller: this.name }, this.#waiting.size);
    this.#waiting.clear();
    await this.#mailbox.stop();
  }

  async #handle(key: string): Promise<void> {
    // The mailbox calls this synchronously when it dequeues `key`, so the key stops waiting here.
    const triggers = this.#triggers.get(key) ?? [];
    this.#triggers.delete(key);
    const started = performance.now();
    const addedAt = this.#waiting.get(key);
    if (addedAt !== undefined) {
      this.#waiting.delete(key);
      this.#metrics.workqueueDepth.dec({ controller: this.name });
      this.#metrics.workqueueQueueDuration.observe({ controller: this.name }, (started - addedAt) / 1000);
    }
    try {
      await this.#options.handler(key, triggers);
    } catch (error) {
      // The mailbox's onError re-adds the key rate-limited: the retry serves the same changes.
      for (const trigger of triggers) this.#remember(key, trigger);
      throw error;
    } finally {
      this.#metrics.workqueueWorkDuration.observe({ controller: this.name }, (performance.now() - started) / 1000);
    }
  }
}

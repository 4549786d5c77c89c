// Per-key serialisation, the controllers' workqueue: at most one handler runs per key, many keys
// run in parallel (up to `concurrency`), and a key added again while it is pending is merged into
// the pending entry. A key added while its handler runs is handled once more afterwards, so the
// handler always sees the latest state (level-based, like client-go's workqueue).
import { context } from "@opentelemetry/api";
import type { Context } from "@opentelemetry/api";
import { runInstrumented } from "./actor-instrumentation.ts";
import { Fifo } from "./fifo.ts";
import { createLogger } from "./log.ts";
import type { Logger } from "./log.ts";
import type { ActorMetrics } from "./metrics.ts";
import { ATTR_TROUPE_ACTOR_KEY } from "./semconv.ts";

export type KeyHandler = (key: string) => void | Promise<void>;

export interface KeyedMailboxOptions {
  /** Bounded label for metrics and spans ("deployment-controller"). */
  kind: string;
  handler: KeyHandler;
  /** Keys handled in parallel. */
  concurrency?: number;
  metrics?: ActorMetrics;
  logger?: Logger;
  /** Sees every handler failure; retrying (e.g. addAfter with a Backoff) is the caller's call. */
  onError?: (key: string, error: unknown) => void;
}

export interface ResolvedKeyedMailboxOptions {
  kind: string;
  handler: KeyHandler;
  concurrency: number;
  metrics: ActorMetrics | undefined;
  logger: Logger;
  onError: ((key: string, error: unknown) => void) | undefined;
}

export function resolveKeyedMailboxOptions(options: KeyedMailboxOptions): ResolvedKeyedMailboxOptions {
  return {
    kind: options.kind,
    handler: options.handler,
    concurrency: Math.max(1, options.concurrency ?? 4),
    metrics: options.metrics,
    logger: options.logger ?? createLogger("keyed-mailbox", { actor_kind: options.kind }),
    onError: options.onError,
  };
}

export class KeyedMailbox {
  readonly #options: ResolvedKeyedMailboxOptions;
  readonly #queue = new Fifo<string>();
  /** Keys waiting to be handled (queued, or re-added while in flight), with the context of their first add. */
  readonly #dirty = new Map<string, Context>();
  readonly #inFlight = new Set<string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  #stopped = false;
  #idleWaiters: (() => void)[] = [];

  constructor(options: KeyedMailboxOptions) {
    this.#options = resolveKeyedMailboxOptions(options);
    this.#options.metrics?.registerKind(this.#options.kind);
  }

  /** Keys waiting to run, not counting those in flight. */
  get pending(): number {
    return this.#queue.length;
  }

  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Schedules `key`; false once stopped. Adding a key that is already pending is a no-op. */
  add(key: string): boolean {
    if (this.#stopped) return false;
    if (this.#dirty.has(key)) return true;
    this.#dirty.set(key, context.active());
    // An in-flight key is queued again when its handler finishes.
    if (!this.#inFlight.has(key)) this.#enqueue(key);
    this.#dispatch();
    return true;
  }

  /** Adds `key` after `delayMs` (requeue-after); pending timers are cancelled by stop(). */
  addAfter(key: string, delayMs: number): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.add(key);
    }, delayMs);
    this.#timers.add(timer);
  }

  /** Resolves once nothing is pending or in flight (delayed adds not counted). */
  whenIdle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Refuses new keys, cancels delayed adds, drops pending keys and waits for those in flight. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    const dropped = this.#queue.clear().length;
    this.#dirty.clear();
    this.#options.metrics?.mailboxDepth.dec({ actor_kind: this.#options.kind }, dropped);
    await this.whenIdle();
  }

  #enqueue(key: string): void {
    this.#queue.push(key);
    this.#options.metrics?.mailboxDepth.inc({ actor_kind: this.#options.kind });
  }

  #dispatch(): void {
    while (this.#inFlight.size < this.#options.concurrency && this.#queue.length > 0) {
      const key = this.#queue.shift()!;
      this.#options.metrics?.mailboxDepth.dec({ actor_kind: this.#options.kind });
      const parent = this.#dirty.get(key) ?? context.active();
      this.#dirty.delete(key);
      this.#inFlight.add(key);
      void this.#run(key, parent);
    }
    if (this.#isIdle()) {
      const waiters = this.#idleWaiters;
      this.#idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  async #run(key: string, parent: Context): Promise<void> {
    const { kind, handler, metrics } = this.#options;
    const result = await runInstrumented(kind, parent, { [ATTR_TROUPE_ACTOR_KEY]: key }, metrics, () => handler(key));
    if (!result.ok) {
      this.#options.logger.error("key handler failed", { key, error: result.error });
      try {
        this.#options.onError?.(key, result.error);
      } catch (error) {
        this.#options.logger.error("key error hook failed", { key, error });
      }
    }
    this.#inFlight.delete(key);
    if (this.#dirty.has(key)) this.#enqueue(key);
    this.#dispatch();
  }

  #isIdle(): boolean {
    return this.#queue.length === 0 && this.#inFlight.size === 0;
  }
}

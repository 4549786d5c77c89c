// An actor: private state behind a mailbox, handling one message at a time. A handler that
// throws crashes the actor; its state is thrown away and rebuilt through the factory once the
// crash policy (normally a Supervisor with backoff) says so. The crashing message is reported,
// never retried, so one poison message cannot wedge the actor.
import { context } from "@opentelemetry/api";
import type { Context } from "@opentelemetry/api";
import { runInstrumented } from "./actor-instrumentation.ts";
import { Fifo } from "./fifo.ts";
import { createLogger } from "./log.ts";
import type { Logger } from "./log.ts";
import type { ActorMetrics } from "./metrics.ts";

export interface ActorContext {
  readonly kind: string;
  readonly name: string;
  readonly logger: Logger;
}

export type ActorHandler<M> = (msg: M, ctx: ActorContext) => void | Promise<void>;
/** Builds fresh actor state (captured by the returned handler) at start and after each crash. */
export type ActorFactory<M> = () => ActorHandler<M> | Promise<ActorHandler<M>>;

export interface ActorCrash<M> {
  kind: string;
  name: string;
  error: unknown;
  /** "start" = the factory threw; "handle" = the handler threw on `message`. */
  phase: "start" | "handle";
  message: M | undefined;
  /** Aborted when the actor is being stopped, so crash policies can skip their wait. */
  signal: AbortSignal;
}

/** Resolves when the actor may rebuild its state. */
export type CrashPolicy<M> = (crash: ActorCrash<M>) => void | Promise<void>;

export interface ActorOptions<M> {
  /** Bounded label for metrics and spans ("pod-worker"), never an instance name. */
  kind: string;
  /** Instance name for logs; defaults to the kind. */
  name?: string;
  factory: ActorFactory<M>;
  /** Maximum queued messages; Infinity by default. */
  mailboxCapacity?: number;
  /** What send() does when the mailbox is full or the actor stopped: return false, or throw. */
  overflow?: "reject" | "throw";
  metrics?: ActorMetrics;
  logger?: Logger;
  /**
   * Required: an actor is always supervised. Supervisor.spawn installs logging, metrics and
   * backoff; an immediate rebuild would spin on a factory that keeps failing.
   */
  onCrash: CrashPolicy<M>;
}

export interface ResolvedActorOptions<M> {
  kind: string;
  name: string;
  factory: ActorFactory<M>;
  mailboxCapacity: number;
  overflow: "reject" | "throw";
  metrics: ActorMetrics | undefined;
  logger: Logger;
  onCrash: CrashPolicy<M>;
}

export class MailboxFullError extends Error {
  override name = "MailboxFullError";
  readonly code = "MAILBOX_FULL";
  readonly kind: string;
  readonly actor: string;
  readonly capacity: number;
  constructor(kind: string, actor: string, capacity: number) {
    super(`mailbox of ${kind} actor ${actor} is full (${capacity} messages)`);
    this.kind = kind;
    this.actor = actor;
    this.capacity = capacity;
  }
}

export class ActorStoppedError extends Error {
  override name = "ActorStoppedError";
  readonly code = "ACTOR_STOPPED";
  readonly kind: string;
  readonly actor: string;
  constructor(kind: string, actor: string) {
    super(`${kind} actor ${actor} is stopped`);
    this.kind = kind;
    this.actor = actor;
  }
}

export function resolveActorOptions<M>(options: ActorOptions<M>): ResolvedActorOptions<M> {
  const name = options.name ?? options.kind;
  return {
    kind: options.kind,
    name,
    factory: options.factory,
    mailboxCapacity: options.mailboxCapacity ?? Infinity,
    overflow: options.overflow ?? "reject",
    metrics: options.metrics,
    logger: options.logger ?? createLogger("actor", { actor_kind: options.kind, actor_name: name }),
    onCrash: options.onCrash,
  };
}

interface Envelope<M> {
  msg: M;
  /** Trace context of the sender, restored around the handler. */
  ctx: Context;
}

export class Actor<M> {
  readonly kind: string;
  readonly name: string;
  readonly #options: ResolvedActorOptions<M>;
  readonly #mailbox = new Fifo<Envelope<M>>();
  readonly #stopping = new AbortController();
  readonly #context: ActorContext;
  #handler: ActorHandler<M> | undefined;
  #running = false;
  #pump: Promise<void> = Promise.resolve();

  /** Builds the initial state right away; messages sent meanwhile wait in the mailbox. */
  constructor(options: ActorOptions<M>) {
    this.#options = resolveActorOptions(options);
    this.kind = this.#options.kind;
    this.name = this.#options.name;
    this.#context = { kind: this.kind, name: this.name, logger: this.#options.logger };
    this.#options.metrics?.registerKind(this.kind);
    this.#kick();
  }

  /** Messages waiting, not counting the one being handled. */
  get depth(): number {
    return this.#mailbox.length;
  }

  get stopped(): boolean {
    return this.#stopping.signal.aborted;
  }

  /** Enqueues `msg`; false (or a throw, with overflow "throw") when full or stopped. */
  send(msg: M): boolean {
    if (this.stopped) return this.#refuse(new ActorStoppedError(this.kind, this.name));
    if (this.#mailbox.length >= this.#options.mailboxCapacity) {
      return this.#refuse(new MailboxFullError(this.kind, this.name, this.#options.mailboxCapacity));
    }
    this.#mailbox.push({ msg, ctx: context.active() });
    this.#options.metrics?.mailboxDepth.inc({ actor_kind: this.kind });
    this.#kick();
    return true;
  }

  /** Refuses new messages, handles everything already queued, then resolves. */
  async stop(): Promise<void> {
    this.#stopping.abort();
    await this.#pump;
  }

  #refuse(error: MailboxFullError | ActorStoppedError): boolean {
    this.#options.metrics?.messages.inc({ actor_kind: this.kind, outcome: "rejected" });
    if (this.#options.overflow === "throw") throw error;
    return false;
  }

  #kick(): void {
    if (this.#running) return;
    this.#running = true;
    this.#pump = this.#drain();
  }

  async #drain(): Promise<void> {
    try {
      while (this.#handler === undefined || this.#mailbox.length > 0) {
        if (this.#handler === undefined) {
          if (!(await this.#start())) return;
          continue;
        }
        const envelope = this.#mailbox.shift()!;
        this.#options.metrics?.mailboxDepth.dec({ actor_kind: this.kind });
        const handler = this.#handler;
        const result = await runInstrumented(this.kind, envelope.ctx, {}, this.#options.metrics, () =>
          handler(envelope.msg, this.#context),
        );
        if (!result.ok) {
          this.#handler = undefined;
          await this.#crashed({ phase: "handle", error: result.error, message: envelope.msg });
        }
      }
    } finally {
      // Reset synchronously after the last emptiness check, so a send() that follows restarts the pump.
      this.#running = false;
    }
  }

  /** False when the actor is stopping and cannot be rebuilt: its remaining messages are dropped. */
  async #start(): Promise<boolean> {
    try {
      this.#handler = await this.#options.factory();
      return true;
    } catch (error) {
      if (this.stopped) {
        const dropped = this.#mailbox.clear().length;
        this.#options.metrics?.mailboxDepth.dec({ actor_kind: this.kind }, dropped);
        this.#options.logger.error("actor failed to start while stopping; dropped its mailbox", { error, dropped });
        return false;
      }
      await this.#crashed({ phase: "start", error, message: undefined });
      return true;
    }
  }

  async #crashed(crash: Pick<ActorCrash<M>, "phase" | "error" | "message">): Promise<void> {
    try {
      await this.#options.onCrash({ ...crash, kind: this.kind, name: this.name, signal: this.#stopping.signal });
    } catch (error) {
      // A broken crash policy must not kill the actor; rebuild at once instead.
      this.#options.logger.error("actor crash policy failed", { error });
    }
  }
}

// Supervises actors: a crash is logged with its error, counted, reported, and the actor is
// rebuilt after an exponential backoff that starts over once the actor has been stable for a
// while. The service keeps running; only the crashing message is lost (and reported).
import { setTimeout as sleep } from "node:timers/promises";
import { Actor } from "./actor.ts";
import type { ActorCrash, ActorOptions } from "./actor.ts";
import { Backoff, resolveBackoffOptions } from "./backoff.ts";
import type { BackoffOptions } from "./backoff.ts";
import { createLogger } from "./log.ts";
import type { Logger } from "./log.ts";
import type { ActorMetrics } from "./metrics.ts";

export interface CrashReport {
  kind: string;
  name: string;
  phase: ActorCrash<unknown>["phase"];
  error: unknown;
  message: unknown;
  /** Crashes since the actor was last stable, this one included. */
  consecutiveCrashes: number;
  restartInMs: number;
}

export interface SupervisorOptions {
  /** Restart delays; default 100ms doubling to 30s with 20% jitter. */
  backoff?: BackoffOptions;
  /** An actor that ran this long without crashing starts its backoff over. */
  resetAfterMs?: number;
  metrics?: ActorMetrics;
  logger?: Logger;
  /** Dead-letter hook: sees every crash and the message that caused it. */
  onCrash?: (report: CrashReport) => void;
}

export interface ResolvedSupervisorOptions {
  backoff: BackoffOptions;
  resetAfterMs: number;
  metrics: ActorMetrics | undefined;
  logger: Logger;
  onCrash: ((report: CrashReport) => void) | undefined;
}

export function resolveSupervisorOptions(options: SupervisorOptions = {}): ResolvedSupervisorOptions {
  const backoff = { baseMs: 100, maxMs: 30_000, jitter: 0.2, ...options.backoff };
  resolveBackoffOptions(backoff); // validate once, up front, rather than at the first crash
  return {
    backoff,
    resetAfterMs: options.resetAfterMs ?? 60_000,
    metrics: options.metrics,
    logger: options.logger ?? createLogger("supervisor"),
    onCrash: options.onCrash,
  };
}

/** What spawn() needs: the actor's options minus what the supervisor provides. */
export type ActorSpec<M> = Omit<ActorOptions<M>, "onCrash" | "metrics" | "logger"> & {
  /** Turns a crashing message into something safe and small to log; omitted = not logged. */
  describe?: (msg: M) => unknown;
};

export class Supervisor {
  readonly #options: ResolvedSupervisorOptions;
  readonly #children = new Set<{ stop(): Promise<void> }>();

  constructor(options: SupervisorOptions = {}) {
    this.#options = resolveSupervisorOptions(options);
  }

  get size(): number {
    return this.#children.size;
  }

  spawn<M>(spec: ActorSpec<M>): Actor<M> {
    const name = spec.name ?? spec.kind;
    const logger = this.#options.logger.child({ actor_kind: spec.kind, actor_name: name });
    const backoff = new Backoff(this.#options.backoff);
    let stableSince = Date.now();
    const { describe, ...actorOptions } = spec;

    const actor = new Actor<M>({
      ...actorOptions,
      metrics: this.#options.metrics,
      logger,
      onCrash: async (crash) => {
        if (Date.now() - stableSince >= this.#options.resetAfterMs) backoff.reset();
        const restartInMs = backoff.next();
        logger.error(crash.phase === "start" ? "actor failed to start" : "actor crashed", {
          error: crash.error,
          phase: crash.phase,
          consecutive_crashes: backoff.attempt,
          restart_in_ms: restartInMs,
          ...(describe && crash.message !== undefined ? { crashed_message: safeDescribe(describe, crash.message) } : {}),
        });
        this.#report({
          kind: crash.kind,
          name: crash.name,
          phase: crash.phase,
          error: crash.error,
          message: crash.message,
          consecutiveCrashes: backoff.attempt,
          restartInMs,
        });
        // A stopping actor is rebuilt at once so it can drain its mailbox.
        await sleep(restartInMs, undefined, { signal: crash.signal }).catch(() => undefined);
        this.#options.metrics?.restarts.inc({ actor_kind: crash.kind });
        stableSince = Date.now();
      },
    });
    this.#children.add(actor);
    return actor;
  }

  /** Stops every child (each drains its mailbox) and forgets them. */
  async stop(): Promise<void> {
    const children = [...this.#children];
    this.#children.clear();
    await Promise.all(children.map((child) => child.stop()));
  }

  #report(report: CrashReport): void {
    try {
      this.#options.onCrash?.(report);
    } catch (error) {
      this.#options.logger.error("crash report hook failed", { error });
    }
  }
}

function safeDescribe<M>(describe: (msg: M) => unknown, msg: M): unknown {
  try {
    return describe(msg);
  } catch {
    return "[describe failed]";
  }
}

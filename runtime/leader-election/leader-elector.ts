// Leader election on a KV lease with compare-and-set, client-go's algorithm: a candidate takes
// a lease that is absent, released, or unchanged for leaseDuration as observed on ITS OWN clock
// (never comparing a remote timestamp, so clock skew does not matter); the leader renews every
// retryPeriod and steps down when no renew succeeded within renewDeadline, which is shorter than
// leaseDuration so it has stopped acting before any standby may start.
import { setTimeout as sleep } from "node:timers/promises";
import { KeyExistsError, RevisionConflictError } from "../store/errors.ts";
import type { Logger } from "../log.ts";
import { LeaseLock } from "./lease-lock.ts";
import type { LeaseRecord } from "./lease-lock.ts";
import { resolveLeaderElectorOptions } from "./leader-elector-options.ts";
import type { LeaderElectorOptions, ResolvedLeaderElectorOptions } from "./leader-elector-options.ts";
import { createLeaderMetrics } from "./metrics.ts";
import type { LeaderMetrics } from "./metrics.ts";

export interface LeaderCallbacks {
  /** Start leader-only work; `signal` aborts when leadership ends. Not awaited. */
  onStartedLeading?(signal: AbortSignal): void | Promise<void>;
  /** Leader-only work must stop now; awaited before this process competes again. */
  onStoppedLeading?(): void | Promise<void>;
  /** The lease holder changed (this process included). */
  onNewLeader?(identity: string): void;
}

/** acquired = this process holds the lease; held = another holder's lease is still valid. */
type AttemptOutcome = "acquired" | "held" | "failed";

interface Attempt {
  startedAt: number;
  outcome: Promise<AttemptOutcome>;
}

const STOPPED = Symbol("stopped");
const TIMED_OUT = Symbol("timed out");

export class LeaderElector {
  readonly name: string;
  readonly identity: string;
  readonly #options: ResolvedLeaderElectorOptions;
  readonly #lock: LeaseLock;
  readonly #metrics: LeaderMetrics;
  readonly #logger: Logger;
  readonly #stop = new AbortController();
  #callbacks: LeaderCallbacks = {};
  #loop: Promise<void> | undefined;
  /** At most one store round trip at a time, so observations apply in order. */
  #attempt: Attempt | undefined;
  #leading = false;
  #observed: LeaseRecord | undefined;
  #observedRevision = 0;
  /** Local monotonic time at which the record was last seen to change. */
  #observedAt = 0;
  #reportedLeader = "";
  #failing = false;

  constructor(options: LeaderElectorOptions) {
    this.#options = resolveLeaderElectorOptions(options);
    this.name = this.#options.name;
    this.identity = this.#options.identity;
    this.#lock = new LeaseLock(this.#options.store, this.name);
    this.#logger = this.#options.logger.child({ identity: this.identity });
    this.#metrics = createLeaderMetrics(this.#options.registry);
    this.#metrics.registerLease(this.name);
  }

  get isLeader(): boolean {
    return this.#leading;
  }

  /** The holder this process last observed; empty when none. */
  get leader(): string {
    return this.#reportedLeader;
  }

  /** Starts competing for the lease. Once only. */
  start(callbacks: LeaderCallbacks = {}): void {
    if (this.#loop) return;
    this.#callbacks = callbacks;
    this.#loop = this.#run();
  }

  /** Stops leading (awaiting onStoppedLeading), releases the lease if configured, stops competing. */
  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (!this.#stop.signal.aborted) {
      const attempt = this.#tryAcquireOrRenew();
      const outcome = await this.#settle(attempt.outcome, attempt.startedAt + this.#options.renewDeadlineMs - performance.now());
      if (outcome === STOPPED) break;
      if (outcome === "acquired" && this.#fresh(attempt)) {
        await this.#lead(attempt.startedAt);
        continue;
      }
      await this.#pause(this.#candidateDelay());
    }
  }

  /** Leads until a renew fails for renewDeadline, another holder shows up, or stop(). */
  async #lead(renewedAt: number): Promise<void> {
    const leading = new AbortController();
    this.#setLeading(true);
    this.#logger.info("started leading");
    void this.#invoke("onStartedLeading", () => this.#callbacks.onStartedLeading?.(leading.signal));
    let lastRenew = renewedAt;
    let why = "stopped";
    await this.#pause(this.#options.retryPeriodMs);
    while (!this.#stop.signal.aborted) {
      const deadline = lastRenew + this.#options.renewDeadlineMs;
      if (performance.now() >= deadline) {
        why = "renew deadline passed";
        break;
      }
      const attempt = this.#tryAcquireOrRenew();
      const outcome = await this.#settle(attempt.outcome, deadline - performance.now());
      if (outcome === STOPPED) break;
      if (outcome === "acquired" && this.#fresh(attempt)) {
        lastRenew = attempt.startedAt;
        await this.#pause(this.#options.retryPeriodMs);
      } else if (outcome === "held") {
        why = `lease taken by ${this.#reportedLeader}`;
        break;
      } else {
        await this.#pause(Math.min(this.#options.retryPeriodMs, deadline - performance.now()));
      }
    }
    leading.abort();
    this.#setLeading(false);
    if (this.#stop.signal.aborted) this.#logger.info("stopped leading", { why });
    else this.#logger.warn("lost leadership", { why });
    await this.#invoke("onStoppedLeading", () => this.#callbacks.onStoppedLeading?.());
    if (this.#stop.signal.aborted && this.#options.releaseOnStop) await this.#release();
  }

  /**
   * One read-and-CAS round trip. Joins the one in flight unless that one is older than
   * renewDeadline: a request sent while NATS was away can hang for the client's whole request
   * timeout, and must not hold back a fresh attempt once NATS is back.
   */
  #tryAcquireOrRenew(): Attempt {
    const pending = this.#attempt;
    if (pending && performance.now() - pending.startedAt < this.#options.renewDeadlineMs) return pending;
    const attempt: Attempt = { startedAt: performance.now(), outcome: Promise.resolve<AttemptOutcome>("failed") };
    this.#attempt = attempt;
    attempt.outcome = this.#acquireOrRenew(() => this.#attempt === attempt);
    void attempt.outcome.finally(() => {
      if (this.#attempt === attempt) this.#attempt = undefined;
    });
    return attempt;
  }

  /** `current()` turns false once a newer attempt superseded this one: its results are then stale. */
  async #acquireOrRenew(current: () => boolean): Promise<AttemptOutcome> {
    try {
      const now = new Date().toISOString();
      const existing = await this.#lock.get();
      if (!current()) return "failed";
      if (!existing) {
        const record = this.#record({ acquireTime: now, renewTime: now, leaseTransitions: 0 });
        const revision = await this.#lock.create(record);
        if (!current()) return "failed";
        this.#observe(record, revision);
        this.#failing = false;
        return "acquired";
      }
      this.#observe(existing.record, existing.revision);
      const holder = existing.record.holderIdentity;
      const heldByOther = holder !== "" && holder !== this.identity;
      this.#failing = false;
      if (heldByOther && performance.now() < this.#observedAt + this.#options.leaseDurationMs) return "held";
      const record =
        holder === this.identity
          ? this.#record({ ...existing.record, renewTime: now })
          : this.#record({ acquireTime: now, renewTime: now, leaseTransitions: existing.record.leaseTransitions + 1 });
      const revision = await this.#lock.update(record, existing.revision);
      if (!current()) return "failed";
      this.#observe(record, revision);
      return "acquired";
    } catch (error) {
      // A lost race: whoever won is seen on the next read.
      if (error instanceof KeyExistsError || error instanceof RevisionConflictError || !current()) return "failed";
      // Warn once per streak of failures: during an outage every retry fails the same way.
      if (!this.#failing) this.#logger.warn("lease read or write failed; retrying", { error, leading: this.#leading });
      this.#failing = true;
      return "failed";
    }
  }

  #record(fields: Pick<LeaseRecord, "acquireTime" | "renewTime" | "leaseTransitions">): LeaseRecord {
    return {
      holderIdentity: this.identity,
      leaseDurationSeconds: Math.ceil(this.#options.leaseDurationMs / 1000),
      acquireTime: fields.acquireTime,
      renewTime: fields.renewTime,
      leaseTransitions: fields.leaseTransitions,
    };
  }

  #observe(record: LeaseRecord, revision: number): void {
    if (revision !== this.#observedRevision) {
      this.#observedRevision = revision;
      this.#observedAt = performance.now();
    }
    this.#observed = record;
    const holder = record.holderIdentity;
    if (holder !== "" && holder !== this.#reportedLeader) {
      this.#reportedLeader = holder;
      void this.#invoke("onNewLeader", () => this.#callbacks.onNewLeader?.(holder));
    }
  }

  /** A CAS that took longer than renewDeadline may land after a standby could have taken over. */
  #fresh(attempt: Attempt): boolean {
    return performance.now() - attempt.startedAt < this.#options.renewDeadlineMs;
  }

  /** Until the holder's lease runs out (as observed here), but no longer than retryPeriod. */
  #candidateDelay(): number {
    const holder = this.#observed?.holderIdentity ?? "";
    if (holder === "" || holder === this.identity) return this.#options.retryPeriodMs;
    const expiresIn = this.#observedAt + this.#options.leaseDurationMs - performance.now();
    return Math.max(1, Math.min(this.#options.retryPeriodMs, expiresIn + 1));
  }

  /** Clears the holder so a standby need not wait out the lease. Best effort, bounded. */
  async #release(): Promise<void> {
    const record = this.#observed;
    if (!record || record.holderIdentity !== this.identity) return;
    const released = { ...record, holderIdentity: "", renewTime: new Date().toISOString() };
    const update = this.#lock.update(released, this.#observedRevision).then(
      () => this.#logger.info("released lease"),
      (error: unknown) => this.#logger.warn("could not release lease; it expires on its own", { error }),
    );
    await Promise.race([update, sleep(this.#options.renewDeadlineMs, undefined, { ref: false })]);
  }

  #setLeading(leading: boolean): void {
    this.#leading = leading;
    this.#metrics.isLeader.set({ lease: this.name }, leading ? 1 : 0);
    if (leading) this.#metrics.transitions.inc({ lease: this.name });
  }

  async #invoke(callback: keyof LeaderCallbacks, fn: () => unknown): Promise<void> {
    try {
      await fn();
    } catch (error) {
      this.#logger.error("leader election callback failed", { callback, error });
    }
  }

  /** The attempt's outcome, or STOPPED / TIMED_OUT if stop() or the timeout comes first. */
  async #settle(outcome: Promise<AttemptOutcome>, timeoutMs?: number): Promise<AttemptOutcome | typeof STOPPED | typeof TIMED_OUT> {
    const stop = this.#stop.signal;
    if (stop.aborted) return STOPPED;
    let onStop = (): void => undefined;
    let timer: NodeJS.Timeout | undefined;
    const interrupted = new Promise<typeof STOPPED | typeof TIMED_OUT>((resolve) => {
      onStop = () => resolve(STOPPED);
      stop.addEventListener("abort", onStop, { once: true });
      if (timeoutMs !== undefined) timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, timeoutMs));
    });
    try {
      return await Promise.race([outcome, interrupted]);
    } finally {
      stop.removeEventListener("abort", onStop);
      clearTimeout(timer);
    }
  }

  /** Sleeps, cut short by stop(). */
  async #pause(ms: number): Promise<void> {
    await sleep(Math.max(0, ms), undefined, { signal: this.#stop.signal }).catch(() => undefined);
  }
}

// Exponential backoff shared by the supervisor, the keyed workqueue and reconnect loops,
// so every retry in Troupe grows, caps and jitters the same way.

export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs?: number;
  /** Upper bound of any single delay. */
  maxMs?: number;
  /** Growth per attempt. */
  factor?: number;
  /**
   * Fraction (0..1) of each delay that is randomised away. Jitter only shortens a delay, so
   * `maxMs` stays a hard bound while many retrying peers spread out instead of stampeding.
   */
  jitter?: number;
  /** Source of randomness in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

export type ResolvedBackoffOptions = Required<BackoffOptions>;

export class InvalidBackoffOptionsError extends Error {
  override name = "InvalidBackoffOptionsError";
  readonly code = "INVALID_BACKOFF_OPTIONS";
  readonly option: string;
  constructor(option: string, message: string) {
    super(`backoff option ${option}: ${message}`);
    this.option = option;
  }
}

export function resolveBackoffOptions(options: BackoffOptions = {}): ResolvedBackoffOptions {
  const resolved = {
    baseMs: options.baseMs ?? 100,
    maxMs: options.maxMs ?? 30_000,
    factor: options.factor ?? 2,
    jitter: options.jitter ?? 0,
    random: options.random ?? Math.random,
  };
  if (!(resolved.baseMs >= 0)) throw new InvalidBackoffOptionsError("baseMs", "must be >= 0");
  if (!(resolved.maxMs >= resolved.baseMs)) {
    throw new InvalidBackoffOptionsError("maxMs", "must be >= baseMs");
  }
  if (!(resolved.factor >= 1)) throw new InvalidBackoffOptionsError("factor", "must be >= 1");
  if (!(resolved.jitter >= 0 && resolved.jitter <= 1)) {
    throw new InvalidBackoffOptionsError("jitter", "must be between 0 and 1");
  }
  return resolved;
}

/** Delay for a zero-based retry attempt. */
export function backoffDelay(attempt: number, options: ResolvedBackoffOptions): number {
  // Math.min before multiplying keeps large attempt counts from overflowing to Infinity.
  const exponent = Math.min(Math.max(attempt, 0), 1000);
  const capped = Math.min(options.maxMs, options.baseMs * options.factor ** exponent);
  return Math.round(capped * (1 - options.jitter * options.random()));
}

/** Stateful counter of attempts; `reset()` after a success or a stable period. */
export class Backoff {
  readonly options: ResolvedBackoffOptions;
  #attempt = 0;

  constructor(options: BackoffOptions = {}) {
    this.options = resolveBackoffOptions(options);
  }

  get attempt(): number {
    return this.#attempt;
  }

  next(): number {
    return backoffDelay(this.#attempt++, this.options);
  }

  reset(): void {
    this.#attempt = 0;
  }
}

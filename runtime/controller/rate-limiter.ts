// Per-key exponential backoff for failed work, client-go's ItemExponentialFailureRateLimiter:
// each failure of a key doubles its next delay, a success (forget) starts it over, and keys
// never slow each other down.
import { backoffDelay, resolveBackoffOptions } from "../backoff.ts";
import type { BackoffOptions, ResolvedBackoffOptions } from "../backoff.ts";

/** 5 ms doubling per failure, capped at 60 s. */
export const DEFAULT_RATE_LIMIT: BackoffOptions = { baseMs: 5, maxMs: 60_000, factor: 2, jitter: 0 };

export class ItemRateLimiter {
  readonly options: ResolvedBackoffOptions;
  readonly #failures = new Map<string, number>();

  constructor(options: BackoffOptions = {}) {
    this.options = resolveBackoffOptions({ ...DEFAULT_RATE_LIMIT, ...options });
  }

  /** Delay before the next retry of `key`; counts one more failure. */
  when(key: string): number {
    const failures = this.#failures.get(key) ?? 0;
    this.#failures.set(key, failures + 1);
    return backoffDelay(failures, this.options);
  }

  /** Failures of `key` since it was last forgotten. */
  retries(key: string): number {
    return this.#failures.get(key) ?? 0;
  }

  forget(key: string): void {
    this.#failures.delete(key);
  }
}

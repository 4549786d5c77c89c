// Retries an operation with exponential backoff: for start-up steps that must wait for NATS
// or JetStream to come (back) up rather than crash the service.
import { Backoff, type BackoffOptions } from "./backoff.ts";
import type { Logger } from "./log.ts";

export interface RetryOptions {
  /** What is being attempted, for the log ("open the state bucket"). */
  what: string;
  logger?: Logger;
  backoff?: BackoffOptions;
  /** Give up after this many attempts (default: never). */
  maxAttempts?: number;
}

export async function retry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const backoff = new Backoff({ baseMs: 100, maxMs: 5000, jitter: 0.2, ...options.backoff });
  for (;;) {
    try {
      return await operation();
    } catch (error) {
      if (options.maxAttempts !== undefined && backoff.attempt + 1 >= options.maxAttempts) throw error;
      const delay = backoff.next();
      options.logger?.warn(`could not ${options.what}; retrying`, { attempt: backoff.attempt, delayMs: delay, error });
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// The time controllers read, injected so that tests need not wait for minutes: the real clock,
// or (for tests only) a clock that starts at a given time and runs `rate` times as fast.

export interface Clock {
  now(): Date;
  /** Real milliseconds until this clock has advanced by `clockMs`. */
  realMs(clockMs: number): number;
}

export const realClock: Clock = { now: () => new Date(), realMs: (clockMs) => clockMs };

export interface ScaledClockOptions {
  /** What the clock shows when created (default: the real time then). */
  startMs?: number;
  /** How much faster than real time it runs (default 1). */
  rate?: number;
}

export class InvalidClockError extends Error {
  override readonly name = "InvalidClockError";
  readonly code = "InvalidClock";
}

export function scaledClock(options: ScaledClockOptions, realNow: () => number = Date.now): Clock {
  const rate = options.rate ?? 1;
  if (!(Number.isFinite(rate) && rate > 0)) throw new InvalidClockError(`clock rate must be a number > 0, not ${options.rate}`);
  const realStart = realNow();
  const start = options.startMs ?? realStart;
  if (!Number.isFinite(start)) throw new InvalidClockError("clock start must be a time");
  return {
    now: () => new Date(start + (realNow() - realStart) * rate),
    realMs: (clockMs) => clockMs / rate,
  };
}

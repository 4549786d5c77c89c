// Probe failures can come every second for hours; each one an Event would flood the API. One
// `Unhealthy` Event per container and probe type per interval is enough to see what is wrong
// (the failures that kill a container are always recorded).

export class UnhealthyEventLimiter {
  readonly #intervalMs: number;
  readonly #last = new Map<string, number>();

  constructor(intervalMs: number) {
    this.#intervalMs = intervalMs;
  }

  /** Whether an event for `key` may be recorded at `now` (and if so, remembers it). */
  allow(key: string, now = Date.now()): boolean {
    const last = this.#last.get(key);
    if (last !== undefined && now - last < this.#intervalMs) return false;
    this.#last.set(key, now);
    return true;
  }
}

// Back-off for replacing a node's failed daemon pod (Kubernetes' failedPodsBackoff: 1 s doubling to
// 15 min per DaemonSet and node), so a pod that fails at once is not recreated in a hot loop.

export interface FailedPodBackoffOptions {
  initialMs?: number;
  maxMs?: number;
  now?: () => number;
}

interface Entry {
  delayMs: number;
  until: number;
}

export class FailedPodBackoff {
  readonly #entries = new Map<string, Entry>();
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #now: () => number;

  constructor(options: FailedPodBackoffOptions = {}) {
    this.#initialMs = options.initialMs ?? 1000;
    this.#maxMs = options.maxMs ?? 15 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  /** Whether the key waits; a key idle for twice its delay starts again from the initial delay. */
  inBackoff(key: string): boolean {
    const entry = this.#entries.get(key);
    return entry !== undefined && this.#now() < entry.until;
  }

  /** A failed pod was deleted for `key`: the next one waits longer. */
  next(key: string): void {
    const now = this.#now();
    const entry = this.#entries.get(key);
    const stale = !entry || now - entry.until > 2 * entry.delayMs;
    const delayMs = stale ? this.#initialMs : Math.min(entry.delayMs * 2, this.#maxMs);
    this.#entries.set(key, { delayMs, until: now + delayMs });
  }

  /** How long until `key` may go again (0 when it may now). */
  remainingMs(key: string): number {
    const entry = this.#entries.get(key);
    return entry ? Math.max(0, entry.until - this.#now()) : 0;
  }
}

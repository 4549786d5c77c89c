// Keeps metric label sets bounded when the values come from callers (a client may call any
// "service.method" string): the first `capacity` distinct keys keep their own labels, later
// ones share the OVERFLOW_LABEL series, so a buggy caller cannot blow up Prometheus.

export const OVERFLOW_LABEL = "_other";

export class LabelLimiter {
  readonly capacity: number;
  readonly #known = new Set<string>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** True when `key` has (or now gets) its own series; false when it must use OVERFLOW_LABEL. */
  admit(key: string): boolean {
    if (this.#known.has(key)) return true;
    if (this.#known.size >= this.capacity) return false;
    this.#known.add(key);
    return true;
  }
}

// A per-target-service circuit breaker: after `failureThreshold` consecutive failures
// (timeouts, no responders, lost connections) calls fail fast for `coolDownMs`; then one probe
// call is let through (half-open), whose outcome closes the circuit again or re-opens it.
// Answers from the service, errors included, count as successes: the service is there.
// "Consecutive" is by start time: a failure of a call that started before the last success
// does not count, so the calls in flight on one replica that dies (all timing out together)
// do not open the circuit while the other replicas keep answering.

export const CIRCUIT_STATES = ["closed", "open", "half_open"] as const;
export type CircuitState = (typeof CIRCUIT_STATES)[number];

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit; 0 disables the breaker. */
  failureThreshold?: number;
  /** How long an open circuit fails fast before a probe is let through. */
  coolDownMs?: number;
  /** Injectable for tests. */
  now?: () => number;
}

export type ResolvedCircuitBreakerOptions = Required<CircuitBreakerOptions>;

export function resolveCircuitBreakerOptions(options: CircuitBreakerOptions = {}): ResolvedCircuitBreakerOptions {
  return {
    failureThreshold: options.failureThreshold ?? 5,
    coolDownMs: options.coolDownMs ?? 5_000,
    now: options.now ?? performance.now.bind(performance),
  };
}

export class CircuitBreaker {
  readonly #options: ResolvedCircuitBreakerOptions;
  #state: CircuitState = "closed";
  #failures = 0;
  #openedAt = 0;
  #probing = false;
  #lastSuccessAt = -Infinity;
  /** Called on every state change (metrics, logs). */
  onChange: ((state: CircuitState) => void) | undefined;

  constructor(options: CircuitBreakerOptions = {}) {
    this.#options = resolveCircuitBreakerOptions(options);
  }

  get state(): CircuitState {
    return this.#state;
  }

  /** Milliseconds until an open circuit lets a probe through (0 when not open). */
  retryInMs(): number {
    if (this.#state !== "open") return 0;
    return Math.max(0, this.#openedAt + this.#options.coolDownMs - this.#options.now());
  }

  /** Whether a call may go out now; a true in half-open makes that call the probe. */
  tryAcquire(): boolean {
    if (this.#state === "closed") return true;
    if (this.#state === "open") {
      if (this.retryInMs() > 0) return false;
      this.#set("half_open");
    }
    if (this.#probing) return false;
    this.#probing = true;
    return true;
  }

  /** Gives back a call's permission without an outcome (it never reached the service). */
  release(): void {
    this.#probing = false;
  }

  /** The clock the breaker uses; pass its reading at a call's start to recordFailure. */
  now(): number {
    return this.#options.now();
  }

  recordSuccess(): void {
    this.#lastSuccessAt = this.#options.now();
    this.#failures = 0;
    this.#probing = false;
    if (this.#state !== "closed") this.#set("closed");
  }

  /** `startedAt`: when the failed call started (default: now, i.e. it counts). */
  recordFailure(startedAt: number = this.#options.now()): void {
    this.#probing = false;
    if (this.#options.failureThreshold <= 0) return;
    if (this.#state === "closed" && startedAt < this.#lastSuccessAt) return;
    this.#failures++;
    if (this.#state === "half_open" || (this.#state === "closed" && this.#failures >= this.#options.failureThreshold)) {
      this.#openedAt = this.#options.now();
      this.#set("open");
    }
  }

  #set(state: CircuitState): void {
    this.#state = state;
    this.onChange?.(state);
  }
}

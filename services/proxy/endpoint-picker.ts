// Chooses the endpoint for each new connection of one service port: round-robin, or with
// sessionAffinity ClientIP the endpoint a client address last used while that endpoint stays
// ready and the affinity has not timed out. Endpoints that already failed for this connection
// are excluded, so a retry goes to the next one. Plain state, no sockets: tested on its own.
import { endpointKey, type Endpoint } from "./types.ts";

export interface EndpointPickerOptions {
  /** Keep a client address on one endpoint for this long after its last connection; off when undefined. */
  affinityTimeoutMs?: number;
  now?: () => number;
}

interface AffinityEntry {
  endpoint: string;
  lastUsedMs: number;
}

/** Expired affinity entries are swept after this many picks, so the map stays bounded by active clients. */
const SWEEP_EVERY_PICKS = 1024;

export class EndpointPicker {
  #endpoints: Endpoint[] = [];
  #byKey = new Map<string, Endpoint>();
  #next = 0;
  #affinityTimeoutMs: number | undefined;
  readonly #now: () => number;
  readonly #affinity = new Map<string, AffinityEntry>();
  #picksSinceSweep = 0;

  constructor(options: EndpointPickerOptions = {}) {
    this.#affinityTimeoutMs = options.affinityTimeoutMs;
    this.#now = options.now ?? Date.now;
  }

  get endpoints(): readonly Endpoint[] {
    return this.#endpoints;
  }

  /** Replaces the ready set; affinities to endpoints that left are forgotten, the others kept. */
  setEndpoints(endpoints: readonly Endpoint[]): void {
    this.#endpoints = [...endpoints];
    this.#byKey = new Map(endpoints.map((endpoint) => [endpointKey(endpoint), endpoint]));
    for (const [client, entry] of this.#affinity) {
      if (!this.#byKey.has(entry.endpoint)) this.#affinity.delete(client);
    }
  }

  /** Turning affinity off (or changing its timeout) applies to the next picks. */
  setAffinityTimeout(timeoutMs: number | undefined): void {
    this.#affinityTimeoutMs = timeoutMs;
    if (timeoutMs === undefined) this.#affinity.clear();
  }

  /** The endpoint for a new connection from `clientIp`, skipping `exclude` (endpoint keys); undefined when none is left. */
  pick(clientIp: string, exclude: ReadonlySet<string> = new Set()): Endpoint | undefined {
    const now = this.#now();
    this.#sweepSometimes(now);
    const sticky = this.#stickyEndpoint(clientIp, now, exclude);
    const chosen = sticky ?? this.#roundRobin(exclude);
    if (chosen && this.#affinityTimeoutMs !== undefined) this.#affinity.set(clientIp, { endpoint: endpointKey(chosen), lastUsedMs: now });
    return chosen;
  }

  #stickyEndpoint(clientIp: string, now: number, exclude: ReadonlySet<string>): Endpoint | undefined {
    if (this.#affinityTimeoutMs === undefined) return undefined;
    const entry = this.#affinity.get(clientIp);
    if (!entry || now - entry.lastUsedMs > this.#affinityTimeoutMs || exclude.has(entry.endpoint)) return undefined;
    return this.#byKey.get(entry.endpoint);
  }

  #roundRobin(exclude: ReadonlySet<string>): Endpoint | undefined {
    const count = this.#endpoints.length;
    for (let step = 0; step < count; step++) {
      const index = (this.#next + step) % count;
      const endpoint = this.#endpoints[index];
      if (exclude.has(endpointKey(endpoint))) continue;
      this.#next = (index + 1) % count;
      return endpoint;
    }
    return undefined;
  }

  #sweepSometimes(now: number): void {
    if (this.#affinityTimeoutMs === undefined || ++this.#picksSinceSweep < SWEEP_EVERY_PICKS) return;
    this.#picksSinceSweep = 0;
    for (const [client, entry] of this.#affinity) {
      if (now - entry.lastUsedMs > this.#affinityTimeoutMs) this.#affinity.delete(client);
    }
  }
}

// What an API client knows of its connection's reconnects: a count, when it last went down or
// came back, and a way to wait for the next time it comes back. One status reader per connection.
import type { NatsConnection } from "@nats-io/transport-node";

export interface ReconnectWait {
  promise: Promise<void>;
  cancel(): void;
}

export class ReconnectTracker {
  reconnects = 0;
  connected = true;
  lastChangeAt = 0;
  private readonly waiters = new Set<() => void>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  disconnected(): void {
    this.connected = false;
    this.lastChangeAt = this.now();
  }

  reconnected(): void {
    this.connected = true;
    this.reconnects++;
    this.lastChangeAt = this.now();
    for (const wake of this.waiters) wake();
  }

  /** The connection is down, or came back within `windowMs`: a missing responder may be its subscriptions still coming back. */
  unsettled(windowMs: number): boolean {
    return !this.connected || (this.lastChangeAt > 0 && this.now() - this.lastChangeAt < windowMs);
  }

  /** Settles at the next reconnect (never, if there is none: cancel it then). */
  nextReconnect(): ReconnectWait {
    let wake = () => {};
    const promise = new Promise<void>((resolve) => {
      wake = () => {
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
    return { promise, cancel: () => this.waiters.delete(wake) };
  }
}

const trackers = new WeakMap<NatsConnection, ReconnectTracker>();

export function reconnectTracker(nc: NatsConnection): ReconnectTracker {
  let tracker = trackers.get(nc);
  if (tracker) return tracker;
  const created = new ReconnectTracker();
  tracker = created;
  trackers.set(nc, created);
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === "disconnect") created.disconnected();
      else if (status.type === "reconnect") created.reconnected();
    }
  })().catch(() => undefined);
  return created;
}

// Replies kept by request id, so that a write the client sends again is answered, not done
// twice. A client that lost its connection while a write was in flight (a nats-server reload,
// a network blip) cannot know whether the API got it; it sends it again with the same
// Troupe-Request-Id, and the API answers that one from here, or waits for the first to finish.
// Kept per identity (the request's subject) for a minute, at most MAX_ENTRIES of them.
import type { ServiceMsg } from "@nats-io/services";

type Replay = (msg: ServiceMsg) => void;

interface Entry {
  /** Settles with the reply once the first request has been answered. */
  reply: Promise<Replay>;
  expiresAt: number;
}

export const REPLAY_TTL_MS = 60_000;
export const MAX_ENTRIES = 10_000;

export class ReplayedReplies {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /**
   * The reply to give a request sent before, or undefined for a first request: then `record`
   * makes the msg's replies (respond, respondError) the answer to every later copy.
   */
  seen(key: string): Promise<Replay> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.reply;
  }

  record(key: string, msg: ServiceMsg): void {
    const { promise, resolve } = Promise.withResolvers<Replay>();
    this.entries.set(key, { reply: promise, expiresAt: this.now() + REPLAY_TTL_MS });
    this.trim();
    const respond = msg.respond.bind(msg);
    const respondError = msg.respondError.bind(msg);
    msg.respond = (...args: Parameters<ServiceMsg["respond"]>) => {
      resolve((target) => target.respond(...args));
      return respond(...args);
    };
    msg.respondError = (...args: Parameters<ServiceMsg["respondError"]>) => {
      resolve((target) => target.respondError(...args));
      return respondError(...args);
    };
  }

  get size(): number {
    return this.entries.size;
  }

  private trim(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && entry.expiresAt > now) break;
      this.entries.delete(key);
    }
  }
}

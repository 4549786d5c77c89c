// Restarts the cluster's nats-server if it dies: same port and store, so every service's
// client reconnects on its own and the state survives.
import { setTimeout as sleep } from "node:timers/promises";
import { Backoff } from "../../runtime/backoff.ts";
import type { NatsServerHandle } from "../../runtime/nats-server.ts";
import { isProcessAlive } from "./home.ts";

export interface NatsWatchdogOptions {
  log: (line: string) => void;
  onRestarted: () => void;
  /** How often to check that the process is alive. */
  intervalMs?: number;
}

/** Starts watching; the returned function stops it. */
export function watchNatsServer(server: NatsServerHandle, options: NatsWatchdogOptions): () => void {
  const stop = new AbortController();
  const backoff = new Backoff({ baseMs: 200, maxMs: 30_000 });
  const interval = options.intervalMs ?? 1000;
  void (async () => {
    while (!stop.signal.aborted) {
      await sleep(interval, undefined, { signal: stop.signal }).catch(() => undefined);
      if (stop.signal.aborted || isProcessAlive(server.pid)) continue;
      const delay = backoff.next();
      options.log(`nats-server (pid ${server.pid}) is gone; restarting in ${delay}ms`);
      await sleep(delay, undefined, { signal: stop.signal }).catch(() => undefined);
      if (stop.signal.aborted) return;
      try {
        await server.restart();
        backoff.reset();
        options.log(`nats-server restarted (pid ${server.pid}) on ${server.url}`);
        options.onRestarted();
      } catch (error) {
        options.log(`nats-server restart failed: ${(error as Error).message}`);
      }
    }
  })();
  return () => stop.abort();
}

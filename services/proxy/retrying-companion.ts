// A companion whose socket may not be available yet (a taken port, port 53 without root): its
// failure to start must not keep the proxy from serving Services, so it is logged and tried again
// with a growing delay until it works or the proxy stops.
import type { Logger } from "../../runtime/log.ts";
import type { ProxyCompanion } from "./companion.ts";

export interface RetryingStart {
  what: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  logger: Logger;
  /** Fields logged with every attempt (address, port). */
  fields: Record<string, unknown>;
}

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 30_000;

export function retryingCompanion(target: RetryingStart): ProxyCompanion {
  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;
  const attempt = async (delayMs: number): Promise<void> => {
    try {
      await target.start();
      target.logger.info(`${target.what} listening`, target.fields);
    } catch (error) {
      if (stopped) return;
      target.logger.warn(`${target.what} cannot listen; retrying`, { ...target.fields, retryInMs: delayMs, error });
      retryTimer = setTimeout(() => void attempt(Math.min(delayMs * 2, LAST_RETRY_MS)), delayMs);
    }
  };
  return {
    start: () => attempt(FIRST_RETRY_MS),
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await target.stop().catch(() => undefined);
    },
  };
}

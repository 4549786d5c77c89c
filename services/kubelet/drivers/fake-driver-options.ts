// Options of the fake driver (hollow nodes).
import { createLogger } from "../../../runtime/log.ts";
import type { Logger } from "../../../runtime/log.ts";

export interface FakeDriverOptions {
  /** Simulated time from start() to running. */
  startDelayMs?: number;
  /** Fake host ports are handed out from this range; nothing listens on them. */
  firstHostPort?: number;
  lastHostPort?: number;
  /** What every container's environment starts from. */
  baseEnv?: Record<string, string>;
  logger?: Logger;
}

export type ResolvedFakeDriverOptions = Required<FakeDriverOptions>;

export function resolveFakeDriverOptions(options: FakeDriverOptions = {}): ResolvedFakeDriverOptions {
  return {
    startDelayMs: options.startDelayMs ?? 0,
    firstHostPort: options.firstHostPort ?? 40000,
    lastHostPort: options.lastHostPort ?? 65535,
    baseEnv: options.baseEnv ?? {},
    logger: options.logger ?? createLogger("fake-driver"),
  };
}

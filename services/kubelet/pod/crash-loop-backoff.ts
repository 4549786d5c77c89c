// Kubernetes' CrashLoopBackOff: a container that keeps exiting waits 10 s, then 20 s, 40 s ...
// up to 5 min before each restart; once it has run for 10 min the delay starts over.

export interface CrashLoopOptions {
  baseMs?: number;
  maxMs?: number;
  /** A run at least this long resets the delay. */
  resetAfterMs?: number;
}

export type ResolvedCrashLoopOptions = Required<CrashLoopOptions>;

export function resolveCrashLoopOptions(options: CrashLoopOptions = {}): ResolvedCrashLoopOptions {
  return { baseMs: 10_000, maxMs: 300_000, resetAfterMs: 600_000, ...options };
}

export interface RestartHistory {
  /** Restarts after short runs since the last reset. */
  consecutiveCrashes: number;
}

/** Delay before the next start of a container that just ran for `ranMs`, and the new history. */
export function nextRestartDelay(history: RestartHistory, ranMs: number, options: ResolvedCrashLoopOptions): { delayMs: number; history: RestartHistory } {
  const crashes = ranMs >= options.resetAfterMs ? 0 : history.consecutiveCrashes;
  const delayMs = crashes === 0 ? 0 : Math.min(options.maxMs, options.baseMs * 2 ** (crashes - 1));
  return { delayMs, history: { consecutiveCrashes: crashes + 1 } };
}

export type RestartPolicy = "Always" | "OnFailure" | "Never";

export function shouldRestart(policy: RestartPolicy, exitCode: number): boolean {
  if (policy === "Always") return true;
  if (policy === "OnFailure") return exitCode !== 0;
  return false;
}

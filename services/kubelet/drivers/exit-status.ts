// How a container's end is reported, the same for every driver.
import { constants } from "node:os";
import type { ContainerExit, ExitReason } from "./types.ts";

export interface ProcessEnd {
  id: string;
  /** Exit status when the process exited, null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  oomKilled: boolean;
  /** The driver was stopping the container when it ended. */
  stopRequested: boolean;
  startedAt: Date;
  finishedAt: Date;
}

export function containerExit(end: ProcessEnd): ContainerExit {
  // 128 + signal number is what shells and Kubernetes show (137 for SIGKILL).
  const exitCode = end.signal ? 128 + (constants.signals[end.signal] ?? 0) : (end.code ?? 0);
  return {
    id: end.id,
    exitCode,
    signal: end.signal,
    reason: exitReason(end, exitCode),
    startedAt: end.startedAt,
    finishedAt: end.finishedAt,
  };
}

function exitReason(end: ProcessEnd, exitCode: number): ExitReason {
  if (end.oomKilled) return "OOMKilled";
  if (end.signal && end.stopRequested) return "Killed";
  return exitCode === 0 ? "Completed" : "Error";
}

// One line of a container's output as read back from the logs stream, and the order lines of
// several pods are shown in: by the time the container wrote them (the kubelet's CRI record time,
// else when the stream stored them), then by stream sequence. Pure.
import type { LogTarget } from "./log-selection.ts";

export interface StoredLogLine {
  target: LogTarget;
  /** RFC3339 time with up to nanoseconds. */
  time: string;
  /** `time` in nanoseconds since the epoch, for ordering. */
  nanos: bigint;
  /** The stream sequence: ties and lines without a time keep the stream's order. */
  seq: number;
  stream: "stdout" | "stderr";
  text: string;
}

const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/;

/** Nanoseconds since the epoch of an RFC3339(Nano) time; undefined when it is not one. */
export function rfc3339Nanos(text: string): bigint | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return undefined;
  return BigInt(seconds) * 1_000_000n + BigInt((match[2] ?? "").padEnd(9, "0"));
}

export function compareLogLines(a: StoredLogLine, b: StoredLogLine): number {
  if (a.nanos !== b.nanos) return a.nanos < b.nanos ? -1 : 1;
  return a.seq - b.seq;
}

/** The lines of several containers, each list already in its own order, as one list by time. */
export function mergeByTime(lists: readonly (readonly StoredLogLine[])[]): StoredLogLine[] {
  return lists.flat().sort(compareLogLines);
}

/** The last `count` lines (all when undefined). */
export function lastLines<T>(lines: readonly T[], count: number | undefined): T[] {
  if (count === undefined) return [...lines];
  return count === 0 ? [] : lines.slice(-count);
}

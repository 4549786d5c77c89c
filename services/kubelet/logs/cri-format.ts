// Kubernetes' CRI container log format, one record per line:
//   2026-11-21T20:00:00.123456789Z stdout F message
// time (RFC3339 with nanoseconds, UTC), stream, tag (F = full line, P = partial: the line goes on
// in the next record of the same stream), content. Keeping the format of /var/log/pods means log
// shippers that read Kubernetes nodes (promtail, fluent-bit's "cri" parser) read Troupe nodes too.

export const LOG_STREAMS = ["stdout", "stderr"] as const;
export type LogStream = (typeof LOG_STREAMS)[number];

export interface CriRecord {
  time: string;
  stream: LogStream;
  /** True for a P record: the line was longer than the writer's record limit and continues. */
  partial: boolean;
  content: string;
}

/**
 * Wall time in RFC3339 with nine fraction digits (Go's RFC3339Nano trims trailing zeros; parsers
 * accept both, and a fixed width sorts as text). A double holding epoch milliseconds resolves
 * about a quarter of a microsecond, so the last three digits are always zero rather than noise.
 */
export function criTimestamp(epochMs: number = performance.timeOrigin + performance.now()): string {
  const wholeMs = Math.floor(epochMs);
  const micros = Math.min(999, Math.round((epochMs - wholeMs) * 1000));
  return `${new Date(wholeMs).toISOString().slice(0, -1)}${String(micros).padStart(3, "0")}000Z`;
}

export function formatCriPrefix(time: string, stream: LogStream, partial: boolean): string {
  return `${time} ${stream} ${partial ? "P" : "F"} `;
}

/** One line of a log file (without its newline); undefined when it is not a CRI record. */
export function parseCriLine(line: string): CriRecord | undefined {
  const timeEnd = line.indexOf(" ");
  const streamEnd = timeEnd < 0 ? -1 : line.indexOf(" ", timeEnd + 1);
  if (streamEnd < 0) return undefined;
  const stream = line.slice(timeEnd + 1, streamEnd);
  if (stream !== "stdout" && stream !== "stderr") return undefined;
  const tagEnd = line.indexOf(" ", streamEnd + 1);
  // Tags are ":"-separated with the P/F tag first; an empty line may lose its trailing space.
  const tags = line.slice(streamEnd + 1, tagEnd < 0 ? line.length : tagEnd).split(":");
  if (tags[0] !== "F" && tags[0] !== "P") return undefined;
  return {
    time: line.slice(0, timeEnd),
    stream,
    partial: tags[0] === "P",
    content: tagEnd < 0 ? "" : line.slice(tagEnd + 1),
  };
}

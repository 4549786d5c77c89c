// How `troupe logs` prints a stored line, as kubectl does: `--timestamps` puts the RFC3339Nano
// time first, `--prefix` the source as `[pod/NAME/CONTAINER] `. Pure.
import type { StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";

export interface LogLineFormat {
  prefix: boolean;
  timestamps: boolean;
}

export function logPrefix(target: Pick<LogTarget, "pod" | "container">): string {
  return `[pod/${target.pod}/${target.container}] `;
}

export function formatLogLine(line: StoredLogLine, format: LogLineFormat): string {
  const text = line.text.endsWith("\n") ? line.text : `${line.text}\n`;
  return `${format.prefix ? logPrefix(line.target) : ""}${format.timestamps ? `${line.time} ` : ""}${text}`;
}

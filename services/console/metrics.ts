// The console's own Prometheus metrics. Labels are bounded: a login's result, a stream's kind.
import { Counter, Gauge, type Registry } from "prom-client";

export const LOGIN_RESULTS = ["ok", "refused", "error"] as const;
export type LoginResultLabel = (typeof LOGIN_RESULTS)[number];
export const STREAM_KINDS = ["cluster", "logs"] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

export interface ConsoleMetrics {
  readonly logins: Counter<"result">;
  readonly openStreams: Gauge<"stream">;
  /** Row changes written to browsers (one per change per open page). */
  readonly rowChangesSent: Counter;
}

export function createConsoleMetrics(registry: Registry): ConsoleMetrics {
  const registers = [registry];
  const logins = new Counter({ name: "troupe_console_logins_total", help: "Console logins by result (refused: bad token or no read access).", labelNames: ["result"], registers });
  const openStreams = new Gauge({ name: "troupe_console_streams", help: "Server-Sent Event streams open to browsers, by kind.", labelNames: ["stream"], registers });
  const rowChangesSent = new Counter({ name: "troupe_console_row_changes_sent_total", help: "Row changes sent to browsers over Server-Sent Events.", registers });
  for (const result of LOGIN_RESULTS) logins.inc({ result }, 0);
  for (const stream of STREAM_KINDS) openStreams.set({ stream }, 0);
  return { logins, openStreams, rowChangesSent };
}

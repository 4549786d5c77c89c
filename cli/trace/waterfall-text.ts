// A trace's waterfall as terminal text: one row per span (its name indented by depth, its
// service and duration) and a bar placed and sized on the trace's time axis, scaled to the width
// of the terminal. Pure: takes the layout of runtime/spans/waterfall.ts.
import type { Waterfall } from "../../runtime/spans/waterfall.ts";

export interface WaterfallTextOptions {
  /** Terminal columns (80 when unknown). */
  width: number;
}

const NAME_MAX = 48;
const SERVICE_MAX = 26;
const MIN_BAR_WIDTH = 10;

export function formatDurationMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 10_000 ? 1 : 2)}s`;
  if (ms >= 10) return `${ms.toFixed(1)}ms`;
  return `${ms.toFixed(2)}ms`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function bar(offsetMs: number, durationMs: number, totalMs: number, width: number): string {
  if (totalMs <= 0) return "█";
  const start = Math.min(width - 1, Math.floor((offsetMs / totalMs) * width));
  const length = Math.max(1, Math.min(width - start, Math.round((durationMs / totalMs) * width)));
  return `${" ".repeat(start)}${"█".repeat(length)}`;
}

export function formatWaterfall(layout: Waterfall, options: WaterfallTextOptions): string {
  const rows = layout.rows.map((row) => ({
    name: clip(`${"  ".repeat(row.depth)}${row.span.name}${row.span.status.code === "error" ? " [error]" : ""}`, NAME_MAX),
    service: clip(row.span.resource["k8s.node.name"] ? `${row.span.service} (${row.span.resource["k8s.node.name"]})` : row.span.service, SERVICE_MAX),
    duration: formatDurationMs(row.durationMs),
    row,
  }));
  const nameWidth = Math.max(4, ...rows.map((row) => row.name.length));
  const serviceWidth = Math.max(7, ...rows.map((row) => row.service.length));
  const durationWidth = Math.max(8, ...rows.map((row) => row.duration.length));
  const fixed = nameWidth + serviceWidth + durationWidth + 6;
  const barWidth = Math.max(MIN_BAR_WIDTH, options.width - fixed - 1);
  const axisEnd = formatDurationMs(layout.durationMs);
  const axis = `0${" ".repeat(Math.max(1, barWidth - 1 - axisEnd.length))}${axisEnd}`;
  const line = (name: string, service: string, duration: string, chart: string) =>
    `${name.padEnd(nameWidth)}  ${service.padEnd(serviceWidth)}  ${duration.padStart(durationWidth)}  ${chart}`.trimEnd();
  const lines = [line("SPAN", "SERVICE", "DURATION", axis)];
  for (const row of rows) lines.push(line(row.name, row.service, row.duration, bar(row.row.offsetMs, row.row.durationMs, layout.durationMs, barWidth)));
  return `${lines.join("\n")}\n`;
}

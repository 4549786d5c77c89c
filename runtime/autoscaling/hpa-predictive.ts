// Predictive scaling's annotations on a HorizontalPodAutoscaler, read in one place by the API's
// admission (which refuses bad values with the annotation's field path) and by the controller:
//   autoscaling.troupe.io/predictive: "true"            opt in ("false" or absent: reactive only)
//   autoscaling.troupe.io/predictive-season: "24h"      the length of the recurring pattern
//   autoscaling.troupe.io/predictive-lead: "60s"        how far ahead to scale (about pod startup)

export const PREDICTIVE_ANNOTATION = "autoscaling.troupe.io/predictive";
export const PREDICTIVE_SEASON_ANNOTATION = "autoscaling.troupe.io/predictive-season";
export const PREDICTIVE_LEAD_ANNOTATION = "autoscaling.troupe.io/predictive-lead";

export const DEFAULT_SEASON_MS = 24 * 3_600_000;
export const DEFAULT_LEAD_MS = 60_000;
export const MIN_SEASON_MS = 10_000;
export const MAX_SEASON_MS = 7 * 24 * 3_600_000;

export interface PredictiveConfig {
  seasonMs: number;
  leadMs: number;
}

export interface PredictiveProblem {
  /** Required: the annotation is missing; invalid: its value is wrong. */
  kind: "required" | "invalid";
  /** The field path, as admission names it: metadata.annotations[autoscaling.troupe.io/...]. */
  field: string;
  value: string;
  detail: string;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go-style duration ("24h", "90s", "1h30m", "1500ms") in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
  if (!/^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const match of text.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g)) total += Number(match[1]) * (UNIT_MS[match[2] ?? ""] ?? 0);
  return total;
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

const field = (annotation: string) => `metadata.annotations[${annotation}]`;

/**
 * The predictive configuration of an HPA's annotations: undefined when it is not opted in, else
 * the season and lead (defaults 24h and 60s), or the problems with them.
 */
export function readPredictiveConfig(annotations: Readonly<Record<string, string>> | null | undefined): { config?: PredictiveConfig; problems: PredictiveProblem[] } {
  const problems: PredictiveProblem[] = [];
  const enabled = annotations?.[PREDICTIVE_ANNOTATION];
  const season = annotations?.[PREDICTIVE_SEASON_ANNOTATION];
  const lead = annotations?.[PREDICTIVE_LEAD_ANNOTATION];
  if (enabled !== undefined && enabled !== "true" && enabled !== "false") {
    problems.push({ kind: "invalid", field: field(PREDICTIVE_ANNOTATION), value: enabled, detail: `must be "true" or "false"` });
  }
  const seasonMs = season === undefined ? DEFAULT_SEASON_MS : parseDuration(season);
  if (season !== undefined) {
    if (seasonMs === undefined) problems.push({ kind: "invalid", field: field(PREDICTIVE_SEASON_ANNOTATION), value: season, detail: "must be a duration such as 24h, 1h30m or 90s" });
    else if (seasonMs < MIN_SEASON_MS || seasonMs > MAX_SEASON_MS) problems.push({ kind: "invalid", field: field(PREDICTIVE_SEASON_ANNOTATION), value: season, detail: `must be between ${formatDuration(MIN_SEASON_MS)} and ${formatDuration(MAX_SEASON_MS)}` });
  }
  const leadMs = lead === undefined ? DEFAULT_LEAD_MS : parseDuration(lead);
  if (lead !== undefined) {
    if (leadMs === undefined) problems.push({ kind: "invalid", field: field(PREDICTIVE_LEAD_ANNOTATION), value: lead, detail: "must be a duration such as 60s, 2m or 500ms" });
    else if (seasonMs !== undefined && leadMs >= seasonMs) problems.push({ kind: "invalid", field: field(PREDICTIVE_LEAD_ANNOTATION), value: lead, detail: `must be shorter than the season (${formatDuration(seasonMs)})` });
  }
  if (enabled !== "true" && enabled !== undefined && problems.length === 0) return { problems };
  if (enabled === undefined && (season !== undefined || lead !== undefined)) {
    problems.push({ kind: "required", field: field(PREDICTIVE_ANNOTATION), value: "", detail: `${PREDICTIVE_SEASON_ANNOTATION} and ${PREDICTIVE_LEAD_ANNOTATION} need ${PREDICTIVE_ANNOTATION}: "true" (or "false" to keep them while off)` });
  }
  if (problems.length > 0 || enabled !== "true" || seasonMs === undefined || leadMs === undefined) return { problems };
  return { config: { seasonMs, leadMs }, problems };
}

// How long and how much container output the cluster keeps: one age and one size for the
// TROUPE_LOGS stream, the same age for the pod records beside it (so a deleted pod's record goes
// when its last lines do). Read from TROUPE_LOGS_MAX_AGE / TROUPE_LOGS_MAX_BYTES, which
// `troupe up --logs-max-age/--logs-max-bytes` sets for the kubelets.
import { parseQuantity, QuantityParseError } from "../quantity.ts";

export interface LogsRetentionOptions {
  maxAgeMs?: number;
  maxBytes?: number;
}

export interface LogsRetention {
  maxAgeMs: number;
  maxBytes: number;
}

export const DEFAULT_LOGS_MAX_AGE_MS = 24 * 3_600_000;
export const DEFAULT_LOGS_MAX_BYTES = 1024 ** 3;
/** JetStream keeps at least one message block; below this a stream would hold almost nothing. */
const MIN_LOGS_MAX_BYTES = 64 * 1024;
const MIN_LOGS_MAX_AGE_MS = 1000;

export class LogsRetentionError extends Error {
  override name = "LogsRetentionError";
  readonly code = "INVALID_LOGS_RETENTION";
  /** The setting at fault: the variable or flag name the caller passed. */
  readonly setting: string;
  constructor(setting: string, message: string) {
    super(`${setting}: ${message}`);
    this.setting = setting;
  }
}

/** JetStream refuses a duplicates window longer than the age: at most its default two minutes. */
export function duplicateWindowMs(maxAgeMs: number): number {
  return Math.min(maxAgeMs, 120_000);
}

export function resolveLogsRetention(options: LogsRetentionOptions = {}): LogsRetention {
  return { maxAgeMs: options.maxAgeMs ?? DEFAULT_LOGS_MAX_AGE_MS, maxBytes: options.maxBytes ?? DEFAULT_LOGS_MAX_BYTES };
}

const AGE_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const AGE_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;

/** "90m", "24h", "7d", "1h30m" in milliseconds; `setting` names the variable or flag in the error. */
export function parseLogsMaxAge(text: string, setting: string): number {
  const value = text.trim();
  let total = 0;
  let end = 0;
  AGE_PART.lastIndex = 0;
  for (let match = AGE_PART.exec(value); match; match = AGE_PART.exec(value)) {
    total += Number(match[1]) * AGE_UNITS_MS[match[2]];
    end = AGE_PART.lastIndex;
  }
  if (value === "" || end !== value.length) throw new LogsRetentionError(setting, `invalid age "${text}": use units like 30m, 24h, 7d (ms, s, m, h, d)`);
  if (total < MIN_LOGS_MAX_AGE_MS) throw new LogsRetentionError(setting, `age "${text}" is too short: at least 1s`);
  return Math.round(total);
}

/** "512Mi", "1Gi", "100000000" in bytes; `setting` names the variable or flag in the error. */
export function parseLogsMaxBytes(text: string, setting: string): number {
  let bytes: number;
  try {
    bytes = parseQuantity(text.trim());
  } catch (error) {
    if (!(error instanceof QuantityParseError)) throw error;
    throw new LogsRetentionError(setting, `invalid size "${text}": use bytes or a quantity like 512Mi, 1Gi, 2G`);
  }
  if (!Number.isSafeInteger(Math.floor(bytes)) || bytes < MIN_LOGS_MAX_BYTES) throw new LogsRetentionError(setting, `size "${text}" is too small: at least 64Ki`);
  return Math.floor(bytes);
}

/** The retention the environment asks for (TROUPE_LOGS_MAX_AGE, TROUPE_LOGS_MAX_BYTES), defaults for what is unset. */
export function logsRetentionFromEnv(env: Record<string, string | undefined>): LogsRetention {
  return resolveLogsRetention({
    ...(env.TROUPE_LOGS_MAX_AGE ? { maxAgeMs: parseLogsMaxAge(env.TROUPE_LOGS_MAX_AGE, "TROUPE_LOGS_MAX_AGE") } : {}),
    ...(env.TROUPE_LOGS_MAX_BYTES ? { maxBytes: parseLogsMaxBytes(env.TROUPE_LOGS_MAX_BYTES, "TROUPE_LOGS_MAX_BYTES") } : {}),
  });
}

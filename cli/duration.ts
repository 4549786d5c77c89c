// Durations as kubectl flags take them: Go syntax ("1m30s", "500ms", "2h") or a bare number
// of seconds ("30").
import { UsageError } from "./errors.ts";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;

/** Milliseconds in `text`; throws a UsageError naming `flag` when it is not a duration. */
export function parseDuration(text: string, flag: string): number {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  let total = 0;
  let end = 0;
  PART.lastIndex = 0;
  for (let match = PART.exec(value); match; match = PART.exec(value)) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    end = PART.lastIndex;
  }
  if (value === "" || end !== value.length) {
    throw new UsageError(`invalid duration "${text}" for --${flag}: use a number of seconds or units like 500ms, 30s, 2m, 1h`);
  }
  return Math.round(total);
}

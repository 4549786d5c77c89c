// Checks of flag values shared by several commands; a bad value is a UsageError naming the
// flag and the values it accepts.
import { UsageError } from "./errors.ts";

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value "${value}" for --${flag}: use one of ${allowed.join(", ")}`);
}

/** --dry-run: only the server can dry-run here, since only it validates and defaults. */
export function parseDryRun(value: string | undefined): boolean {
  return oneOf("dry-run", value, ["none", "server"], "none") === "server";
}

export function parseBoolean(flag: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return oneOf(flag, value, ["true", "false"], "true") === "true";
}

export function parseNonNegativeInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`invalid value "${value}" for --${flag}: use a whole number >= 0`);
  return Number(value);
}

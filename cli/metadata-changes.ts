// `troupe label` / `troupe annotate` arguments and what they do to a map of labels or annotations,
// as kubectl: "key=value" sets, "key-" removes, and changing an existing value needs --overwrite.
import { UsageError } from "./errors.ts";

export interface MetadataChanges {
  set: Record<string, string>;
  remove: string[];
}

/** Splits the arguments into the resource words before the first change and the changes. */
export function splitChangeArguments(args: readonly string[]): { resources: string[]; changes: string[] } {
  const first = args.findIndex((arg) => arg.includes("=") || (arg.endsWith("-") && arg.length > 1));
  return first === -1 ? { resources: [...args], changes: [] } : { resources: args.slice(0, first), changes: args.slice(first) };
}

export function parseChanges(changes: readonly string[]): MetadataChanges {
  const parsed: MetadataChanges = { set: {}, remove: [] };
  for (const change of changes) {
    const equals = change.indexOf("=");
    if (equals > 0) parsed.set[change.slice(0, equals)] = change.slice(equals + 1);
    else if (equals === -1 && change.endsWith("-") && change.length > 1) parsed.remove.push(change.slice(0, -1));
    else throw new UsageError(`invalid argument "${change}": use key=value to set or key- to remove`);
  }
  for (const key of parsed.remove) {
    if (key in parsed.set) throw new UsageError(`can not both modify and remove the key "${key}" in the same command`);
  }
  return parsed;
}

export class OverwriteRefusedError extends Error {
  override name = "OverwriteRefusedError";
  readonly code = "OVERWRITE_REFUSED";
}

/**
 * The map after `changes`, and a merge patch (null removes) of what differs; undefined patch
 * when nothing changes. Throws OverwriteRefusedError for a changed value without `overwrite`.
 */
export function applyChanges(current: Record<string, string> | undefined, changes: MetadataChanges, overwrite: boolean): { result: Record<string, string>; patch: Record<string, string | null> | undefined; missing: string[] } {
  const result = { ...current };
  const patch: Record<string, string | null> = {};
  const missing: string[] = [];
  for (const [key, value] of Object.entries(changes.set)) {
    if (key in result && result[key] !== value && !overwrite) throw new OverwriteRefusedError(`'${key}' already has a value (${result[key]}), and --overwrite is false`);
    if (result[key] !== value) patch[key] = value;
    result[key] = value;
  }
  for (const key of changes.remove) {
    if (!(key in result)) {
      missing.push(key);
      continue;
    }
    delete result[key];
    patch[key] = null;
  }
  return { result, patch: Object.keys(patch).length > 0 ? patch : undefined, missing };
}

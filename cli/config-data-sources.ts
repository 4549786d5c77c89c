// The data of `troupe create configmap|secret`: --from-literal=KEY=VALUE, --from-file=[KEY=]PATH
// (a directory: each regular file in it, named by its file name) and --from-env-file=PATH, read
// as kubectl reads them. Errors name the flag and the value at fault.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { UsageError } from "./errors.ts";

export interface DataSources {
  literals: readonly string[];
  files: readonly string[];
  envFiles: readonly string[];
}

export type DataEntries = Map<string, Buffer>;

function add(entries: DataEntries, key: string, value: Buffer, flag: string): void {
  if (!key) throw new UsageError(`--${flag}: the key must not be empty`);
  if (entries.has(key)) throw new UsageError(`--${flag}: cannot add key "${key}", another key by that name already exists`);
  entries.set(key, value);
}

async function addFile(entries: DataEntries, source: string): Promise<void> {
  const separator = source.indexOf("=");
  const key = separator < 0 ? undefined : source.slice(0, separator);
  const path = separator < 0 ? source : source.slice(separator + 1);
  if (key === "" || !path) throw new UsageError(`--from-file "${source}": expected [KEY=]PATH`);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--from-file "${source}": ${error.code === "ENOENT" ? "no such file or directory" : error.message}`);
  });
  if (!info.isDirectory()) return add(entries, key ?? basename(path), await readFile(path), "from-file");
  if (key !== undefined) throw new UsageError(`--from-file "${source}": cannot give a key for a directory`);
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile()) add(entries, entry.name, await readFile(join(path, entry.name)), "from-file");
  }
}

async function addEnvFile(entries: DataEntries, path: string, env: Record<string, string | undefined>): Promise<void> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`--from-env-file "${path}": ${error.code === "ENOENT" ? "no such file or directory" : error.message}`);
  });
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimStart();
    if (!line || line.startsWith("#")) continue;
    const separator = line.indexOf("=");
    const key = separator < 0 ? line.trimEnd() : line.slice(0, separator);
    if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) {
      throw new UsageError(`--from-env-file "${path}" line ${index + 1}: "${key}" is not a valid variable name (letters, digits, '_', '-' or '.', not starting with a digit)`);
    }
    // A name alone takes its value from this environment, as kubectl does.
    const value = separator < 0 ? env[key] : line.slice(separator + 1);
    if (value !== undefined) add(entries, key, Buffer.from(value), "from-env-file");
  }
}

/** The key/value pairs the flags name, in order. */
export async function readDataSources(sources: DataSources, env: Record<string, string | undefined>): Promise<DataEntries> {
  if (sources.envFiles.length > 0 && (sources.files.length > 0 || sources.literals.length > 0)) {
    throw new UsageError("--from-env-file cannot be combined with --from-file or --from-literal");
  }
  const entries: DataEntries = new Map();
  for (const literal of sources.literals) {
    const separator = literal.indexOf("=");
    if (separator <= 0) throw new UsageError(`--from-literal "${literal}": expected KEY=VALUE`);
    add(entries, literal.slice(0, separator), Buffer.from(literal.slice(separator + 1)), "from-literal");
  }
  for (const file of sources.files) await addFile(entries, file);
  for (const envFile of sources.envFiles) await addEnvFile(entries, envFile, env);
  return entries;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** ConfigMap fields: UTF-8 values in data, anything else base64 in binaryData, as kubectl does. */
export function configMapData(entries: DataEntries): { data: Record<string, string>; binaryData: Record<string, string> } {
  const data: Record<string, string> = {};
  const binaryData: Record<string, string> = {};
  for (const [key, value] of entries) {
    try {
      data[key] = utf8.decode(value);
    } catch {
      binaryData[key] = value.toString("base64");
    }
  }
  return { data, binaryData };
}

/** Secret data: every value base64, as the API's JSON form carries bytes. */
export function secretData(entries: DataEntries): Record<string, string> {
  return Object.fromEntries([...entries].map(([key, value]) => [key, value.toString("base64")]));
}

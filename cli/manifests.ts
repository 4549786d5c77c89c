// Reads manifests the way kubectl -f does: files, directories (their .yaml/.yml/.json files,
// sorted; sub-directories only when recursive) or stdin ("-"); several YAML documents per
// file, JSON objects and `kind: List` wrappers. Parsing follows YAML 1.1 like Kubernetes'
// own reader, so `defaultMode: 0644` is octal and `on`/`yes` are booleans.
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import { LineCounter, parseAllDocuments, type Tags } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { ManifestError } from "./errors.ts";

export interface Manifest {
  object: KubeObject;
  /** File the object came from ("STDIN" for -), as printed in messages. */
  file: string;
  /** 1-based line where its document starts. */
  line: number;
}

export interface LoadManifestsOptions {
  recursive: boolean;
  readStdin: () => Promise<string>;
}

export const STDIN_NAME = "STDIN";
const MANIFEST_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

export async function loadManifests(paths: readonly string[], options: LoadManifestsOptions): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  for (const path of paths) {
    if (path === "-") {
      manifests.push(...parseManifests(await options.readStdin(), STDIN_NAME));
      continue;
    }
    for (const file of await manifestFiles(path, options.recursive)) {
      manifests.push(...parseManifests(await readFile(file, "utf8"), file));
    }
  }
  return manifests;
}

/** `path` itself when it is a file; else its manifest files in name order. */
export async function manifestFiles(path: string, recursive: boolean): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ManifestError(path, "no such file or directory");
    throw error;
  }
  if (!info.isDirectory()) return [path];
  const files: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      if (recursive) files.push(...(await manifestFiles(child, true)));
    } else if (MANIFEST_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      files.push(child);
    }
  }
  return files;
}

// YAML 1.1 would turn `2024-01-01` into a Date; Kubernetes keeps such values as strings.
const withoutTimestamps = (tags: Tags) => tags.filter((tag) => typeof tag !== "object" || tag.tag !== "tag:yaml.org,2002:timestamp");

/** The objects in one file's text; `file` names it in errors. JSON is parsed as the YAML it is. */
export function parseManifests(text: string, file: string): Manifest[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { version: "1.1", customTags: withoutTimestamps, lineCounter });
  const manifests: Manifest[] = [];
  for (const document of documents) {
    const [error] = document.errors;
    if (error) {
      const position = error.linePos?.[0];
      const where = position ? `${file}:${position.line}:${position.col}` : file;
      throw new ManifestError(where, describeYamlError(error.message));
    }
    const value: unknown = document.toJS();
    // An empty document, as left by a leading or trailing "---", holds nothing to apply.
    if (value === null || value === undefined) continue;
    const line = lineCounter.linePos(document.contents?.range[0] ?? document.range[0]).line;
    for (const object of expandLists(value, `${file}:${line}`)) manifests.push({ object, file, line });
  }
  return manifests;
}

function expandLists(value: unknown, where: string): KubeObject[] {
  const object = asKubeObject(value, where);
  if (!object.kind.endsWith("List") || !Array.isArray(object.items)) return [object];
  return object.items.flatMap((item: unknown, index: number) => expandLists(item, `${where} items[${index}]`));
}

function asKubeObject(value: unknown, where: string): KubeObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const got = Array.isArray(value) ? "a list" : `a ${typeof value}`;
    throw new ManifestError(where, `expected a Kubernetes object (a mapping with apiVersion and kind), got ${got}`);
  }
  const record = value as Record<string, unknown>;
  const missing = ["apiVersion", "kind"].filter((key) => typeof record[key] !== "string" || record[key] === "");
  if (missing.length > 0) throw new ManifestError(where, `object has no ${missing.map((key) => `"${key}"`).join(" and ")}`);
  return record as KubeObject;
}

/** yaml's message says "... at line 3, column 5:" then shows the line; keep both, drop the echo. */
function describeYamlError(message: string): string {
  const [first, ...excerpt] = message.split("\n");
  const reason = first.replace(/ at line \d+, column \d+:?$/, "");
  const context = excerpt.filter((line) => line.trim() !== "");
  return context.length > 0 ? `${reason}\n${context.join("\n")}` : reason;
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

// The fields of an object as server-side apply counts them (structured-merge-diff's field sets):
// a path of elements `f:<field>`, `k:{"name":"web"}` (an entry of a list keyed by listMapKeys),
// `v:<json>` (an item of a set). Leaves are scalars, atomic lists and atomic structs; entries of
// keyed lists and sets are members themselves. A path is held as the JSON of its elements.
import { childNode, messageNode, type SchemaNode } from "./schema-node.ts";
import { isJsonObject, type Json, type JsonObject } from "./json-value.ts";

export type PathKey = string;

// Kubernetes defaults these list keys, so an entry that leaves them out has the default.
const KEY_DEFAULTS: Record<string, Json> = { protocol: "TCP" };

export function pathKey(elements: readonly string[]): PathKey {
  return JSON.stringify(elements);
}

export function pathElements(key: PathKey): string[] {
  return JSON.parse(key) as string[];
}

/** The `k:` element of a keyed list entry: its key fields, sorted by name as Kubernetes writes them. */
export function entryElement(item: JsonObject, keys: readonly string[]): string {
  const fields = [...keys].sort().map((key) => [key, item[key] ?? KEY_DEFAULTS[key] ?? null] as const);
  return `k:${JSON.stringify(Object.fromEntries(fields))}`;
}

export interface FieldWalkOptions {
  /** Update operations also own the maps they create (`.` of f:labels), as Kubernetes records. */
  mapMembers?: boolean;
}

/** Every path of `object` (of message `typeName`) with its value; entries map to `true`. */
export function fieldValues(object: JsonObject, typeName: string, options: FieldWalkOptions = {}): Map<PathKey, Json> {
  const out = new Map<PathKey, Json>();
  walk(object, messageNode(typeName), [], out, options);
  return out;
}

function walk(value: Json, node: SchemaNode | undefined, path: string[], out: Map<PathKey, Json>, options: FieldWalkOptions): void {
  if (!node || node.kind === "leaf" || (node.kind === "struct" && node.atomic) || value === null) {
    out.set(pathKey(path), value);
    return;
  }
  if (node.kind === "list") {
    if (!Array.isArray(value) || node.meta.listType === "atomic") {
      out.set(pathKey(path), value);
      return;
    }
    for (const item of value) {
      if (node.meta.listType === "set" || !isJsonObject(item)) {
        out.set(pathKey([...path, `v:${JSON.stringify(item)}`]), true);
        continue;
      }
      const entryPath = [...path, entryElement(item, node.meta.listMapKeys ?? [])];
      out.set(pathKey(entryPath), true);
      walk(item, node.item, entryPath, out, options);
    }
    return;
  }
  if (!isJsonObject(value)) {
    out.set(pathKey(path), value);
    return;
  }
  if (node.kind === "map" && options.mapMembers) out.set(pathKey(path), true);
  for (const [key, child] of Object.entries(value)) walk(child, childNode(node, key), [...path, `f:${key}`], out, options);
}

/** `.spec.template.spec.containers[name="web"].image`, as Kubernetes prints a field path. */
export function describePath(key: PathKey): string {
  let out = "";
  for (const element of pathElements(key)) {
    const rest = element.slice(2);
    if (element.startsWith("f:")) out += `.${rest}`;
    else if (element.startsWith("k:")) {
      const fields = JSON.parse(rest) as Record<string, Json>;
      out += `[${Object.entries(fields).map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(",")}]`;
    } else if (element.startsWith("v:")) out += `[=${rest}]`;
    else out += `[${rest}]`;
  }
  return out;
}

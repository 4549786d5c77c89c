// FieldsV1, the JSON form of a field set in metadata.managedFields, to and from a set of paths:
// `{"f:spec":{"f:replicas":{}}}` holds the path [f:spec, f:replicas]; `".": {}` marks a node that
// is itself a member and has children too.
import { pathElements, pathKey, type PathKey } from "./field-paths.ts";
import { isJsonObject, type JsonObject } from "./json-value.ts";

export type FieldSet = Set<PathKey>;

export function fieldSetFromFieldsV1(fields: unknown): FieldSet {
  const out: FieldSet = new Set();
  const visit = (node: unknown, path: string[]) => {
    if (!isJsonObject(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 0 && path.length > 0) out.add(pathKey(path));
    for (const key of keys) {
      if (key === ".") out.add(pathKey(path));
      else visit(node[key], [...path, key]);
    }
  };
  visit(fields, []);
  return out;
}

export function fieldsV1FromFieldSet(set: FieldSet): JsonObject {
  const root: JsonObject = {};
  const sorted = [...set].map(pathElements).sort((a, b) => a.length - b.length);
  for (const elements of sorted) {
    let node = root;
    for (const element of elements) {
      const next = node[element];
      if (isJsonObject(next)) node = next;
      else node = node[element] = {};
    }
  }
  // A member with children says so with ".", which FieldsV1 keeps apart from its children.
  for (const elements of sorted) {
    let node: JsonObject = root;
    for (const element of elements) node = node[element] as JsonObject;
    if (Object.keys(node).length > 0 && !("." in node)) node["."] = {};
  }
  return sortKeys(root);
}

function sortKeys(node: JsonObject): JsonObject {
  return Object.fromEntries(Object.keys(node).sort().map((key) => [key, sortKeys(node[key] as JsonObject)]));
}

export function union(a: FieldSet, b: FieldSet): FieldSet {
  return new Set([...a, ...b]);
}

export function difference(a: FieldSet, b: FieldSet): FieldSet {
  return new Set([...a].filter((path) => !b.has(path)));
}

export function intersection(a: FieldSet, b: FieldSet): FieldSet {
  return new Set([...a].filter((path) => b.has(path)));
}

// Strategic merge patch as Kubernetes applies it (k8s.io/apimachinery/pkg/util/strategicpatch):
// a merge patch in which lists with a merge strategy merge entry by entry (by their merge key,
// from runtime/codec/patch-metadata.ts), plus the directives $patch (replace | delete | merge,
// on maps and list entries), $retainKeys, $deleteFromPrimitiveList/<list> and
// $setElementOrder/<list>. This is what kubectl apply (client side), label, annotate, edit and
// rollout undo send.
import { childNode, messageNode, type SchemaNode } from "./schema-node.ts";
import { isJsonObject, jsonEqual, type Json, type JsonObject } from "./json-value.ts";
import { MalformedPatchError, UnappliablePatchError } from "./patch-error.ts";

const PATCH = "$patch";
const RETAIN_KEYS = "$retainKeys";
const DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";
const SET_ELEMENT_ORDER = "$setElementOrder/";

/** Applies a strategic merge patch to `document`, an object of the message type `typeName`. */
export function applyStrategicMergePatch(document: JsonObject, patch: unknown, typeName: string): JsonObject {
  if (!isJsonObject(patch)) throw new MalformedPatchError("a strategic merge patch must be a JSON object");
  return mergeMap(structuredClone(document), patch, messageNode(typeName), "");
}

function where(path: string): string {
  return path || "<root>";
}

function mergeMap(original: JsonObject, patch: JsonObject, node: SchemaNode | undefined, path: string): JsonObject {
  let result = original;
  const directive = patch[PATCH];
  if (directive !== undefined) {
    if (directive === "replace") return mergeMap({}, withoutKey(patch, PATCH), node, path);
    if (directive === "delete") return {};
    if (directive !== "merge") throw new MalformedPatchError(`${where(path)}: unknown patch type "${String(directive)}" in $patch (replace, delete or merge)`);
  }
  const retainKeys = patch[RETAIN_KEYS];
  if (retainKeys !== undefined) {
    if (!Array.isArray(retainKeys) || !retainKeys.every((key) => typeof key === "string")) {
      throw new MalformedPatchError(`${where(path)}: $retainKeys must be a list of field names`);
    }
    result = Object.fromEntries(Object.entries(result).filter(([key]) => retainKeys.includes(key)));
  }
  for (const [key, value] of Object.entries(patch)) {
    if (!key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) continue;
    const field = key.slice(DELETE_FROM_PRIMITIVE_LIST.length);
    if (!Array.isArray(value)) throw new MalformedPatchError(`${where(path)}: ${key} must be a list`);
    const current = result[field];
    if (Array.isArray(current)) result[field] = current.filter((item) => !value.some((gone) => jsonEqual(gone, item)));
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === PATCH || key === RETAIN_KEYS || key.startsWith(DELETE_FROM_PRIMITIVE_LIST) || key.startsWith(SET_ELEMENT_ORDER)) continue;
    if (key.startsWith("$")) throw new MalformedPatchError(`${where(path)}: unknown directive "${key}"`);
    const fieldPath = path ? `${path}.${key}` : key;
    if (value === null) {
      delete result[key];
      continue;
    }
    const order = patch[`${SET_ELEMENT_ORDER}${key}`];
    result[key] = mergeValue(result[key], value, childNode(node, key), fieldPath, order);
  }
  // A $setElementOrder without a patch of its list still reorders it.
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const field = key.slice(SET_ELEMENT_ORDER.length);
    if (field in patch) continue;
    const current = result[field];
    const child = childNode(node, field);
    if (Array.isArray(current) && child?.kind === "list") result[field] = reorder(current, order, child.meta.patchMergeKey, path ? `${path}.${field}` : field);
  }
  return result;
}

function withoutKey(object: JsonObject, key: string): JsonObject {
  const { [key]: _dropped, ...rest } = object;
  return rest;
}

function mergeValue(original: Json | undefined, patch: Json, node: SchemaNode | undefined, path: string, order: Json | undefined): Json {
  if (isJsonObject(patch)) {
    if (node?.kind === "leaf") return structuredClone(patch);
    return mergeMap(isJsonObject(original) ? original : {}, patch, node, path);
  }
  if (Array.isArray(patch) && node?.kind === "list" && node.meta.patchStrategy) {
    const merged = mergeList(Array.isArray(original) ? original : [], patch, node, path);
    return order === undefined ? merged : reorder(merged, order, node.meta.patchMergeKey, path);
  }
  // Atomic lists, scalars and values the schema does not know are replaced; for a list the
  // directives inside its entries still have to go.
  if (Array.isArray(patch) && node?.kind === "list") {
    return patch.filter((item) => !(isJsonObject(item) && item[PATCH] !== undefined)).map((item) => isJsonObject(item) && node.item.kind !== "leaf" ? mergeMap({}, item, node.item, path) : item);
  }
  return structuredClone(patch);
}

function keyOf(item: Json, mergeKey: string, path: string): Json {
  if (!isJsonObject(item) || item[mergeKey] === undefined) throw new UnappliablePatchError(`${path}: a list entry has no merge key "${mergeKey}"`);
  return item[mergeKey];
}

function mergeList(original: Json[], patch: Json[], node: Extract<SchemaNode, { kind: "list" }>, path: string): Json[] {
  const mergeKey = node.meta.patchMergeKey;
  if (!mergeKey) {
    // A set of scalars: the union, in original order, then the patch's new values.
    const out = [...original];
    for (const item of patch) if (!out.some((existing) => jsonEqual(existing, item))) out.push(item);
    return out;
  }
  if (patch.some((item) => isJsonObject(item) && item[PATCH] === "replace")) {
    return patch.filter((item) => !(isJsonObject(item) && item[PATCH] === "replace")).map((item) => mergeMap({}, item as JsonObject, node.item, path));
  }
  let out = [...original];
  for (const item of patch) {
    if (!isJsonObject(item)) throw new UnappliablePatchError(`${path}: expected a list of objects merged by "${mergeKey}", got ${JSON.stringify(item)}`);
    const key = keyOf(item, mergeKey, path);
    const index = out.findIndex((existing) => isJsonObject(existing) && jsonEqual(existing[mergeKey], key));
    const directive = item[PATCH];
    if (directive === "delete") {
      out = out.filter((existing) => !(isJsonObject(existing) && jsonEqual(existing[mergeKey], key)));
      continue;
    }
    if (directive !== undefined && directive !== "merge") throw new MalformedPatchError(`${path}: unknown patch type "${String(directive)}" in $patch (replace, delete or merge)`);
    const entryPath = `${path}[${mergeKey}=${JSON.stringify(key)}]`;
    if (index === -1) out.push(mergeMap({}, item, node.item, entryPath));
    else out[index] = mergeMap(out[index] as JsonObject, item, node.item, entryPath);
  }
  return out;
}

/**
 * $setElementOrder: the listed entries come in the listed order; entries only the server has
 * keep their place relative to them, as Kubernetes' normalizeElementOrder does.
 */
function reorder(list: Json[], order: Json | undefined, mergeKey: string | undefined, path: string): Json[] {
  if (!Array.isArray(order)) throw new MalformedPatchError(`${path}: $setElementOrder must be a list`);
  const identity = (item: Json): Json => (mergeKey && isJsonObject(item) ? item[mergeKey] : item);
  const wanted = order.map((entry) => (mergeKey && isJsonObject(entry) ? entry[mergeKey] : entry));
  const rank = (item: Json) => wanted.findIndex((key) => jsonEqual(key, identity(item)));
  const ordered = list.filter((item) => rank(item) !== -1).sort((a, b) => rank(a) - rank(b));
  const serverOnly = list.filter((item) => rank(item) === -1);
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < ordered.length || j < serverOnly.length) {
    if (j >= serverOnly.length) out.push(ordered[i++]);
    else if (i >= ordered.length) out.push(serverOnly[j++]);
    else if (list.indexOf(serverOnly[j]) < list.indexOf(ordered[i])) out.push(serverOnly[j++]);
    else out.push(ordered[i++]);
  }
  return out;
}

// Server-side apply (structured-merge-diff's Updater.Apply): the manager's configuration is
// merged into the live object; a field another manager owns whose value would change is a
// conflict (unless forced, which moves ownership); fields the manager applied last time and
// omits now are removed unless another manager owns them too; the manager then owns exactly
// the fields of its configuration.
import { entryElement, pathElements } from "./field-paths.ts";
import { difference, intersection, type FieldSet } from "./field-set.ts";
import { isJsonObject, jsonEqual, type Json, type JsonObject } from "./json-value.ts";
import { compareValues, decodeManagedFields, encodeManagedFields, ownableValues, sameManager, type Manager, type Writer } from "./managed-fields.ts";
import { ApplyConflictError, type FieldConflict } from "./apply-conflict-error.ts";
import { childNode, messageNode, type SchemaNode } from "./schema-node.ts";

export interface ApplyInput {
  /** The stored object in JSON form (with its metadata.managedFields), absent when creating. */
  live: JsonObject | undefined;
  /** The manager's configuration, in JSON form. */
  config: JsonObject;
  typeName: string;
  hasStatus: boolean;
  writer: Writer;
  force: boolean;
}

/** The object to write, its metadata.managedFields set; throws ApplyConflictError. */
export function serverSideApply(input: ApplyInput): JsonObject {
  const { writer } = input;
  const live = input.live ?? {};
  const node = messageNode(input.typeName);
  let managers = decodeManagedFields((live.metadata as JsonObject | undefined)?.managedFields);
  const applied = new Set(ownableValues(input.config, input.typeName, writer.subresource, input.hasStatus, false).keys());
  const merged = mergeConfig(live, input.config, node) as JsonObject;

  const compare = compareValues(
    ownableValues(live, input.typeName, writer.subresource, input.hasStatus, false),
    ownableValues(merged, input.typeName, writer.subresource, input.hasStatus, false),
  );
  const changed = new Set([...compare.added, ...compare.modified]);
  const conflicts: FieldConflict[] = [];
  for (const m of managers) {
    if (sameManager(m, writer, "Apply")) continue;
    for (const path of intersection(m.fields, changed)) conflicts.push({ manager: m, path });
  }
  if (conflicts.length > 0 && !input.force) throw new ApplyConflictError(conflicts);
  if (conflicts.length > 0) managers = managers.map((m) => ({ ...m, fields: difference(m.fields, changed) }));

  const own = managers.find((m) => sameManager(m, writer, "Apply"));
  let disowned = difference(own?.fields ?? new Set(), applied);
  for (const m of managers) if (m !== own) disowned = difference(disowned, m.fields);
  // Shallowest first: an entry is found by its key fields, which go with it (its deeper paths
  // then find nothing to remove).
  for (const path of [...disowned].sort((a, b) => pathElements(a).length - pathElements(b).length)) removePath(merged, pathElements(path), node);

  const setChanged = !own || !sameSet(own.fields, applied);
  const entry: Manager = {
    manager: writer.manager, operation: "Apply", apiVersion: writer.apiVersion, subresource: writer.subresource, fields: applied,
    time: setChanged || changed.size > 0 || disowned.size > 0 ? writer.time : (own?.time ?? writer.time),
  };
  managers = own ? managers.map((m) => (m === own ? entry : m)) : [...managers, entry];
  const metadata = isJsonObject(merged.metadata) ? merged.metadata : (merged.metadata = {});
  metadata.managedFields = encodeManagedFields(managers) as unknown as Json;
  return merged;
}

function sameSet(a: FieldSet, b: FieldSet): boolean {
  return a.size === b.size && [...a].every((path) => b.has(path));
}

/** The configuration merged over the live value: the configuration wins wherever it speaks. */
export function mergeConfig(live: Json | undefined, config: Json, node: SchemaNode | undefined): Json {
  if (!node || node.kind === "leaf" || (node.kind === "struct" && node.atomic)) return structuredClone(config);
  if (node.kind === "list") {
    if (!Array.isArray(config) || !Array.isArray(live) || node.meta.listType === "atomic") return structuredClone(config);
    const keys = node.meta.listMapKeys ?? [];
    const identity = (item: Json) => (node.meta.listType === "map" && isJsonObject(item) ? entryElement(item, keys) : JSON.stringify(item));
    const configIds = config.map(identity);
    const liveById = new Map(live.map((item) => [identity(item), item] as const));
    // Ordered as structured-merge-diff orders a merged list: the configuration's entries in its
    // order, entries only the live object has where they were among them.
    const shared = configIds.filter((id) => liveById.has(id));
    const taken = new Set<string>();
    const out: Json[] = [];
    let li = 0;
    let ci = 0;
    const take = (id: string, index: number) => {
      out.push(liveById.has(id) ? mergeConfig(liveById.get(id), config[index], node.item) : structuredClone(config[index]));
      taken.add(id);
      if (shared[0] === id) shared.shift();
    };
    while (li < live.length || ci < config.length) {
      const liveId = li < live.length ? identity(live[li]) : undefined;
      if (liveId !== undefined && ci < config.length) {
        if (liveId === configIds[ci]) {
          take(liveId, ci++);
          li++;
          continue;
        }
        // A shared entry, but not the next one the configuration wants: it comes later.
        if (configIds.includes(liveId) && shared.length > 0 && shared[0] !== liveId) {
          li++;
          continue;
        }
      }
      if (liveId !== undefined && (!configIds.includes(liveId) || taken.has(liveId))) {
        if (!configIds.includes(liveId)) out.push(live[li]);
        li++;
        continue;
      }
      if (ci < config.length) take(configIds[ci], ci++);
      else li++;
    }
    return out;
  }
  if (!isJsonObject(config) || !isJsonObject(live)) return structuredClone(config);
  const out: JsonObject = { ...live };
  for (const [key, value] of Object.entries(config)) out[key] = mergeConfig(live[key], value, childNode(node, key));
  return out;
}

function removePath(value: Json, elements: string[], node: SchemaNode | undefined): void {
  const [element, ...rest] = elements;
  if (element === undefined || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    if (node?.kind !== "list") return;
    const index = element.startsWith("v:")
      ? value.findIndex((item) => jsonEqual(item, JSON.parse(element.slice(2))))
      : value.findIndex((item) => isJsonObject(item) && entryElement(item, node.meta.listMapKeys ?? []) === element);
    if (index === -1) return;
    if (rest.length === 0) value.splice(index, 1);
    else removePath(value[index], rest, node.item);
    return;
  }
  if (!element.startsWith("f:")) return;
  const key = element.slice(2);
  if (rest.length === 0) delete value[key];
  else removePath(value[key], rest, childNode(node, key));
}


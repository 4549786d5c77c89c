// metadata.managedFields: which manager set which fields, and how a non-apply write (create,
// update, merge/JSON/strategic patch) moves ownership, as structured-merge-diff's Updater.Update
// does: the writer owns what it added or changed, and nobody owns what it changed or removed.
import { fieldValues, pathElements, type PathKey } from "./field-paths.ts";
import { difference, fieldSetFromFieldsV1, fieldsV1FromFieldSet, union, type FieldSet } from "./field-set.ts";
import { isJsonObject, jsonEqual, type Json, type JsonObject } from "./json-value.ts";

export type ManagedOperation = "Apply" | "Update";

export interface ManagedFieldsEntryJson {
  manager: string;
  operation: ManagedOperation;
  apiVersion: string;
  time?: string;
  fieldsType: "FieldsV1";
  fieldsV1: JsonObject;
  subresource?: string;
}

export interface Manager {
  manager: string;
  operation: ManagedOperation;
  apiVersion: string;
  time: string;
  subresource: string;
  fields: FieldSet;
}

/** Who writes: the manager's name, the apiVersion it wrote, and the subresource ("" or "status"). */
export interface Writer {
  manager: string;
  apiVersion: string;
  subresource: string;
  time: string;
}

/** Fields only the system sets: nobody owns them (Kubernetes' stripMeta). */
const SYSTEM_FIELDS = new Set([
  "f:apiVersion", "f:kind",
  ...["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields"]
    .map((field) => `f:metadata/f:${field}`),
]);

function isSystemField(elements: string[]): boolean {
  return SYSTEM_FIELDS.has(elements[0]) || SYSTEM_FIELDS.has(`${elements[0]}/${elements[1]}`);
}

/** The paths a write to `subresource` may own: status only for "status", all but status otherwise. */
export function ownableValues(object: JsonObject, typeName: string, subresource: string, hasStatus: boolean, mapMembers: boolean): Map<PathKey, Json> {
  const values = fieldValues(object, typeName, { mapMembers });
  for (const key of values.keys()) {
    const elements = pathElements(key);
    const inStatus = elements[0] === "f:status";
    if (elements.length === 0 || isSystemField(elements) || (subresource === "status" ? !inStatus : hasStatus && inStatus)) values.delete(key);
  }
  return values;
}

export function decodeManagedFields(entries: unknown): Manager[] {
  if (!Array.isArray(entries)) return [];
  return entries.filter(isJsonObject).map((entry) => ({
    manager: String(entry.manager ?? ""),
    operation: entry.operation === "Apply" ? "Apply" : "Update",
    apiVersion: String(entry.apiVersion ?? ""),
    time: String(entry.time ?? ""),
    subresource: String(entry.subresource ?? ""),
    fields: fieldSetFromFieldsV1(entry.fieldsV1),
  }));
}

export function encodeManagedFields(managers: readonly Manager[]): ManagedFieldsEntryJson[] {
  return managers.filter((m) => m.fields.size > 0).map((m) => {
    const entry: ManagedFieldsEntryJson = { manager: m.manager, operation: m.operation, apiVersion: m.apiVersion, time: m.time, fieldsType: "FieldsV1", fieldsV1: fieldsV1FromFieldSet(m.fields) };
    if (m.subresource) entry.subresource = m.subresource;
    return entry;
  });
}

export function sameManager(m: Manager, writer: Writer, operation: ManagedOperation): boolean {
  return m.manager === writer.manager && m.operation === operation && m.subresource === writer.subresource;
}

export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

export function compareValues(before: Map<PathKey, Json>, after: Map<PathKey, Json>): Comparison {
  const added: FieldSet = new Set();
  const modified: FieldSet = new Set();
  const removed: FieldSet = new Set();
  for (const [key, value] of after) {
    if (!before.has(key)) added.add(key);
    else if (!jsonEqual(before.get(key), value)) modified.add(key);
  }
  for (const key of before.keys()) if (!after.has(key)) removed.add(key);
  return { added, modified, removed };
}

export interface UpdateInput {
  /** The stored object (JSON form), absent for a create. */
  before: JsonObject | undefined;
  after: JsonObject;
  typeName: string;
  hasStatus: boolean;
  managers: Manager[];
  writer: Writer;
}

/** The managers after a non-apply write of `after` over `before` by `writer`. */
export function recordUpdate(input: UpdateInput): Manager[] {
  const { writer } = input;
  const compare = compareValues(
    input.before ? ownableValues(input.before, input.typeName, writer.subresource, input.hasStatus, true) : new Map(),
    ownableValues(input.after, input.typeName, writer.subresource, input.hasStatus, true),
  );
  const touched = union(union(compare.added, compare.modified), compare.removed);
  const managers = input.managers.map((m) => sameManager(m, writer, "Update") ? m : { ...m, fields: difference(m.fields, touched) });
  if (touched.size > 0) {
    const own = managers.find((m) => sameManager(m, writer, "Update"));
    const fields = difference(union(union(own?.fields ?? new Set(), compare.added), compare.modified), compare.removed);
    const entry: Manager = { manager: writer.manager, operation: "Update", apiVersion: writer.apiVersion, time: writer.time, subresource: writer.subresource, fields };
    if (own) managers[managers.indexOf(own)] = entry;
    else managers.push(entry);
  }
  return managers.filter((m) => m.fields.size > 0);
}

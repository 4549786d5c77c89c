// The component schemas of the OpenAPI documents, derived from the protobuf messages (types,
// comments as descriptions) and the list merge table, so they cannot drift from what the API takes.
import { QUANTITY_FIELDS } from "../../../runtime/codec/json-convert.ts";
import { listsWithPatchMetadata } from "../../../runtime/codec/patch-metadata.ts";
import { RESOURCES } from "../../../runtime/codec/resources.ts";
import { isMessageType, messageSchema, type FieldSchema } from "../../../runtime/codec/schema.ts";
import { fixedSchemas, KIND_FIELD_DESCRIPTIONS } from "./fixed-schemas.ts";
import { requiredFields } from "./required-fields.ts";
import {
  groupVersionKind, listSchemaName, META, MICRO_TIME, propertyRef, QUANTITY, schemaName, TIME, type OpenApiVersion,
} from "./schema-names.ts";

export type Schema = Record<string, unknown>;

const TIME_FIELDS = new Set([
  "creationTimestamp", "deletionTimestamp", "lastTransitionTime", "lastUpdateTime", "lastProbeTime",
  "lastHeartbeatTime", "startTime", "startedAt", "finishedAt", "timeAdded", "firstTimestamp",
  "lastTimestamp", "lastPhaseTransitionTime",
]);
const MICRO_TIME_FIELDS = new Set(["eventTime", "acquireTime", "renewTime"]);

const SCALARS: Record<string, Schema> = {
  string: { type: "string" },
  bool: { type: "boolean" },
  bytes: { type: "string", format: "byte" },
  double: { type: "number", format: "double" },
  float: { type: "number", format: "float" },
  int32: { type: "integer", format: "int32" },
  sint32: { type: "integer", format: "int32" },
  sfixed32: { type: "integer", format: "int32" },
  uint32: { type: "integer", format: "int64" },
  fixed32: { type: "integer", format: "int64" },
  int64: { type: "integer", format: "int64" },
  sint64: { type: "integer", format: "int64" },
  sfixed64: { type: "integer", format: "int64" },
  uint64: { type: "integer", format: "int64" },
  fixed64: { type: "integer", format: "int64" },
};

/**
 * Proto comments wrap at line width; Kubernetes descriptions are one line per paragraph, with
 * list items (`- ...`) on lines of their own.
 */
function descriptionOf(comment: string | undefined): string | undefined {
  if (!comment) return undefined;
  return comment
    .split("\n\n")
    .map((paragraph) => paragraph.replace(/\n(?!\s*- )/g, " "))
    .join("\n\n");
}

function namedTypeOf(owner: string, field: FieldSchema): string | undefined {
  if (isMessageType(field.type) || field.type === "IntOrString") return schemaName(field.type);
  if (field.type !== "string") return undefined;
  if (QUANTITY_FIELDS.has(`${owner}.${field.name}`)) return QUANTITY;
  if (TIME_FIELDS.has(field.name)) return TIME;
  if (MICRO_TIME_FIELDS.has(field.name)) return MICRO_TIME;
  return undefined;
}

function itemSchema(version: OpenApiVersion, owner: string, field: FieldSchema): Schema {
  const named = namedTypeOf(owner, field);
  if (named) return propertyRef(version, named);
  const scalar = SCALARS[field.type];
  if (!scalar) throw new Error(`no OpenAPI type for ${owner}.${field.name} (${field.type})`);
  return { ...scalar };
}

const listMetadata = listsWithPatchMetadata();

function fieldSchema(version: OpenApiVersion, owner: string, field: FieldSchema, isKind: boolean): Schema {
  const description = descriptionOf(field.comment) ?? (isKind ? KIND_FIELD_DESCRIPTIONS[field.name] : undefined);
  const withDescription = description ? { description } : {};
  if (field.keyType) {
    return { type: "object", additionalProperties: itemSchema(version, owner, field), ...withDescription };
  }
  if (field.repeated) {
    const schema: Schema = { type: "array", items: itemSchema(version, owner, field), ...withDescription };
    const merge = listMetadata.get(`${owner}.${field.name}`);
    if (merge) {
      schema["x-kubernetes-list-type"] = merge.listType;
      if (merge.listMapKeys) schema["x-kubernetes-list-map-keys"] = [...merge.listMapKeys];
      if (merge.patchMergeKey) schema["x-kubernetes-patch-merge-key"] = merge.patchMergeKey;
      if (merge.patchStrategy) schema["x-kubernetes-patch-strategy"] = merge.patchStrategy;
    }
    return schema;
  }
  const named = namedTypeOf(owner, field);
  if (named) return propertyRef(version, named, description);
  return { ...itemSchema(version, owner, field), ...withDescription };
}

const KIND_TYPES = new Map(RESOURCES.map((info) => [info.typeName, info]));

function messageObjectSchema(version: OpenApiVersion, message: string): Schema {
  const schema = messageSchema(message);
  const info = KIND_TYPES.get(message);
  const properties: Record<string, Schema> = {};
  for (const field of schema.fields.values()) properties[field.name] = fieldSchema(version, message, field, info !== undefined || message === "Status");
  const out: Schema = { type: "object", properties };
  const description = descriptionOf(schema.comment);
  if (description) out.description = description;
  const required = requiredFields(message);
  if (required.length > 0) out.required = [...required];
  if (info) out["x-kubernetes-group-version-kind"] = [groupVersionKind(info)];
  if (message === "Status") out["x-kubernetes-group-version-kind"] = [{ group: "", kind: "Status", version: "v1" }];
  return out;
}

function listSchema(version: OpenApiVersion, typeName: string): Schema {
  const info = KIND_TYPES.get(typeName)!;
  return {
    description: `${info.kind}List is a list of ${info.kind} objects.`,
    type: "object",
    required: ["items"],
    properties: {
      apiVersion: { type: "string", description: KIND_FIELD_DESCRIPTIONS.apiVersion },
      kind: { type: "string", description: KIND_FIELD_DESCRIPTIONS.kind },
      metadata: propertyRef(version, `${META}.ListMeta`, "The list's resourceVersion, and the continue token of a chunked list."),
      items: { type: "array", description: `List of ${info.plural}.`, items: itemSchema(version, typeName, { name: "items", type: typeName, repeated: true, optional: false }) },
    },
    "x-kubernetes-group-version-kind": [groupVersionKind(info, `${info.kind}List`)],
  };
}

function referencedNames(schema: unknown, out: Set<string>): void {
  if (Array.isArray(schema)) {
    for (const item of schema) referencedNames(item, out);
  } else if (typeof schema === "object" && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") out.add(value.slice(value.lastIndexOf("/") + 1));
      else referencedNames(value, out);
    }
  }
}

/** Every schema a document can refer to, by Kubernetes name. */
function allSchemas(version: OpenApiVersion): Map<string, Schema> {
  const byName = new Map<string, Schema>(Object.entries(fixedSchemas(version)));
  const pending = [...RESOURCES.map((info) => info.typeName), "Status", "Preconditions"];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const message = pending.pop()!;
    if (seen.has(message) || message === "IntOrString" || message === "RawObject") continue;
    seen.add(message);
    byName.set(schemaName(message), messageObjectSchema(version, message));
    for (const field of messageSchema(message).fields.values()) if (isMessageType(field.type)) pending.push(field.type);
  }
  for (const info of RESOURCES) byName.set(listSchemaName(info), listSchema(version, info.typeName));
  return byName;
}

const cache = new Map<OpenApiVersion, Map<string, Schema>>();

/** The schemas `roots` refer to, transitively, sorted by name as Kubernetes serves them. */
export function schemasFor(version: OpenApiVersion, roots: Iterable<string>): Record<string, Schema> {
  let all = cache.get(version);
  if (!all) {
    all = allSchemas(version);
    cache.set(version, all);
  }
  const wanted = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (wanted.has(name)) continue;
    const schema = all.get(name);
    if (!schema) throw new Error(`no schema named ${name}`);
    wanted.add(name);
    const refs = new Set<string>();
    referencedNames(schema, refs);
    pending.push(...refs);
  }
  return Object.fromEntries([...wanted].sort().map((name) => [name, all.get(name)!]));
}

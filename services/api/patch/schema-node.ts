// What a JSON value at some place of an object is, from Troupe's protobuf schema: a struct
// (message), a map (proto map), a list (with its Kubernetes merge metadata) or a leaf. The
// strategic merge patch and server-side apply both walk objects with it.
import { listPatchMetadata, type ListPatchMetadata } from "../../../runtime/codec/patch-metadata.ts";
import { isMessageType, messageSchema, type FieldSchema } from "../../../runtime/codec/schema.ts";

export type SchemaNode =
  | { kind: "struct"; typeName: string; atomic: boolean }
  | { kind: "map"; value: SchemaNode }
  | { kind: "list"; item: SchemaNode; meta: ListPatchMetadata }
  | { kind: "leaf" };

const LEAF: SchemaNode = { kind: "leaf" };

// Messages whose JSON form is not an object of their fields (or has no schema at all).
const OPAQUE = new Set(["IntOrString", "RawObject", "JsonValue", "FieldsV1"]);

// Structs Kubernetes marks `+structType=atomic`: owned and replaced as a whole.
const ATOMIC_STRUCTS = new Set(["LabelSelector"]);

function single(type: string): SchemaNode {
  if (!isMessageType(type) || OPAQUE.has(type)) return LEAF;
  return { kind: "struct", typeName: type, atomic: ATOMIC_STRUCTS.has(type) };
}

function fieldNodeOf(owner: string, field: FieldSchema): SchemaNode {
  if (field.keyType) return { kind: "map", value: single(field.type) };
  if (field.repeated) return { kind: "list", item: single(field.type), meta: listPatchMetadata(owner, field.name) };
  return single(field.type);
}

export function messageNode(typeName: string): SchemaNode {
  return single(typeName);
}

/** The node of `key` inside `node`; undefined for a field the schema does not know. */
export function childNode(node: SchemaNode | undefined, key: string): SchemaNode | undefined {
  if (!node) return undefined;
  if (node.kind === "map") return node.value;
  if (node.kind !== "struct") return undefined;
  const field = messageSchema(node.typeName).fields.get(key);
  return field ? fieldNodeOf(node.typeName, field) : undefined;
}

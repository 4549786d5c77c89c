// Read-only view of the protobuf schema (proto/gen/troupe.json), walked by the JSON converter.
import descriptor from "../../proto/gen/troupe.json" with { type: "json" };

export type ScalarType =
  | "string" | "bool" | "bytes" | "double" | "float"
  | "int32" | "uint32" | "sint32" | "fixed32" | "sfixed32"
  | "int64" | "uint64" | "sint64" | "fixed64" | "sfixed64";

export interface FieldSchema {
  name: string;
  /** A scalar type or a message name in package troupe.v1. */
  type: string;
  repeated: boolean;
  /** Set for map fields: the key type (always string in Troupe's schema). */
  keyType?: string;
  /** proto3 `optional`: presence is tracked, so an explicit zero survives. */
  optional: boolean;
  /** The proto comment above the field, which the OpenAPI documents use as its description. */
  comment?: string;
}

export interface MessageSchema {
  name: string;
  fields: Map<string, FieldSchema>;
  comment?: string;
}

interface RawField {
  type: string;
  id: number;
  rule?: string;
  keyType?: string;
  options?: { proto3_optional?: boolean };
  comment?: string;
}

const rawMessages = (descriptor as unknown as {
  nested: { troupe: { nested: { v1: { nested: Record<string, { fields?: Record<string, RawField>; comment?: string }> } } } };
}).nested.troupe.nested.v1.nested;

const cache = new Map<string, MessageSchema>();

export function isMessageType(type: string): boolean {
  return rawMessages[type]?.fields !== undefined;
}

export function messageSchema(name: string): MessageSchema {
  const cached = cache.get(name);
  if (cached) return cached;
  const raw = rawMessages[name];
  if (!raw?.fields) throw new Error(`unknown message type ${name}`);
  const fields = new Map<string, FieldSchema>();
  for (const [fieldName, field] of Object.entries(raw.fields)) {
    fields.set(fieldName, {
      name: fieldName,
      type: field.type,
      repeated: field.rule === "repeated",
      keyType: field.keyType,
      optional: field.options?.proto3_optional === true,
      comment: field.comment,
    });
  }
  const schema = { name, fields, comment: raw.comment };
  cache.set(name, schema);
  return schema;
}

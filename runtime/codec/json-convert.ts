// Converts between the Kubernetes JSON/YAML form of an object and its protobuf message,
// strictly: an unknown field or a value of the wrong type is a FieldError naming its path,
// never silently dropped or coerced. JsonValue and FieldsV1 carry schemaless JSON as its text.
import { childPath, fieldError, FieldErrorTypes, indexPath, type FieldError } from "./field-error.ts";
import { encodeMessage, decodeMessage } from "./protobuf.ts";
import { findResourceByKind, findResourceByKindOnly, RESOURCES } from "./resources.ts";
import { isMessageType, messageSchema, type FieldSchema } from "./schema.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Message = Record<string, unknown>;

/** Fields that hold Kubernetes quantities: YAML may write them as numbers (`cpu: 2`). */
export const QUANTITY_FIELDS: ReadonlySet<string> = new Set([
  "ResourceRequirements.limits",
  "ResourceRequirements.requests",
  "VolumeResourceRequirements.limits",
  "VolumeResourceRequirements.requests",
  "NodeStatus.capacity",
  "NodeStatus.allocatable",
  "PersistentVolumeSpec.capacity",
  "PersistentVolumeClaimStatus.capacity",
  "EmptyDirVolumeSource.sizeLimit",
  "ResourceFieldSelector.divisor",
]);

const INT_RANGES: Record<string, [number, number]> = {
  int32: [-2147483648, 2147483647],
  sint32: [-2147483648, 2147483647],
  sfixed32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  fixed32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  sint64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  sfixed64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  fixed64: [0, Number.MAX_SAFE_INTEGER],
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface ConvertResult<T> {
  value: T;
  errors: FieldError[];
  /** Unknown fields that were dropped rather than refused (lenient conversion only). */
  dropped?: string[];
}

/** Kubernetes' fieldValidation: Strict refuses unknown fields; Warn and Ignore drop them. */
export type FieldValidation = "Strict" | "Warn" | "Ignore";
export const FIELD_VALIDATIONS: readonly FieldValidation[] = ["Strict", "Warn", "Ignore"];

export interface ConvertOptions {
  /** Drop unknown fields (recording their paths in `dropped`) instead of failing on them. */
  dropUnknownFields?: boolean;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === "object") return "object";
  return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class FromJson {
  readonly errors: FieldError[] = [];
  readonly dropped: string[] = [];
  readonly options: ConvertOptions;

  constructor(options: ConvertOptions = {}) {
    this.options = options;
  }

  private typeError(path: string, expected: string, value: unknown): undefined {
    this.errors.push(fieldError(FieldErrorTypes.typeInvalid, path, `expected ${expected}, got ${describe(value)}`));
    return undefined;
  }

  message(typeName: string, value: unknown, path: string): Message | undefined {
    if (typeName === "IntOrString") return this.intOrString(value, path);
    if (typeName === "RawObject") return this.rawObject(value);
    if (typeName === "JsonValue") return { raw: JSON.stringify(value) };
    if (typeName === "FieldsV1") return isPlainObject(value) ? { raw: JSON.stringify(value) } : this.typeError(path, "object", value);
    if (!isPlainObject(value)) return this.typeError(path, "object", value);
    const schema = messageSchema(typeName);
    const out: Message = {};
    for (const [key, fieldValue] of Object.entries(value)) {
      const fieldPath = childPath(path, key);
      const field = schema.fields.get(key);
      if (!field) {
        if (this.options.dropUnknownFields) this.dropped.push(fieldPath);
        else this.errors.push(fieldError(FieldErrorTypes.unknown, fieldPath, `unknown field "${fieldPath}"`));
        continue;
      }
      if (fieldValue === null || fieldValue === undefined) continue;
      const converted = this.field(typeName, field, fieldValue, fieldPath);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }

  private field(owner: string, field: FieldSchema, value: unknown, path: string): unknown {
    const quantity = QUANTITY_FIELDS.has(`${owner}.${field.name}`);
    if (field.keyType) {
      if (!isPlainObject(value)) return this.typeError(path, `map of ${field.type}`, value);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const converted = this.single(field.type, item, indexPath(path, key), quantity);
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    }
    if (field.repeated) {
      if (!Array.isArray(value)) return this.typeError(path, `array of ${field.type}`, value);
      const out: unknown[] = [];
      value.forEach((item, index) => {
        const converted = this.single(field.type, item, indexPath(path, index), quantity);
        if (converted !== undefined) out.push(converted);
      });
      return out;
    }
    return this.single(field.type, value, path, quantity);
  }

  private single(type: string, value: unknown, path: string, quantity: boolean): unknown {
    if (isMessageType(type)) return this.message(type, value, path);
    switch (type) {
      case "string":
        if (typeof value === "string") return value;
        if (quantity && typeof value === "number" && Number.isFinite(value)) return String(value);
        return this.typeError(path, quantity ? "quantity (string or number)" : "string", value);
      case "bool":
        return typeof value === "boolean" ? value : this.typeError(path, "boolean", value);
      case "double":
      case "float":
        return typeof value === "number" && Number.isFinite(value) ? value : this.typeError(path, "number", value);
      case "bytes":
        if (typeof value !== "string" || !BASE64.test(value.replace(/\s/g, ""))) {
          return this.typeError(path, "base64-encoded string", value);
        }
        return new Uint8Array(Buffer.from(value, "base64"));
      default: {
        const range = INT_RANGES[type];
        if (!range) throw new Error(`unsupported protobuf type ${type}`);
        if (typeof value !== "number" || !Number.isInteger(value)) return this.typeError(path, `integer (${type})`, value);
        if (value < range[0] || value > range[1]) {
          this.errors.push(fieldError(FieldErrorTypes.invalid, path, `${value} is out of range for ${type}`));
          return undefined;
        }
        return value;
      }
    }
  }

  private intOrString(value: unknown, path: string): Message | undefined {
    if (typeof value === "string") return { strVal: value };
    if (typeof value === "number" && Number.isInteger(value) && Math.abs(value) <= 2147483647) return { intVal: value };
    return this.typeError(path, "integer or string", value);
  }

  // Paths inside an embedded object start at the object (spec.replicas, not object.spec.replicas),
  // as they do when the same manifest is applied on its own.
  private rawObject(value: unknown): Message | undefined {
    const parsed = objectFromJson(value, "", this.options);
    this.errors.push(...parsed.errors);
    this.dropped.push(...(parsed.dropped ?? []));
    if (!parsed.value) return undefined;
    const { typeName, apiVersion, kind, message } = parsed.value;
    return { apiVersion, kind, raw: encodeMessage(typeName, message) };
  }
}

/** Converts a JSON value to the protobuf message `typeName`, collecting every field error. */
export function messageFromJson(typeName: string, value: unknown, path = "", options: ConvertOptions = {}): ConvertResult<Message | undefined> {
  const converter = new FromJson(options);
  const message = converter.message(typeName, value, path);
  return { value: converter.errors.length === 0 ? message : undefined, errors: converter.errors, dropped: converter.dropped };
}

export interface TypedObject {
  typeName: string;
  apiVersion: string;
  kind: string;
  message: Message;
}

/** Converts a manifest (any served kind) to its message, checking apiVersion and kind first. */
export function objectFromJson(value: unknown, path = "", options: ConvertOptions = {}): ConvertResult<TypedObject | undefined> {
  if (!isPlainObject(value)) {
    return { value: undefined, errors: [fieldError(FieldErrorTypes.typeInvalid, path || "<root>", `expected object, got ${describe(value)}`)] };
  }
  const { apiVersion, kind } = value;
  const errors: FieldError[] = [];
  if (typeof kind !== "string" || kind === "") {
    errors.push(fieldError(FieldErrorTypes.required, childPath(path, "kind"), "kind is required"));
  }
  if (typeof apiVersion !== "string" || apiVersion === "") {
    errors.push(fieldError(FieldErrorTypes.required, childPath(path, "apiVersion"), "apiVersion is required"));
  }
  if (errors.length > 0) return { value: undefined, errors };
  const info = findResourceByKind(apiVersion as string, kind as string);
  if (!info) {
    const sameKind = findResourceByKindOnly(kind as string);
    const message = sameKind
      ? `no kind "${kind}" is registered for version "${apiVersion}" (use apiVersion: ${sameKind.apiVersion})`
      : `no kind "${kind}" is registered for version "${apiVersion}"; known kinds: ${RESOURCES.map((r) => r.kind).join(", ")}`;
    return { value: undefined, errors: [fieldError(FieldErrorTypes.notSupported, childPath(path, "kind"), message)] };
  }
  const converted = messageFromJson(info.typeName, value, path, options);
  if (!converted.value) return { value: undefined, errors: converted.errors, dropped: converted.dropped };
  return { value: { typeName: info.typeName, apiVersion: info.apiVersion, kind: info.kind, message: converted.value }, errors: [], dropped: converted.dropped };
}

function isDefaultScalar(value: unknown): boolean {
  return value === undefined || value === null || value === "" || value === 0 || value === false;
}

function scalarToJson(type: string, value: unknown): Json {
  if (type === "bytes") return Buffer.from(value as Uint8Array).toString("base64");
  return value as Json;
}

function singleToJson(type: string, value: unknown): Json {
  return isMessageType(type) ? messageToJson(type, value as Message) : scalarToJson(type, value);
}

/** Converts a protobuf message (decoded or plain) to its Kubernetes JSON form, omitting empty fields. */
export function messageToJson(typeName: string, message: Message): Json {
  if (typeName === "IntOrString") return (message.strVal ?? message.intVal ?? 0) as Json;
  if (typeName === "RawObject") return rawObjectToJson(message);
  if (typeName === "JsonValue" || typeName === "FieldsV1") return message.raw ? JSON.parse(String(message.raw)) as Json : null;
  const out: Record<string, Json> = {};
  for (const field of messageSchema(typeName).fields.values()) {
    const value = message[field.name];
    if (field.keyType) {
      const entries = Object.entries((value ?? {}) as Record<string, unknown>);
      if (entries.length > 0) out[field.name] = Object.fromEntries(entries.map(([k, v]) => [k, singleToJson(field.type, v)]));
    } else if (field.repeated) {
      const items = (value ?? []) as unknown[];
      if (items.length > 0) out[field.name] = items.map((item) => singleToJson(field.type, item));
    } else if (isMessageType(field.type)) {
      if (value !== null && value !== undefined) out[field.name] = messageToJson(field.type, value as Message);
    } else if (field.optional ? value !== null && value !== undefined : !isDefaultScalar(value)) {
      out[field.name] = scalarToJson(field.type, value);
    }
  }
  return out;
}

function rawObjectToJson(raw: Message): Json {
  const info = findResourceByKind(String(raw.apiVersion), String(raw.kind));
  if (!info) throw new Error(`cannot render object of unknown kind ${String(raw.apiVersion)}/${String(raw.kind)}`);
  return messageToJson(info.typeName, decodeMessage(info.typeName, raw.raw as Uint8Array));
}

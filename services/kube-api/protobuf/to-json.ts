// Writes a decoded Kubernetes protobuf message as the JSON a client would have sent for it:
// Kubernetes' JSON names (the schema's field names), Time as RFC 3339, Quantity as its string,
// IntOrString as a number or a string, bytes as base64, `(inline)` fields merged into their parent.
//
// Kubernetes' Go encoder writes every non-pointer field, zero or not, while its JSON omits them
// (omitempty). So a plain proto3 scalar that is zero is left out, and a proto3 `optional` one (a
// pointer in Go) is kept whenever it is on the wire: `replicas: 0` survives, `name: ""` does not.
import protobuf from "protobufjs";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { PROTOBUF_BODY_PROBLEMS, ProtobufBodyError } from "./errors.ts";
import { SPECIAL_TYPES } from "./schema.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Decoded = Record<string, unknown>;

const INT64_TYPES = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);

export function messageToJson(message: Decoded, type: protobuf.Type): JsonObject {
  const out: JsonObject = {};
  for (const field of type.fieldsArray) {
    if (!Object.hasOwn(message, field.name)) continue;
    const value = message[field.name];
    if (field.map) {
      const entries = Object.entries(value as Decoded);
      if (entries.length > 0) out[field.name] = Object.fromEntries(entries.map(([key, item]) => [key, valueToJson(item, field) ?? null]));
    } else if (field.repeated) {
      const items = value as unknown[];
      if (items.length > 0) out[field.name] = items.map((item) => valueToJson(item, field) ?? null);
    } else if (field.resolvedType instanceof protobuf.Type) {
      const json = valueToJson(value, field);
      if (field.options?.["(inline)"] === true) Object.assign(out, json);
      else if (json !== undefined) out[field.name] = json;
    } else {
      const json = scalarToJson(value, field.type);
      if (field.options?.["proto3_optional"] === true || !isZero(json)) out[field.name] = json;
    }
  }
  return out;
}

function valueToJson(value: unknown, field: protobuf.Field): Json | undefined {
  const type = field.resolvedType;
  if (!(type instanceof protobuf.Type)) return scalarToJson(value, field.type);
  const message = value as Decoded;
  switch (type.fullName) {
    case SPECIAL_TYPES.time:
      return timeToJson(message, false);
    case SPECIAL_TYPES.microTime:
      return timeToJson(message, true);
    case SPECIAL_TYPES.quantity:
      return typeof message["string"] === "string" ? message["string"] : "";
    case SPECIAL_TYPES.intOrString:
      return toNumber(message["type"] ?? 0) === 1 ? String(message["strVal"] ?? "") : toNumber(message["intVal"] ?? 0);
    case SPECIAL_TYPES.rawExtension:
    case SPECIAL_TYPES.fieldsV1:
      return rawExtensionToJson(message["raw"], field.name);
    default:
      return messageToJson(message, type);
  }
}

function scalarToJson(value: unknown, type: string): Json {
  if (type === "bytes") return Buffer.from(value as Uint8Array).toString("base64");
  if (INT64_TYPES.has(type)) return toNumber(value);
  return value as Json;
}

function isZero(value: Json): boolean {
  return value === "" || value === 0 || value === false;
}

function toNumber(value: unknown): number {
  return protobuf.util.LongBits.from(value as number).toNumber();
}

/** The zero Time is `null` in Kubernetes' JSON (an unset creationTimestamp), so it is left out. */
function timeToJson(message: Decoded, micro: boolean): Json | undefined {
  const seconds = toNumber(message["seconds"] ?? 0);
  const nanos = Number(message["nanos"] ?? 0);
  if (seconds === 0 && nanos === 0) return undefined;
  const date = new Date(seconds * 1000);
  if (!micro) return kubernetesTime(date);
  const micros = String(Math.floor(nanos / 1000)).padStart(6, "0");
  return `${kubernetesTime(date).slice(0, -1)}.${micros}Z`;
}

/** RawExtension carries the embedded object's own JSON (a ControllerRevision's data). */
function rawExtensionToJson(raw: unknown, fieldName: string): Json | undefined {
  if (!(raw instanceof Uint8Array) || raw.length === 0) return undefined;
  try {
    return JSON.parse(Buffer.from(raw).toString("utf8")) as Json;
  } catch (error) {
    throw new ProtobufBodyError(PROTOBUF_BODY_PROBLEMS.malformed, `protobuf body: ${fieldName} is not JSON`, { cause: error });
  }
}

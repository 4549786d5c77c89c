// Finds the fields of a Kubernetes protobuf message that proto/k8s does not know. protobufjs skips
// them silently, while Troupe's JSON decoding refuses an unknown field, so the decoder reports them
// for the server to treat as it treats JSON (kubectl asks for fieldValidation=Strict).
//
// Kubernetes' Go encoder writes every non-pointer field even when it is zero (an empty deprecated
// string, a false bool), so an unknown field holding a zero value is no information and is not
// reported; only a value a client actually set is.
import protobuf from "protobufjs";
import { SPECIAL_TYPES } from "./schema.ts";

const WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 } as const;
const OPAQUE: ReadonlySet<string> = new Set(Object.values(SPECIAL_TYPES));

/** Paths such as `spec.template.spec.containers[0]: field 23` for each set field proto/k8s lacks. */
export function unknownFields(type: protobuf.Type, bytes: Uint8Array, path = ""): string[] {
  const found: string[] = [];
  const reader = protobuf.Reader.create(bytes);
  const counts = new Map<number, number>();
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const id = tag >>> 3;
    const wire = tag & 7;
    const field = type.fieldsById[id];
    if (!field) {
      if (!skipIsZero(reader, wire)) found.push(`${path || "<root>"}: field ${id}`);
      continue;
    }
    const nested = field.resolvedType;
    if (wire !== WIRE.bytes || !(nested instanceof protobuf.Type) || OPAQUE.has(nested.fullName)) {
      reader.skipType(wire);
      continue;
    }
    const length = reader.uint32();
    const value = bytes.subarray(reader.pos, reader.pos + length);
    reader.skip(length);
    const index = counts.get(id) ?? 0;
    counts.set(id, index + 1);
    if (field.map) {
      found.push(...mapValueUnknownFields(nested, value, `${join(path, field.name)}`));
    } else if (field.options?.["(inline)"] === true) {
      found.push(...unknownFields(nested, value, path));
    } else {
      found.push(...unknownFields(nested, value, field.repeated ? `${join(path, field.name)}[${index}]` : join(path, field.name)));
    }
  }
  return found;
}

/** A map entry is {key = 1, value = 2}; only a message value can hold unknown fields. */
function mapValueUnknownFields(valueType: protobuf.Type, entry: Uint8Array, path: string): string[] {
  const reader = protobuf.Reader.create(entry);
  let key = "";
  let value: Uint8Array | undefined;
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag === ((1 << 3) | WIRE.bytes)) key = reader.string();
    else if (tag === ((2 << 3) | WIRE.bytes)) value = reader.bytes();
    else reader.skipType(tag & 7);
  }
  return value ? unknownFields(valueType, value, `${path}[${key}]`) : [];
}

function skipIsZero(reader: protobuf.Reader, wire: number): boolean {
  switch (wire) {
    case WIRE.varint:
      return protobuf.util.LongBits.from(reader.uint64()).toNumber() === 0;
    case WIRE.fixed64:
      return protobuf.util.LongBits.from(reader.fixed64()).toNumber() === 0;
    case WIRE.bytes:
      return reader.bytes().length === 0;
    case WIRE.fixed32:
      return reader.fixed32() === 0;
    default:
      reader.skipType(wire);
      return false;
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

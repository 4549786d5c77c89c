// Reads the protobuf bodies kubectl (>= 1.32) and Helm (>= 3.17) send: the 4 bytes `k8s\0`, then a
// runtime.Unknown envelope {typeMeta, raw, contentEncoding, contentType} whose raw is the object in
// Kubernetes' own field numbers (proto/k8s). Returns the object as the JSON request would carry it.
import protobuf from "protobufjs";
import { PROTOBUF_BODY_PROBLEMS, ProtobufBodyError } from "./errors.ts";
import { kindType, unknownType } from "./schema.ts";
import { messageToJson } from "./to-json.ts";
import { unknownFields } from "./unknown-fields.ts";

export const KUBERNETES_PROTOBUF_MAGIC: Uint8Array = Uint8Array.of(0x6b, 0x38, 0x73, 0x00);

export interface DecodedKubernetesObject {
  apiVersion: string;
  kind: string;
  /** The object as JSON, apiVersion and kind included. */
  object: Record<string, unknown>;
  /**
   * Set fields proto/k8s has no name for (`spec.template.spec: field 34`), left out of `object`.
   * JSON decoding refuses unknown fields, so the server should too under fieldValidation=Strict.
   */
  unknownFields: string[];
}

interface UnknownEnvelope {
  typeMeta?: { apiVersion?: string; kind?: string };
  raw?: Uint8Array;
  contentEncoding?: string;
}

export function decodeKubernetesProtobuf(body: Uint8Array): DecodedKubernetesObject {
  if (body.length < KUBERNETES_PROTOBUF_MAGIC.length || !KUBERNETES_PROTOBUF_MAGIC.every((byte, index) => body[index] === byte)) {
    throw new ProtobufBodyError(PROTOBUF_BODY_PROBLEMS.badMagic, "protobuf body does not start with the Kubernetes magic bytes k8s\\0");
  }
  const envelope = decodeMessage(unknownType, body.subarray(KUBERNETES_PROTOBUF_MAGIC.length), "envelope") as UnknownEnvelope;
  const apiVersion = envelope.typeMeta?.apiVersion ?? "";
  const kind = envelope.typeMeta?.kind ?? "";
  if (!apiVersion || !kind) {
    throw new ProtobufBodyError(PROTOBUF_BODY_PROBLEMS.malformed, "protobuf body: the envelope names no apiVersion and kind");
  }
  if (envelope.contentEncoding) {
    throw new ProtobufBodyError(PROTOBUF_BODY_PROBLEMS.unsupportedEncoding, `protobuf body: content encoding "${envelope.contentEncoding}" is not supported`);
  }
  const type = kindType(apiVersion, kind);
  if (!type) {
    throw new ProtobufBodyError(PROTOBUF_BODY_PROBLEMS.unknownKind, `protobuf body: ${kind} in ${apiVersion} cannot be sent as protobuf; send it as JSON`);
  }
  const raw = envelope.raw ?? new Uint8Array();
  const message = decodeMessage(type, raw, kind);
  return { apiVersion, kind, object: { apiVersion, kind, ...messageToJson(message, type) }, unknownFields: unknownFields(type, raw) };
}

function decodeMessage(type: protobuf.Type, bytes: Uint8Array, what: string): Record<string, unknown> {
  try {
    return type.decode(bytes) as unknown as Record<string, unknown>;
  } catch (error) {
    // protobufjs reports a length or varint running past the end as a RangeError.
    const truncated = error instanceof RangeError;
    throw new ProtobufBodyError(
      truncated ? PROTOBUF_BODY_PROBLEMS.truncated : PROTOBUF_BODY_PROBLEMS.malformed,
      `protobuf body: the ${what} message is ${truncated ? "truncated" : "malformed"} (${(error as Error).message})`,
      { cause: error },
    );
  }
}

// A request body as a Kubernetes object: JSON, YAML, or Kubernetes protobuf (the k8s\0 envelope
// kubectl and Helm send for some requests).
import { parse as parseYaml } from "yaml";
import { BadRequestError, UnsupportedMediaTypeError } from "../../runtime/api-errors.ts";
import type { KubeObject } from "../../runtime/api-client/types.ts";

export const OBJECT_CONTENT_TYPES = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"] as const;

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch (error) {
    throw new BadRequestError(`the request body is not valid JSON: ${(error as Error).message}`, [], { cause: error });
  }
}

export function parseYamlBody(body: Buffer): unknown {
  try {
    return parseYaml(body.toString("utf8"));
  } catch (error) {
    throw new BadRequestError(`the request body is not valid YAML: ${(error as Error).message}`, [], { cause: error });
  }
}

export type ProtobufDecoder = (body: Uint8Array) => { object: Record<string, unknown>; unknownFields: string[] };

/** fieldValidation: Strict (kubectl's default) refuses unknown fields; Ignore and Warn let them go. */
export type FieldValidation = "Strict" | "Warn" | "Ignore";

function decodeProtobufStrictly(protobuf: ProtobufDecoder, body: Buffer, fieldValidation: FieldValidation): KubeObject {
  const { object, unknownFields } = protobuf(body);
  if (unknownFields.length > 0 && fieldValidation === "Strict") {
    throw new BadRequestError(`strict decoding error: ${unknownFields.map((field) => `unknown field "${field}"`).join(", ")}`);
  }
  return object as KubeObject;
}

export function decodeObjectBody(contentType: string | undefined, body: Buffer, protobuf: ProtobufDecoder, fieldValidation: FieldValidation = "Strict"): KubeObject {
  const type = mediaType(contentType) || "application/json";
  let value: unknown;
  if (type === "application/json") value = parseJsonBody(body);
  else if (type === "application/yaml") value = parseYamlBody(body);
  else if (type === "application/vnd.kubernetes.protobuf") value = decodeProtobufStrictly(protobuf, body, fieldValidation);
  else throw new UnsupportedMediaTypeError(type, OBJECT_CONTENT_TYPES);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BadRequestError("the request body must be an object with apiVersion, kind and metadata");
  }
  return value as KubeObject;
}

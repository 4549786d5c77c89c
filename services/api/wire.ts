// The API's wire format: requests and replies are protobuf or JSON, chosen by the request's
// Content-Type header (JSON when absent and the payload starts with "{"). Objects travel as
// RawObject in protobuf and inline, Kubernetes-style, in JSON.
import { BadRequestError, UnsupportedMediaTypeError, type StatusJson } from "../../runtime/api-errors.ts";
import { FIELD_VALIDATIONS, messageFromJson, messageToJson, type FieldValidation } from "../../runtime/codec/json-convert.ts";
import { decodeMessage, encodeMessage } from "../../runtime/codec/protobuf.ts";
import { findResourceByKind, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { viewOfApiVersion, type VersionView } from "../../runtime/codec/version-views.ts";
import type { ApiObject } from "../../runtime/store/object-repository.ts";

export const CONTENT_TYPES = { json: "application/json", protobuf: "application/x-protobuf" } as const;
export type WireFormat = keyof typeof CONTENT_TYPES;
export const CONTENT_TYPE_HEADER = "Content-Type";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });
const OPEN_BRACE = 0x7b;

export function wireFormatOf(contentType: string | undefined, payload: Uint8Array): WireFormat {
  if (!contentType) {
    const first = payload.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
    return first === OPEN_BRACE || payload.length === 0 ? "json" : "protobuf";
  }
  const base = contentType.split(";")[0].trim().toLowerCase();
  if (base === CONTENT_TYPES.json) return "json";
  if (base === CONTENT_TYPES.protobuf || base === "application/protobuf" || base === "application/vnd.kubernetes.protobuf") return "protobuf";
  throw new UnsupportedMediaTypeError(contentType, Object.values(CONTENT_TYPES));
}

/** Decodes a request envelope (CreateRequest, GetRequest, ...) in either format. */
/** The request's fieldValidation (in `options` of writes, top level of patch); "" when absent. */
function fieldValidationOf(parsed: unknown): string {
  const request = parsed as { fieldValidation?: unknown; options?: { fieldValidation?: unknown } | null } | null;
  const value = request?.options?.fieldValidation ?? request?.fieldValidation ?? "";
  if (value !== "" && !FIELD_VALIDATIONS.includes(value as FieldValidation)) {
    throw new BadRequestError(`fieldValidation: Unsupported value: ${JSON.stringify(value)}: supported values: "Strict", "Warn", "Ignore"`);
  }
  return value as string;
}

/**
 * Decodes a request. With fieldValidation Warn or Ignore, unknown fields are dropped instead of
 * refused; under Warn each is added to `warnings` (the caller sends them back, as Kubernetes sends
 * `Warning: 299` headers).
 */
export function decodeRequest<T>(typeName: string, payload: Uint8Array, format: WireFormat, warnings?: string[]): T {
  if (format === "protobuf") {
    try {
      return decodeMessage<T>(typeName, payload);
    } catch (error) {
      throw new BadRequestError(`payload is not a valid troupe.v1.${typeName} protobuf message: ${(error as Error).message}`, [], { cause: error });
    }
  }
  let parsed: unknown;
  try {
    parsed = payload.length === 0 ? {} : JSON.parse(decoder.decode(payload));
  } catch (error) {
    throw new BadRequestError(`payload is not valid JSON: ${(error as Error).message}`, [], { cause: error });
  }
  const fieldValidation = fieldValidationOf(parsed);
  const lenient = fieldValidation === "Warn" || fieldValidation === "Ignore";
  const converted = messageFromJson(typeName, parsed, "", { dropUnknownFields: lenient });
  if (!converted.value) throw new BadRequestError("strict decoding error", converted.errors);
  if (fieldValidation === "Warn" && warnings) for (const field of converted.dropped ?? []) warnings.push(`unknown field "${field}"`);
  return converted.value as T;
}

export interface DecodedObject {
  info: ResourceInfo;
  object: ApiObject;
}

/** Unpacks a RawObject into the kind it names. */
export function decodeRawObject(raw: { apiVersion?: string; kind?: string; raw?: Uint8Array } | null | undefined): DecodedObject {
  if (!raw || !raw.kind) throw new BadRequestError("the request has no object (field object with apiVersion and kind)");
  const info = findResourceByKind(raw.apiVersion ?? "", raw.kind);
  if (!info) throw new BadRequestError(`no kind "${raw.kind}" is registered for version "${raw.apiVersion ?? ""}"`);
  try {
    const object = decodeMessage<ApiObject>(info.typeName, raw.raw ?? new Uint8Array(0));
    return { info, object };
  } catch (error) {
    throw new BadRequestError(`object is not a valid ${info.kind} protobuf message: ${(error as Error).message}`, [], { cause: error });
  }
}

/** A view (another served version) has a JSON form only. */
export function checkViewFormat(view: VersionView | undefined, format: WireFormat): void {
  if (view && format !== "json") throw new BadRequestError(`${view.apiVersion} ${view.kind} is served as JSON only (send Content-Type: application/json); protobuf carries ${view.info.apiVersion}`);
}

function viewed(info: ResourceInfo, object: ApiObject, view: VersionView | undefined): Record<string, unknown> {
  const json = messageToJson(info.typeName, object) as Record<string, unknown>;
  return view ? view.fromStored(json) : json;
}

/**
 * A JSON write request whose object is in a served version other than the stored one (an
 * autoscaling/v1 HorizontalPodAutoscaler): its object converted to the stored version, and the
 * view to answer in. Any other payload is returned as it is.
 */
export function writeInStoredVersion(payload: Uint8Array, format: WireFormat): { payload: Uint8Array; view?: VersionView } {
  if (format !== "json" || payload.length === 0) return { payload };
  let parsed: { object?: { apiVersion?: string; kind?: string } & Record<string, unknown> } & Record<string, unknown>;
  try {
    parsed = JSON.parse(decoder.decode(payload)) as typeof parsed;
  } catch {
    return { payload };
  }
  const view = viewOfApiVersion(parsed?.object?.apiVersion, parsed?.object?.kind);
  if (!view || !parsed.object) return { payload };
  let stored: Record<string, unknown>;
  try {
    stored = view.toStored(parsed.object);
  } catch (error) {
    throw new BadRequestError((error as Error).message, [], { cause: error });
  }
  return { payload: encoder.encode(JSON.stringify({ ...parsed, object: stored })), view };
}

export function encodeObject(info: ResourceInfo, object: ApiObject, format: WireFormat, view?: VersionView): Uint8Array {
  if (view) return encoder.encode(JSON.stringify(viewed(info, object, view)));
  if (format === "json") return encoder.encode(JSON.stringify(messageToJson(info.typeName, object)));
  return encodeMessage("RawObject", { apiVersion: info.apiVersion, kind: info.kind, raw: encodeMessage(info.typeName, object) });
}

export function encodeList(info: ResourceInfo, items: ApiObject[], resourceVersion: string, continueToken: string, format: WireFormat, view?: VersionView): Uint8Array {
  if (view) {
    const metadata = continueToken ? { resourceVersion, continue: continueToken } : { resourceVersion };
    return encoder.encode(JSON.stringify({ apiVersion: view.apiVersion, kind: `${info.kind}List`, metadata, items: items.map((item) => viewed(info, item, view)) }));
  }
  const list = {
    apiVersion: info.apiVersion,
    kind: `${info.kind}List`,
    metadata: continueToken ? { resourceVersion, continue: continueToken } : { resourceVersion },
  };
  if (format === "json") {
    const json = { ...list, items: items.map((item) => messageToJson(info.typeName, item)) };
    return encoder.encode(JSON.stringify(json));
  }
  const raws = items.map((item) => ({ apiVersion: info.apiVersion, kind: info.kind, raw: encodeMessage(info.typeName, item) }));
  return encodeMessage("ObjectList", { ...list, items: raws });
}

export function encodeWatchEvent(info: ResourceInfo, type: string, object: ApiObject, format: WireFormat, view?: VersionView): Uint8Array {
  // A BOOKMARK's object is only a resourceVersion: it names the view's apiVersion, nothing to convert.
  if (view) return encoder.encode(JSON.stringify({ type, object: type === "BOOKMARK" ? { ...(object as Record<string, unknown>), apiVersion: view.apiVersion } : viewed(info, object, view) }));
  if (format === "json") return encoder.encode(JSON.stringify({ type, object: messageToJson(info.typeName, object) }));
  return encodeMessage("WatchEvent", { type, object: { apiVersion: info.apiVersion, kind: info.kind, raw: encodeMessage(info.typeName, object) } });
}

/** Encodes any envelope message (WatchStarted, discovery, ...) that has no embedded object. */
export function encodeEnvelope(typeName: string, message: object, format: WireFormat): Uint8Array {
  if (format === "json") return encoder.encode(JSON.stringify(messageToJson(typeName, message as Record<string, unknown>)));
  return encodeMessage(typeName, message);
}

/** A reply with a JSON form only (the scale subresource's Scale). */
export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function encodeStatus(status: StatusJson, format: WireFormat): Uint8Array {
  if (format === "json") return encoder.encode(JSON.stringify(status));
  return encodeMessage("Status", status);
}

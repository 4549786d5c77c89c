// An OTLP ExportTraceServiceRequest as either wire form decodes to it: the fields the span store
// keeps, with ids still in their wire form (bytes from protobuf; hex, or base64 from lenient
// JSON encoders, in OTLP JSON).
import { OtlpDecodeError } from "./errors.ts";
import { exportTraceServiceRequestType } from "./otlp-schema.ts";

export type OtlpId = string | Uint8Array;

export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: OtlpId;
}

export interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue;
}

export interface OtlpSpan {
  traceId?: OtlpId;
  spanId?: OtlpId;
  parentSpanId?: OtlpId;
  name?: string;
  kind?: number | string;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: OtlpKeyValue[];
  status?: { code?: number | string; message?: string };
  links?: { traceId?: OtlpId; spanId?: OtlpId }[];
}

export interface OtlpExportRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

export const PROTOBUF_CONTENT_TYPE = "application/x-protobuf";
export const JSON_CONTENT_TYPE = "application/json";

export type OtlpEncoding = "protobuf" | "json";

/** The encoding of a Content-Type header, or undefined when OTLP/HTTP has none for it. */
export function otlpEncoding(contentType: string | undefined): OtlpEncoding | undefined {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === PROTOBUF_CONTENT_TYPE || type === "application/protobuf") return "protobuf";
  if (type === JSON_CONTENT_TYPE) return "json";
  return undefined;
}

export function decodeProtobufRequest(body: Uint8Array): OtlpExportRequest {
  const type = exportTraceServiceRequestType();
  let message;
  try {
    message = type.decode(body);
  } catch (error) {
    throw new OtlpDecodeError(`body is not a protobuf ExportTraceServiceRequest: ${(error as Error).message}`, { cause: error });
  }
  return type.toObject(message, { longs: String, enums: Number, defaults: false, arrays: true }) as OtlpExportRequest;
}

export function decodeJsonRequest(body: Uint8Array): OtlpExportRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch (error) {
    throw new OtlpDecodeError(`body is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new OtlpDecodeError("body is not an ExportTraceServiceRequest: expected a JSON object with resourceSpans");
  }
  const resourceSpans = (parsed as OtlpExportRequest).resourceSpans;
  if (resourceSpans !== undefined && !Array.isArray(resourceSpans)) {
    throw new OtlpDecodeError("body is not an ExportTraceServiceRequest: resourceSpans must be an array");
  }
  return parsed as OtlpExportRequest;
}

export function decodeExportRequest(body: Uint8Array, encoding: OtlpEncoding): OtlpExportRequest {
  return encoding === "protobuf" ? decodeProtobufRequest(body) : decodeJsonRequest(body);
}

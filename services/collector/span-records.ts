// OTLP spans, decoded from either wire form, as the span store keeps them (SpanRecord). Pure.
// A span without a valid trace or span id cannot be stored under its trace: it is rejected and
// counted, and the rest of the request is kept (OTLP's partial success).
import type { SpanKindName, SpanLink, SpanRecord } from "../../runtime/spans/span-record.ts";
import type { OtlpAnyValue, OtlpExportRequest, OtlpId, OtlpKeyValue, OtlpSpan } from "./otlp-request.ts";

export interface ConvertedSpans {
  records: SpanRecord[];
  /** Spans that could not be stored, and why (the first reason, for the partial-success message). */
  rejected: number;
  firstRejection?: string;
}

const SERVICE_NAME = "service.name";
/** The SDK's own description of itself: the same on every span, of no use when reading a trace. */
const NOISY_RESOURCE_PREFIX = "telemetry.sdk.";

const KIND_BY_NUMBER: Record<number, SpanKindName> = { 0: "internal", 1: "internal", 2: "server", 3: "client", 4: "producer", 5: "consumer" };
const STATUS_BY_NUMBER: Record<number, SpanRecord["status"]["code"]> = { 0: "unset", 1: "ok", 2: "error" };

/** Hex of an id: bytes from protobuf; hex (OTLP JSON) or base64 (protobuf's JSON mapping) from JSON. */
export function idHex(id: OtlpId | undefined, bytes: number): string | undefined {
  if (id === undefined) return undefined;
  if (typeof id !== "string") return id.length === bytes ? Buffer.from(id).toString("hex") : undefined;
  if (id.length === bytes * 2 && /^[0-9a-fA-F]+$/.test(id)) return id.toLowerCase();
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(id) ? Buffer.from(id, "base64") : undefined;
  return decoded?.length === bytes ? decoded.toString("hex") : undefined;
}

function validId(id: OtlpId | undefined, bytes: number): string | undefined {
  const hex = idHex(id, bytes);
  return hex && !/^0+$/.test(hex) ? hex : undefined;
}

function enumNumber(value: number | string | undefined, prefix: string, names: readonly string[]): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const index = names.indexOf(value.replace(prefix, ""));
    return index >= 0 ? index : Number(value) || 0;
  }
  return 0;
}

const KIND_NAMES = ["UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER"] as const;
const STATUS_NAMES = ["UNSET", "OK", "ERROR"] as const;

function nanosString(value: string | number | undefined): string {
  if (value === undefined) return "0";
  const text = String(value);
  return /^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, "") : "0";
}

/** An attribute value as the store keeps it: scalars as they are, arrays and maps as JSON text. */
export function attributeValue(value: OtlpAnyValue | undefined): string | number | boolean {
  if (!value) return "";
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const number = Number(value.intValue);
    return Number.isSafeInteger(number) ? number : String(value.intValue);
  }
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue !== undefined) return JSON.stringify((value.arrayValue.values ?? []).map(attributeValue));
  if (value.kvlistValue !== undefined) return JSON.stringify(attributeMap(value.kvlistValue.values));
  if (value.bytesValue !== undefined) return typeof value.bytesValue === "string" ? value.bytesValue : Buffer.from(value.bytesValue).toString("base64");
  return "";
}

function attributeMap(pairs: OtlpKeyValue[] | undefined): Record<string, string | number | boolean> {
  const map: Record<string, string | number | boolean> = {};
  for (const pair of pairs ?? []) if (typeof pair?.key === "string") map[pair.key] = attributeValue(pair.value);
  return map;
}

function links(span: OtlpSpan): SpanLink[] {
  const result: SpanLink[] = [];
  for (const link of span.links ?? []) {
    const traceId = validId(link.traceId, 16);
    const spanId = validId(link.spanId, 8);
    if (traceId && spanId) result.push({ traceId, spanId });
  }
  return result;
}

export function spanRecords(request: OtlpExportRequest): ConvertedSpans {
  const converted: ConvertedSpans = { records: [], rejected: 0 };
  const reject = (reason: string) => {
    converted.rejected += 1;
    converted.firstRejection ??= reason;
  };
  for (const resourceSpans of request.resourceSpans ?? []) {
    const resourceAttributes = attributeMap(resourceSpans?.resource?.attributes);
    const service = String(resourceAttributes[SERVICE_NAME] ?? "unknown_service");
    const resource: Record<string, string> = {};
    for (const [key, value] of Object.entries(resourceAttributes)) {
      if (key !== SERVICE_NAME && !key.startsWith(NOISY_RESOURCE_PREFIX)) resource[key] = String(value);
    }
    for (const scope of resourceSpans?.scopeSpans ?? []) {
      for (const span of scope?.spans ?? []) {
        const traceId = validId(span?.traceId, 16);
        const spanId = validId(span?.spanId, 8);
        if (!traceId) {
          reject(`span ${JSON.stringify(span?.name ?? "")}: traceId must be 16 bytes (32 hex digits), not all zero`);
          continue;
        }
        if (!spanId) {
          reject(`span ${JSON.stringify(span.name ?? "")}: spanId must be 8 bytes (16 hex digits), not all zero`);
          continue;
        }
        const parentSpanId = validId(span.parentSpanId, 8);
        const statusCode = enumNumber(span.status?.code, "STATUS_CODE_", STATUS_NAMES);
        const record: SpanRecord = {
          traceId,
          spanId,
          ...(parentSpanId ? { parentSpanId } : {}),
          name: span.name ?? "",
          kind: KIND_BY_NUMBER[enumNumber(span.kind, "SPAN_KIND_", KIND_NAMES)] ?? "internal",
          service,
          resource,
          startTimeUnixNano: nanosString(span.startTimeUnixNano),
          endTimeUnixNano: nanosString(span.endTimeUnixNano),
          attributes: attributeMap(span.attributes),
          status: { code: STATUS_BY_NUMBER[statusCode] ?? "unset", ...(span.status?.message ? { message: span.status.message } : {}) },
          links: links(span),
        };
        converted.records.push(record);
      }
    }
  }
  return converted;
}

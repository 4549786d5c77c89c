// One OTLP/HTTP trace export: decode the body, convert its spans to span records, store them,
// forward the request upstream, and answer as OTLP/HTTP says (success, partial success, or a
// google.rpc.Status error in the request's own encoding).
import type { JetStreamClient } from "@nats-io/jetstream";
import type { Logger } from "../../runtime/log.ts";
import { OtlpDecodeError } from "./errors.ts";
import type { CollectorMetrics } from "./metrics.ts";
import { decodeExportRequest, JSON_CONTENT_TYPE, PROTOBUF_CONTENT_TYPE, type OtlpEncoding } from "./otlp-request.ts";
import { encodeRpcStatus, exportTraceServiceResponseType } from "./otlp-schema.ts";
import { publishSpanRecords } from "./span-publisher.ts";
import { spanRecords } from "./span-records.ts";
import type { UpstreamForwarder } from "./upstream-forwarder.ts";

export interface ExportReply {
  status: number;
  contentType: string;
  body: Uint8Array | string;
}

/** google.rpc.Code values OTLP/HTTP uses. */
const RPC_INVALID_ARGUMENT = 3;
const RPC_UNAVAILABLE = 14;

export interface ExportContext {
  js: JetStreamClient;
  metrics: CollectorMetrics;
  logger: Logger;
  upstream?: UpstreamForwarder;
}

export function errorReply(status: number, encoding: OtlpEncoding | undefined, message: string): ExportReply {
  const rpcCode = status >= 500 ? RPC_UNAVAILABLE : RPC_INVALID_ARGUMENT;
  if (encoding === "protobuf") return { status, contentType: PROTOBUF_CONTENT_TYPE, body: encodeRpcStatus(rpcCode, message) };
  return { status, contentType: JSON_CONTENT_TYPE, body: JSON.stringify({ code: rpcCode, message }) };
}

function successReply(encoding: OtlpEncoding, rejected: number, errorMessage: string | undefined): ExportReply {
  const partialSuccess = rejected > 0 ? { rejectedSpans: rejected, errorMessage: errorMessage ?? "" } : undefined;
  if (encoding === "json") return { status: 200, contentType: JSON_CONTENT_TYPE, body: JSON.stringify(partialSuccess ? { partialSuccess: { ...partialSuccess, rejectedSpans: String(rejected) } } : {}) };
  const type = exportTraceServiceResponseType();
  return { status: 200, contentType: PROTOBUF_CONTENT_TYPE, body: type.encode(type.fromObject(partialSuccess ? { partialSuccess } : {})).finish() };
}

export async function handleExport(context: ExportContext, body: Uint8Array, encoding: OtlpEncoding, contentType: string): Promise<ExportReply> {
  const { metrics } = context;
  let request;
  try {
    request = decodeExportRequest(body, encoding);
  } catch (error) {
    if (!(error instanceof OtlpDecodeError)) throw error;
    metrics.spansDropped.inc({ reason: "malformed" });
    metrics.requests.inc({ encoding, code: "400" });
    return errorReply(400, encoding, error.message);
  }
  const converted = spanRecords(request);
  metrics.spansReceived.inc({ encoding }, converted.records.length + converted.rejected);
  if (converted.rejected > 0) metrics.spansDropped.inc({ reason: "invalid" }, converted.rejected);
  context.upstream?.forward(body, contentType);
  const published = await publishSpanRecords(context.js, converted.records);
  metrics.spansStored.inc(published.stored);
  if (published.failed > 0) {
    metrics.spansDropped.inc({ reason: "store_error" }, published.failed);
    metrics.requests.inc({ encoding, code: "503" });
    context.logger.warn("storing spans failed", { failed: published.failed, stored: published.stored, error: published.firstError?.message });
    // Retryable: the exporter sends the batch again; spans stored twice are read back once.
    return errorReply(503, encoding, `storing ${published.failed} of ${converted.records.length} spans in the span stream failed: ${published.firstError?.message ?? "unknown error"}`);
  }
  metrics.requests.inc({ encoding, code: "200" });
  return successReply(encoding, converted.rejected, converted.firstRejection);
}

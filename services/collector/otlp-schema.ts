// The official OTLP protobuf schema (proto/otlp: opentelemetry-proto v1.11.0, the trace service
// and the messages it uses), loaded once with protobufjs to decode application/x-protobuf bodies.
import { fileURLToPath } from "node:url";
import { isAbsolute, join } from "node:path";
import protobuf from "protobufjs";

const PROTO_ROOT = fileURLToPath(new URL("../../proto/otlp/", import.meta.url));
const TRACE_SERVICE = "opentelemetry/proto/collector/trace/v1/trace_service.proto";

let requestType: protobuf.Type | undefined;

/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest. */
export function exportTraceServiceRequestType(): protobuf.Type {
  if (requestType) return requestType;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (isAbsolute(target) ? target : join(PROTO_ROOT, target));
  root.loadSync(TRACE_SERVICE).resolveAll();
  requestType = root.lookupType("opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest");
  return requestType;
}

/** opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse (partial success). */
export function exportTraceServiceResponseType(): protobuf.Type {
  return exportTraceServiceRequestType().root.lookupType("opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse");
}

/** google.rpc.Status { int32 code = 1; string message = 2; }: OTLP/HTTP's error body, written by hand (two fields). */
export function encodeRpcStatus(code: number, message: string): Uint8Array {
  return protobuf.Writer.create().uint32(8).int32(code).uint32(18).string(message).finish();
}

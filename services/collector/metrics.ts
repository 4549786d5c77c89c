// The collector's Prometheus metrics. Labels are bounded: a drop reason, an encoding, an HTTP code
// class, an upstream result; never a trace id or service name.
import { Counter, type Registry } from "prom-client";

/** invalid = no usable trace/span id; store_error = the JetStream publish failed; malformed = the request body did not decode. */
export const DROP_REASONS = ["invalid", "store_error", "malformed"] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const REQUEST_ENCODINGS = ["protobuf", "json", "other"] as const;
export const UPSTREAM_RESULTS = ["ok", "error"] as const;

export interface CollectorMetrics {
  readonly spansReceived: Counter<"encoding">;
  readonly spansStored: Counter;
  readonly spansDropped: Counter<"reason">;
  readonly requests: Counter<"encoding" | "code">;
  readonly upstreamExports: Counter<"result">;
}

export function createCollectorMetrics(registry: Registry): CollectorMetrics {
  const registers = [registry];
  const spansReceived = new Counter({ name: "troupe_collector_spans_received_total", help: "Spans received over OTLP/HTTP, by request encoding.", labelNames: ["encoding"] as const, registers });
  const spansStored = new Counter({ name: "troupe_collector_spans_stored_total", help: "Spans stored in the span stream (TROUPE_SPANS).", registers });
  const spansDropped = new Counter({ name: "troupe_collector_spans_dropped_total", help: "Spans not stored, by reason (invalid ids, store error; malformed bodies count one per request).", labelNames: ["reason"] as const, registers });
  const requests = new Counter({ name: "troupe_collector_requests_total", help: "OTLP/HTTP export requests, by encoding and HTTP status code.", labelNames: ["encoding", "code"] as const, registers });
  const upstreamExports = new Counter({ name: "troupe_collector_upstream_exports_total", help: "Export requests forwarded to the upstream OTLP endpoint, by result.", labelNames: ["result"] as const, registers });
  for (const encoding of REQUEST_ENCODINGS) spansReceived.inc({ encoding }, 0);
  for (const reason of DROP_REASONS) spansDropped.inc({ reason }, 0);
  for (const encoding of ["protobuf", "json"] as const) requests.inc({ encoding, code: "200" }, 0);
  for (const result of UPSTREAM_RESULTS) upstreamExports.inc({ result }, 0);
  spansStored.inc(0);
  return { spansReceived, spansStored, spansDropped, requests, upstreamExports };
}

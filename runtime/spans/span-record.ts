// One finished span as the cluster's own span store keeps it: the OTLP span, flattened, with the
// name of the service that made it. The store is the JetStream stream SPANS_STREAM, one subject
// per trace (spansSubject(traceId)), so a trace is read with a subject-filtered consumer
// (docs/tracing.md).

export type SpanKindName = "internal" | "server" | "client" | "producer" | "consumer";

export interface SpanLink {
  traceId: string;
  spanId: string;
}

export interface SpanRecord {
  /** 32 lowercase hex digits. */
  traceId: string;
  /** 16 lowercase hex digits. */
  spanId: string;
  /** Absent on a trace's root span. */
  parentSpanId?: string;
  name: string;
  kind: SpanKindName;
  /** The resource's service.name (troupe-api, troupe-scheduler, troupe-kubelet, ...). */
  service: string;
  /** Resource attributes worth showing (k8s.node.name for a kubelet, service.instance.id). */
  resource: Record<string, string>;
  /** Unix time in nanoseconds, as a decimal string (OTLP JSON's form: beyond 2^53). */
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Record<string, string | number | boolean>;
  status: { code: "unset" | "ok" | "error"; message?: string };
  links: SpanLink[];
}

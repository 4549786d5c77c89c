// What a pod's mesh SDK publishes on meshMetricsSubject(namespace, pod) every second (docs/nats-api.md,
// "Mesh metrics"): for each method of each service it serves, the cumulative count of requests
// served, of those that failed, and of their durations per histogram bucket, since `startTime`.
// Cumulative, as Prometheus counters are, so a lost report loses no calls: the API takes rates
// over a window. Bounded: one entry per defined method (and `_other` for unknown ones) of the
// services the pod serves, at most MAX_REPORT_METHODS.

/** Upper bounds (seconds) of the duration buckets: the mesh's Prometheus histogram's, and +Inf last. */
export const MESH_DURATION_BUCKETS: readonly number[] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A report names at most this many service/method pairs; a larger one is refused as malformed. */
export const MAX_REPORT_METHODS = 256;

export interface MethodCounts {
  service: string;
  method: string;
  requests: number;
  errors: number;
  /** Cumulative per bucket of MESH_DURATION_BUCKETS, then the +Inf bucket (= requests). */
  buckets: number[];
}

export interface MeshMetricsReport {
  namespace: string;
  pod: string;
  /** When the counts were read (RFC 3339). */
  timestamp: string;
  /** When counting started (the mesh's start): the counts were zero then. */
  startTime: string;
  methods: MethodCounts[];
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value >= 0;

/** A report as received; throws with what is wrong. Namespace and pod come from the subject it was heard on. */
export function parseMeshMetricsReport(text: string, from: { namespace: string; pod: string }): MeshMetricsReport {
  const report = JSON.parse(text) as Partial<MeshMetricsReport>;
  if (typeof report.timestamp !== "string" || Number.isNaN(Date.parse(report.timestamp))) throw new Error("mesh metrics report without a valid timestamp");
  if (typeof report.startTime !== "string" || Number.isNaN(Date.parse(report.startTime))) throw new Error("mesh metrics report without a valid startTime");
  if (!Array.isArray(report.methods)) throw new Error("mesh metrics report without methods");
  if (report.methods.length > MAX_REPORT_METHODS) throw new Error(`mesh metrics report names ${report.methods.length} methods (at most ${MAX_REPORT_METHODS})`);
  for (const entry of report.methods) {
    if (typeof entry?.service !== "string" || typeof entry.method !== "string" || !isCount(entry.requests) || !isCount(entry.errors)) throw new Error("mesh metrics report has a malformed method entry");
    if (!Array.isArray(entry.buckets) || entry.buckets.length !== MESH_DURATION_BUCKETS.length + 1 || !entry.buckets.every(isCount)) {
      throw new Error(`mesh metrics report: ${entry.service}.${entry.method} needs ${MESH_DURATION_BUCKETS.length + 1} cumulative bucket counts`);
    }
  }
  return { namespace: from.namespace, pod: from.pod, timestamp: report.timestamp, startTime: report.startTime, methods: report.methods };
}

/** The namespace and pod of a report's subject (`<prefix>.<namespace>.<pod>`; a namespace has no dots). */
export function reportSourceOfSubject(prefix: string, subject: string): { namespace: string; pod: string } | undefined {
  if (!subject.startsWith(`${prefix}.`)) return undefined;
  const rest = subject.slice(prefix.length + 1);
  const dot = rest.indexOf(".");
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  return { namespace: rest.slice(0, dot), pod: rest.slice(dot + 1) };
}

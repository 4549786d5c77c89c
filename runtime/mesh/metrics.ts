// Prometheus metrics of the mesh SDK. Labels are bounded: `service` and `method` are the
// defined ones on the server; on the client a LabelLimiter caps the distinct service/method
// pairs, `result` is "ok" or a MeshError code in lower case. The `service` label names the mesh
// service called or served (it overrides the registry's default `service` label on these series).
import { Counter, Gauge, Histogram } from "prom-client";
import type { Registry } from "prom-client";
import { MESH_ERROR_CODES } from "./errors.ts";
import type { MeshErrorCode } from "./errors.ts";
import { MESH_DURATION_BUCKETS } from "../custom-metrics/mesh-report.ts";

export const MESH_RESULTS = ["ok", ...MESH_ERROR_CODES.map((code) => code.toLowerCase())] as const;
export type MeshResult = "ok" | Lowercase<MeshErrorCode>;
export const EVENT_RESULTS = ["ok", "error"] as const;

const DURATION_BUCKETS = [...MESH_DURATION_BUCKETS];

export interface MeshMetrics {
  readonly clientCalls: Counter<"service" | "method" | "result">;
  readonly clientDuration: Histogram<"service" | "method">;
  readonly clientRetries: Counter<"service" | "method">;
  /** 1 while the circuit to a service is open or half-open. */
  readonly clientCircuitOpen: Gauge<"service">;
  readonly serverRequests: Counter<"service" | "method" | "result">;
  readonly serverDuration: Histogram<"service" | "method">;
  readonly serverInFlight: Gauge<"service">;
  /** Read at scrape time into serverInFlight, so a request pays for no gauge update. */
  readonly inFlightSources: Map<string, () => number>;
  readonly eventsPublished: Counter<"topic" | "durable">;
  readonly eventsHandled: Counter<"topic" | "result">;
}

const byRegistry = new WeakMap<Registry, MeshMetrics>();

export function createMeshMetrics(registry: Registry): MeshMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const inFlightSources = new Map<string, () => number>();
  const metrics: MeshMetrics = {
    inFlightSources,
    clientCalls: new Counter({
      name: "troupe_mesh_client_calls_total",
      help: "Mesh calls made by this process, by result (ok or the MeshError code).",
      labelNames: ["service", "method", "result"] as const,
      registers,
    }),
    clientDuration: new Histogram({
      name: "troupe_mesh_client_call_duration_seconds",
      help: "Duration of mesh calls, retries included.",
      labelNames: ["service", "method"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    clientRetries: new Counter({
      name: "troupe_mesh_client_retries_total",
      help: "Mesh call attempts after the first (idempotent calls only).",
      labelNames: ["service", "method"] as const,
      registers,
    }),
    clientCircuitOpen: new Gauge({
      name: "troupe_mesh_client_circuit_open",
      help: "1 while this process's circuit breaker to a mesh service is open or half-open.",
      labelNames: ["service"] as const,
      registers,
    }),
    serverRequests: new Counter({
      name: "troupe_mesh_server_requests_total",
      help: "Mesh requests handled by this replica, by result.",
      labelNames: ["service", "method", "result"] as const,
      registers,
    }),
    serverDuration: new Histogram({
      name: "troupe_mesh_server_request_duration_seconds",
      help: "Time from receiving a mesh request to sending its reply.",
      labelNames: ["service", "method"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    serverInFlight: new Gauge({
      name: "troupe_mesh_server_in_flight_requests",
      help: "Mesh requests this replica is handling now.",
      labelNames: ["service"] as const,
      registers,
      collect() {
        for (const [service, read] of inFlightSources) this.set({ service }, read());
      },
    }),
    eventsPublished: new Counter({
      name: "troupe_mesh_events_published_total",
      help: "Mesh events published by this process (durable=true: acknowledged by JetStream).",
      labelNames: ["topic", "durable"] as const,
      registers,
    }),
    eventsHandled: new Counter({
      name: "troupe_mesh_events_handled_total",
      help: "Mesh events handled by this process's subscriptions, by result.",
      labelNames: ["topic", "result"] as const,
      registers,
    }),
  };
  byRegistry.set(registry, metrics);
  return metrics;
}

/** The series one method records into, resolved once so a call does no label hashing. */
export interface MethodSeries {
  readonly duration: { observe(seconds: number): void };
  result(result: MeshResult): { inc(): void };
}

export function clientMethodSeries(metrics: MeshMetrics, service: string, method: string): MethodSeries {
  return methodSeries(metrics.clientCalls, metrics.clientDuration, service, method);
}

export function serverMethodSeries(metrics: MeshMetrics, service: string, method: string): MethodSeries {
  return methodSeries(metrics.serverRequests, metrics.serverDuration, service, method);
}

function methodSeries(
  calls: Counter<"service" | "method" | "result">,
  duration: Histogram<"service" | "method">,
  service: string,
  method: string,
): MethodSeries {
  const results = new Map<string, { inc(value?: number): void }>();
  // Every series starts at zero, so rate() and dashboards see it before the first call.
  for (const result of MESH_RESULTS) {
    const series = calls.labels({ service, method, result });
    series.inc(0);
    results.set(result, series);
  }
  duration.zero({ service, method });
  return {
    duration: duration.labels({ service, method }),
    result: (result) => results.get(result) ?? calls.labels({ service, method, result }),
  };
}

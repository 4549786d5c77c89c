// The proxy's Prometheus metrics. The registry's default label `service` already names the
// process (troupe-proxy), so the Kubernetes Service is `k8s_service` (`<namespace>/<name>`) with
// `port` (the service port's name). Those series exist while the Service does and are removed
// with it, which keeps the label set bounded by the cluster's Services.
import { Counter, Gauge, type Registry } from "prom-client";
import { LISTENER_KINDS, type ListenerKind, type ServicePortRef } from "./types.ts";

/** forwarded = piped to an endpoint; no_endpoints = no ready endpoint; upstream_failed = every endpoint failed; client_gone = the client left first. */
export const CONNECTION_RESULTS = ["forwarded", "no_endpoints", "upstream_failed", "client_gone"] as const;
export type ConnectionResult = (typeof CONNECTION_RESULTS)[number];

export const UPSTREAM_ERROR_REASONS = ["refused", "timeout", "unreachable", "reset", "other"] as const;
export type UpstreamErrorReason = (typeof UPSTREAM_ERROR_REASONS)[number];

/** to_endpoint = bytes the client sent on; to_client = bytes the endpoint answered. */
export const BYTE_DIRECTIONS = ["to_endpoint", "to_client"] as const;
export type ByteDirection = (typeof BYTE_DIRECTIONS)[number];

export const LISTEN_FAILURE_REASONS = ["address_in_use", "permission_denied", "address_not_available", "other"] as const;
export type ListenFailureReason = (typeof LISTEN_FAILURE_REASONS)[number];

type ServicePortLabels = "k8s_service" | "port";

/** The per-connection counters of one service port, resolved once (prom-client children) so the data path does no label hashing. */
export interface ServicePortMetrics {
  connection(result: ConnectionResult): void;
  upstreamError(reason: UpstreamErrorReason): void;
  bytes(direction: ByteDirection, count: number): void;
  activeInc(): void;
  activeDec(): void;
}

export interface ProxyMetrics {
  forServicePort(target: ServicePortRef): ServicePortMetrics;
  /** Drops the series of a service port that is gone. */
  removeServicePort(target: ServicePortRef): void;
  readonly listeners: Gauge<"kind">;
  listenFailure(kind: ListenerKind, reason: ListenFailureReason): void;
}

interface PortSeries {
  active: number;
  removed: boolean;
  readonly metrics: ServicePortMetrics;
}

function labelsOf(target: ServicePortRef): Record<ServicePortLabels, string> {
  return { k8s_service: target.service, port: target.portName };
}

export function createProxyMetrics(registry: Registry): ProxyMetrics {
  const registers = [registry];
  const connections = new Counter({
    name: "troupe_proxy_connections_total",
    help: "Client connections accepted by the proxy, by result.",
    labelNames: ["k8s_service", "port", "result"] as const,
    registers,
  });
  const active = new Gauge({
    name: "troupe_proxy_active_connections",
    help: "Client connections being forwarded now.",
    labelNames: ["k8s_service", "port"] as const,
    registers,
  });
  const bytes = new Counter({
    name: "troupe_proxy_bytes_total",
    help: "Bytes forwarded, by direction.",
    labelNames: ["k8s_service", "port", "direction"] as const,
    registers,
  });
  const upstreamErrors = new Counter({
    name: "troupe_proxy_upstream_errors_total",
    help: "Failed connects to endpoints (each retried on the next endpoint), by reason.",
    labelNames: ["k8s_service", "port", "reason"] as const,
    registers,
  });
  const listeners = new Gauge({
    name: "troupe_proxy_listeners",
    help: "Addresses the proxy listens on, by kind.",
    labelNames: ["kind"] as const,
    registers,
  });
  const listenFailures = new Counter({
    name: "troupe_proxy_listen_failures_total",
    help: "Failed attempts to bind a service address (each retried with back-off), by kind and reason.",
    labelNames: ["kind", "reason"] as const,
    registers,
  });
  for (const kind of LISTENER_KINDS) {
    listeners.set({ kind }, 0);
    for (const reason of LISTEN_FAILURE_REASONS) listenFailures.inc({ kind, reason }, 0);
  }

  const perPort = new Map<string, PortSeries>();
  const removeSeries = (key: string, target: ServicePortRef) => {
    perPort.delete(key);
    const labels = labelsOf(target);
    for (const result of CONNECTION_RESULTS) connections.remove({ ...labels, result });
    for (const reason of UPSTREAM_ERROR_REASONS) upstreamErrors.remove({ ...labels, reason });
    for (const direction of BYTE_DIRECTIONS) bytes.remove({ ...labels, direction });
    active.remove(labels);
  };
  return {
    listeners,
    listenFailure: (kind, reason) => listenFailures.inc({ kind, reason }),
    forServicePort(target) {
      const key = `${target.service}:${target.portName}`;
      const existing = perPort.get(key);
      if (existing) {
        existing.removed = false;
        return existing.metrics;
      }
      const labels = labelsOf(target);
      const results = new Map(CONNECTION_RESULTS.map((result) => [result, connections.labels({ ...labels, result })]));
      const reasons = new Map(UPSTREAM_ERROR_REASONS.map((reason) => [reason, upstreamErrors.labels({ ...labels, reason })]));
      const directions = new Map(BYTE_DIRECTIONS.map((direction) => [direction, bytes.labels({ ...labels, direction })]));
      const activeChild = active.labels(labels);
      for (const child of [...results.values(), ...reasons.values(), ...directions.values()]) child.inc(0);
      activeChild.set(0);
      const series: PortSeries = {
        active: 0,
        removed: false,
        metrics: {
          connection: (result) => results.get(result)?.inc(),
          upstreamError: (reason) => reasons.get(reason)?.inc(),
          bytes: (direction, count) => directions.get(direction)?.inc(count),
          activeInc: () => {
            series.active++;
            activeChild.inc();
          },
          activeDec: () => {
            series.active--;
            activeChild.dec();
            if (series.removed && series.active === 0) removeSeries(key, target);
          },
        },
      };
      perPort.set(key, series);
      return series.metrics;
    },
    removeServicePort(target) {
      const key = `${target.service}:${target.portName}`;
      const series = perPort.get(key);
      if (!series) return;
      // Connections still open keep counting; the series go when the last one closes.
      series.removed = true;
      if (series.active === 0) removeSeries(key, target);
    },
  };
}

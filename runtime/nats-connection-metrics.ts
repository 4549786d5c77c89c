// Prometheus metrics of a process' NATS connection: whether it is connected now and how often
// it had to reconnect. Every Troupe service observes its one connection with these.
import type { NatsConnection, Status } from "@nats-io/transport-node";
import { Counter, Gauge, type Registry } from "prom-client";
import { createNatsMetrics, type NatsMetrics } from "./metrics.ts";

export interface NatsConnectionMetrics {
  /** 1 while the connection is up, 0 while disconnected or closed. */
  readonly connected: Gauge;
  readonly reconnects: Counter;
}

const metricsByRegistry = new WeakMap<Registry, NatsConnectionMetrics>();

export function createNatsConnectionMetrics(registry: Registry): NatsConnectionMetrics {
  const existing = metricsByRegistry.get(registry);
  if (existing) return existing;
  const connected = new Gauge({
    name: "troupe_nats_connected",
    help: "1 while this process' NATS connection is up, else 0.",
    registers: [registry],
  });
  const reconnects = new Counter({
    name: "troupe_nats_reconnects_total",
    help: "Times this process' NATS connection reconnected after losing its server.",
    registers: [registry],
  });
  connected.set(0);
  reconnects.inc(0);
  const metrics = { connected, reconnects };
  metricsByRegistry.set(registry, metrics);
  return metrics;
}

/** The connected value a status event leaves behind; undefined = unchanged. */
export function connectedAfter(status: Status["type"]): 0 | 1 | undefined {
  if (status === "disconnect" || status === "close") return 0;
  if (status === "reconnect") return 1;
  return undefined;
}

// The request metrics of each observed connection: runtime/messaging.ts' request() records into
// them when its caller passes none, so every API call a service makes is counted.
const requestMetricsByConnection = new WeakMap<NatsConnection, NatsMetrics>();

export function requestMetricsOf(nc: NatsConnection): NatsMetrics | undefined {
  return requestMetricsByConnection.get(nc);
}

/** Follows `nc`'s status events until it closes, and counts the requests made on it. */
export function observeNatsConnection(nc: NatsConnection, registry: Registry): NatsConnectionMetrics {
  requestMetricsByConnection.set(nc, createNatsMetrics(registry));
  const metrics = createNatsConnectionMetrics(registry);
  metrics.connected.set(nc.isClosed() ? 0 : 1);
  void (async () => {
    for await (const status of nc.status()) {
      const value = connectedAfter(status.type);
      if (value !== undefined) metrics.connected.set(value);
      if (status.type === "reconnect") metrics.reconnects.inc();
    }
    metrics.connected.set(0);
  })();
  return metrics;
}

// Metrics of the ingress: one series per Ingress and answer class, so label sets stay bounded by
// the number of Ingress objects.
import { Counter, Histogram } from "prom-client";
import type { Registry } from "prom-client";

export interface IngressMetrics {
  requests: Counter<"ingress" | "backend" | "code">;
  duration: Histogram<"ingress" | "backend">;
  upstreamRetries: Counter<"ingress">;
}

export function createIngressMetrics(registry: Registry): IngressMetrics {
  return {
    requests: new Counter({ name: "troupe_ingress_requests_total", help: "HTTP requests through the ingress by Ingress, backend kind (service, mesh, none) and status class", labelNames: ["ingress", "backend", "code"], registers: [registry] }),
    duration: new Histogram({ name: "troupe_ingress_request_duration_seconds", help: "Time from request to the backend's response headers", labelNames: ["ingress", "backend"], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] }),
    upstreamRetries: new Counter({ name: "troupe_ingress_upstream_retries_total", help: "Requests sent to another endpoint after one refused the connection", labelNames: ["ingress"], registers: [registry] }),
  };
}

/** "2xx", "4xx", ...: bounded. */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

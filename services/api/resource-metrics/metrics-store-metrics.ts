// The aggregator's own metrics: reports received (accepted or dropped as malformed) and the nodes
// whose latest report is fresh enough to serve. Bounded labels only.
import { Counter, Gauge, type Registry } from "prom-client";

export const USAGE_REPORT_RESULTS = ["accepted", "malformed"] as const;
export type UsageReportResult = (typeof USAGE_REPORT_RESULTS)[number];

export interface ResourceMetricsStoreMetrics {
  reports: Counter<"result">;
  /** Set at scrape time from the store. */
  setFreshNodes(read: () => number): void;
}

const byRegistry = new WeakMap<Registry, ResourceMetricsStoreMetrics>();

export function createResourceMetricsStoreMetrics(registry: Registry): ResourceMetricsStoreMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const reports = new Counter({
    name: "troupe_api_usage_reports_total",
    help: "Kubelet usage reports (troupe.metrics.v1.node.*) this API replica received, by result (accepted, malformed: dropped).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  for (const result of USAGE_REPORT_RESULTS) reports.inc({ result }, 0);
  let freshNodes = () => 0;
  new Gauge({
    name: "troupe_api_usage_reporting_nodes",
    help: "Nodes whose latest usage report is fresh enough to serve as metrics.k8s.io (the last 30 s).",
    registers: [registry],
    collect() {
      this.set(freshNodes());
    },
  });
  const metrics = { reports, setFreshNodes: (read: () => number) => void (freshNodes = read) };
  byRegistry.set(registry, metrics);
  return metrics;
}

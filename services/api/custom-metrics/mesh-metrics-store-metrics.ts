// The custom metrics adapter's own metrics: mesh metrics reports received (accepted or dropped as
// malformed) and the pods whose reports it can serve. Bounded labels only.
import { Counter, Gauge, type Registry } from "prom-client";

export const MESH_REPORT_RESULTS = ["accepted", "malformed"] as const;

export interface MeshMetricsStoreMetrics {
  reports: Counter<"result">;
  /** Set at scrape time from the store. */
  setReportingPods(read: () => number): void;
}

const byRegistry = new WeakMap<Registry, MeshMetricsStoreMetrics>();

export function createMeshMetricsStoreMetrics(registry: Registry): MeshMetricsStoreMetrics {
  const existing = byRegistry.get(registry);
  if (existing) return existing;
  const reports = new Counter({
    name: "troupe_api_mesh_metrics_reports_total",
    help: "Mesh SDK metrics reports (troupe.metrics.v1.mesh.>) this API replica received, by result (accepted, malformed: dropped).",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  for (const result of MESH_REPORT_RESULTS) reports.inc({ result }, 0);
  let reportingPods = () => 0;
  new Gauge({
    name: "troupe_api_mesh_metrics_reporting_pods",
    help: "Pods whose mesh metrics reports this API replica keeps to serve as custom.metrics.k8s.io (heard from in the last 30 s).",
    registers: [registry],
    collect() {
      this.set(reportingPods());
    },
  });
  const metrics = { reports, setReportingPods: (read: () => number) => void (reportingPods = read) };
  byRegistry.set(registry, metrics);
  return metrics;
}

// metrics.k8s.io/v1beta1 PodMetrics and NodeMetrics, as metrics-server serves them, made from the
// kubelets' latest usage reports.
import { cpuQuantity, memoryQuantity } from "./metrics-quantities.ts";
import type { NodeUsageReport, PodUsage } from "./usage-report.ts";

export const METRICS_API_VERSION = "metrics.k8s.io/v1beta1";
export const METRICS_GROUP = "metrics.k8s.io";

export interface ResourceUsage {
  cpu: string;
  memory: string;
}

export interface PodMetrics {
  apiVersion: typeof METRICS_API_VERSION;
  kind: "PodMetrics";
  metadata: { name: string; namespace: string; labels: Record<string, string>; creationTimestamp: string; annotations: Record<string, string> };
  timestamp: string;
  window: string;
  containers: { name: string; usage: ResourceUsage }[];
}

export interface NodeMetrics {
  apiVersion: typeof METRICS_API_VERSION;
  kind: "NodeMetrics";
  metadata: { name: string; labels: Record<string, string>; creationTimestamp: string };
  timestamp: string;
  window: string;
  usage: ResourceUsage;
}

/** The annotation saying where a pod's figures came from (cgroup-v1, cgroup-v2, proc; several joined by commas). */
export const USAGE_SOURCE_ANNOTATION = "metrics.troupe.dev/source";

function window(report: NodeUsageReport): string {
  return `${Number(report.windowSeconds.toFixed(3))}s`;
}

export function podMetrics(report: NodeUsageReport, pod: PodUsage, now: Date): PodMetrics {
  const sources = [...new Set(pod.containers.map((container) => container.source))].join(",");
  return {
    apiVersion: METRICS_API_VERSION,
    kind: "PodMetrics",
    metadata: { name: pod.name, namespace: pod.namespace, labels: pod.labels ?? {}, creationTimestamp: now.toISOString(), annotations: sources ? { [USAGE_SOURCE_ANNOTATION]: sources } : {} },
    timestamp: report.timestamp,
    window: window(report),
    containers: pod.containers.map((container) => ({ name: container.name, usage: { cpu: cpuQuantity(container.cpuNanoCores), memory: memoryQuantity(container.memoryBytes) } })),
  };
}

export function nodeMetrics(report: NodeUsageReport, now: Date): NodeMetrics {
  return {
    apiVersion: METRICS_API_VERSION,
    kind: "NodeMetrics",
    metadata: { name: report.node, labels: {}, creationTimestamp: now.toISOString() },
    timestamp: report.timestamp,
    window: window(report),
    usage: { cpu: cpuQuantity(report.usage.cpuNanoCores), memory: memoryQuantity(report.usage.memoryBytes) },
  };
}

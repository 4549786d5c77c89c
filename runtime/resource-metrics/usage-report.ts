// What a kubelet publishes on nodeUsageSubject(node) every sample, and the API keeps the latest of
// per node to serve metrics.k8s.io (docs/nats-api.md). JSON; CPU in nanocores over the window,
// memory as the working set in bytes.

/** Where a container's figures came from: its cgroup (v1 or v2), or its process group's /proc figures. */
export type UsageSource = "cgroup-v1" | "cgroup-v2" | "proc";

export interface ContainerUsage {
  name: string;
  cpuNanoCores: number;
  memoryBytes: number;
  source: UsageSource;
}

export interface PodUsage {
  namespace: string;
  name: string;
  uid: string;
  labels: Record<string, string>;
  containers: ContainerUsage[];
}

export interface NodeUsageReport {
  node: string;
  /** When the sample was taken (RFC 3339). */
  timestamp: string;
  /** The span the CPU rates cover, in seconds. */
  windowSeconds: number;
  /** The node's usage: the sum of its pods' (a Troupe node shares its host with others). */
  usage: { cpuNanoCores: number; memoryBytes: number };
  pods: PodUsage[];
}

/** Checks a report's shape: a malformed one from a peer is dropped, never served. */
export function parseNodeUsageReport(text: string): NodeUsageReport {
  const report = JSON.parse(text) as Partial<NodeUsageReport>;
  if (typeof report.node !== "string" || !report.node) throw new Error("usage report without a node");
  if (typeof report.timestamp !== "string" || Number.isNaN(Date.parse(report.timestamp))) throw new Error(`usage report of ${report.node} without a valid timestamp`);
  if (!Array.isArray(report.pods) || typeof report.usage !== "object" || report.usage === null) throw new Error(`usage report of ${report.node} without pods or usage`);
  for (const pod of report.pods) {
    if (typeof pod?.namespace !== "string" || typeof pod.name !== "string" || !Array.isArray(pod.containers)) throw new Error(`usage report of ${report.node} has a malformed pod`);
  }
  return report as NodeUsageReport;
}

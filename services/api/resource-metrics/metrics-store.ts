// The API's aggregator of resource metrics (what metrics-server is to Kubernetes): every replica
// subscribes to the kubelets' usage reports (troupe.metrics.v1.node.*) and keeps each node's
// latest in memory; get/list on pods.metrics.k8s.io and nodes.metrics.k8s.io read from here.
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import type { Logger } from "../../../runtime/log.ts";
import { NODE_USAGE_SUBJECT_PREFIX } from "../../../runtime/subjects.ts";
import { nodeMetrics, podMetrics, type NodeMetrics, type PodMetrics } from "../../../runtime/resource-metrics/metrics-objects.ts";
import { parseNodeUsageReport, type NodeUsageReport } from "../../../runtime/resource-metrics/usage-report.ts";

/** A node's report older than this is not served (its kubelet stopped publishing: metrics-server drops a node it cannot scrape). */
export const DEFAULT_STALE_AFTER_MS = 30_000;

export class ResourceMetricsStore {
  readonly #reports = new Map<string, { report: NodeUsageReport; receivedAt: number }>();
  readonly #staleAfterMs: number;
  readonly #now: () => number;
  #subscription: Subscription | undefined;

  constructor(options: { staleAfterMs?: number; now?: () => number } = {}) {
    this.#staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
    this.#now = options.now ?? Date.now;
  }

  /** Follows the kubelets' reports on `nc` until stop(). */
  start(nc: NatsConnection, logger: Logger): void {
    this.#subscription = nc.subscribe(`${NODE_USAGE_SUBJECT_PREFIX}.*`, {
      callback: (error, msg) => {
        if (error) return;
        try {
          this.add(parseNodeUsageReport(msg.string()));
        } catch (cause) {
          logger.warn("dropped a malformed node usage report", { subject: msg.subject, error: cause });
        }
      },
    });
  }

  stop(): void {
    this.#subscription?.unsubscribe();
  }

  add(report: NodeUsageReport): void {
    this.#reports.set(report.node, { report, receivedAt: this.#now() });
  }

  #fresh(): NodeUsageReport[] {
    const now = this.#now();
    for (const [node, entry] of this.#reports) if (now - entry.receivedAt > this.#staleAfterMs) this.#reports.delete(node);
    return [...this.#reports.values()].map((entry) => entry.report);
  }

  /** Every pod with figures, newest report first when a pod shows on two nodes (it moved). */
  pods(): PodMetrics[] {
    const now = new Date(this.#now());
    const byKey = new Map<string, PodMetrics>();
    const reports = this.#fresh().sort((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    for (const report of reports) {
      for (const pod of report.pods) {
        const key = `${pod.namespace}/${pod.name}`;
        if (!byKey.has(key)) byKey.set(key, podMetrics(report, pod, now));
      }
    }
    return [...byKey.values()].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  }

  nodes(): NodeMetrics[] {
    const now = new Date(this.#now());
    return this.#fresh().map((report) => nodeMetrics(report, now)).sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }
}

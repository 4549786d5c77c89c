// Where the HPA reads pods' resource usage: metrics.k8s.io PodMetrics, through the API
// (`list pods.metrics.k8s.io`, served from the kubelets' usage reports: docs/autoscaling.md).
// An interface, so the reconciler can be given another source (benchmarks, tests).
import type { JsonApiClient } from "../../../runtime/api-client/json-api-client.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import type { ExternalMetricIdentifier } from "./jetstream-lag.ts";

export interface ContainerUsage {
  name: string;
  cpuMillis: number;
  memoryBytes: number;
}

export interface PodUsageSample {
  pod: string;
  containers: ContainerUsage[];
  /** Milliseconds since the epoch. */
  timestamp: number;
  windowMs: number;
}

export interface MetricsSource {
  podMetrics(namespace: string, selector: string): Promise<PodUsageSample[]>;
  /** An External metric's value (absent: External metrics report FailedGetExternalMetric). */
  externalMetric?(namespace: string, metric: ExternalMetricIdentifier | null | undefined): Promise<number>;
}

interface PodMetricsJson {
  metadata?: { name?: string };
  timestamp?: string;
  window?: string;
  containers?: { name?: string; usage?: { cpu?: string; memory?: string } }[];
}

/** "15s", "1.5s", "500ms" (a metav1.Duration as metrics-server writes it) in ms. */
export function durationMs(text: string | undefined): number {
  const match = /^([0-9.]+)(ms|s|m)$/.exec(text ?? "");
  if (!match) return 0;
  const value = Number(match[1]);
  return match[2] === "ms" ? value : match[2] === "s" ? value * 1000 : value * 60_000;
}

export class ApiMetricsSource implements MetricsSource {
  readonly #api: JsonApiClient;
  readonly #external: { externalMetric(metric: ExternalMetricIdentifier | null | undefined): Promise<number> } | undefined;

  /** `external`: where External metrics come from (the controller manager's JetStreamLagSource). */
  constructor(api: JsonApiClient, external?: { externalMetric(metric: ExternalMetricIdentifier | null | undefined): Promise<number> }) {
    this.#api = api;
    this.#external = external;
  }

  async externalMetric(_namespace: string, metric: ExternalMetricIdentifier | null | undefined): Promise<number> {
    if (!this.#external) throw new Error("no external metrics source is configured");
    return this.#external.externalMetric(metric);
  }

  async podMetrics(namespace: string, selector: string): Promise<PodUsageSample[]> {
    const list = await this.#api.list("pods.metrics.k8s.io", { namespace, labelSelector: selector });
    return (list.items as PodMetricsJson[]).map((item) => ({
      pod: item.metadata?.name ?? "",
      timestamp: Date.parse(item.timestamp ?? "") || 0,
      windowMs: durationMs(item.window),
      containers: (item.containers ?? []).map((container) => ({
        name: container.name ?? "",
        cpuMillis: Math.round(parseQuantity(container.usage?.cpu ?? "0") * 1000),
        memoryBytes: parseQuantity(container.usage?.memory ?? "0"),
      })),
    }));
  }
}

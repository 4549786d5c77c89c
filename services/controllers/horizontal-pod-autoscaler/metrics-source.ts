// Where the HPA reads pods' resource usage: metrics.k8s.io PodMetrics, through the API
// (`list pods.metrics.k8s.io`, served from the kubelets' usage reports: docs/autoscaling.md), and
// Pods and Object metrics from custom.metrics.k8s.io (the API's customMetrics verb, served from
// the mesh SDK's reports).
// An interface, so the reconciler can be given another source (benchmarks, tests).
import type { JsonApiClient } from "../../../runtime/api-client/json-api-client.ts";
import { parseQuantity } from "../../../runtime/quantity.ts";
import { selectorString } from "../../../runtime/selectors/selector-string.ts";
import type { ExternalMetricIdentifier } from "./jetstream-lag.ts";
import type { PodSample } from "./pod-groups.ts";

/** Which object an Object metric describes (spec.metrics[].object.describedObject). */
export interface DescribedObjectRef {
  kind?: string | null;
  name?: string | null;
  apiVersion?: string | null;
}

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
  /** A Pods metric's value per pod of the selector (absent: Pods metrics report FailedGetPodsMetric). */
  podsMetric?(namespace: string, selector: string, metric: ExternalMetricIdentifier | null | undefined): Promise<Map<string, PodSample>>;
  /** An Object metric's value for the described object (absent: FailedGetObjectMetric). */
  objectMetric?(namespace: string, described: DescribedObjectRef | null | undefined, metric: ExternalMetricIdentifier | null | undefined): Promise<number>;
}

interface MetricValueJson {
  describedObject?: { name?: string };
  timestamp?: string;
  windowSeconds?: number;
  value?: string;
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

  /** custom.metrics.k8s.io pods "*" of the metric, with the pods' selector (GetRawMetric). */
  async podsMetric(namespace: string, selector: string, metric: ExternalMetricIdentifier | null | undefined): Promise<Map<string, PodSample>> {
    const list = await this.#api.customMetrics({ namespace, resource: "pods", name: "*", metric: metric?.name ?? "", labelSelector: selector, metricSelector: selectorString(metric?.selector as never) });
    const samples = new Map<string, PodSample>();
    for (const item of list.items as MetricValueJson[]) {
      samples.set(item.describedObject?.name ?? "", { value: parseQuantity(item.value ?? "0"), timestamp: Date.parse(item.timestamp ?? "") || 0, windowMs: (item.windowSeconds ?? 0) * 1000 });
    }
    if (samples.size === 0) throw new Error(`no metrics returned from custom metrics API`);
    return samples;
  }

  /** custom.metrics.k8s.io <resource>/<name>/<metric> (GetObjectMetric). */
  async objectMetric(namespace: string, described: DescribedObjectRef | null | undefined, metric: ExternalMetricIdentifier | null | undefined): Promise<number> {
    const list = await this.#api.customMetrics({ namespace, resource: described?.kind ?? "", name: described?.name ?? "", metric: metric?.name ?? "", metricSelector: selectorString(metric?.selector as never) });
    const item = (list.items as MetricValueJson[])[0];
    if (!item) throw new Error(`no metrics returned from custom metrics API`);
    return parseQuantity(item.value ?? "0");
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

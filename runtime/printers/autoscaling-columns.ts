// Columns of HorizontalPodAutoscaler (printHorizontalPodAutoscaler, formatHPAMetrics).
import type { KubeObject } from "../api-client.ts";
import { ageColumn, column, nameColumn, type Column } from "./column.ts";

interface TargetJson { type?: string; value?: string; averageValue?: string; averageUtilization?: number }
interface CurrentJson { value?: string; averageValue?: string; averageUtilization?: number }
interface MetricJson {
  type?: string;
  resource?: { name?: string; target?: TargetJson; current?: CurrentJson };
  containerResource?: { name?: string; container?: string; target?: TargetJson; current?: CurrentJson };
  pods?: { metric?: { name?: string }; target?: TargetJson; current?: CurrentJson };
  object?: { metric?: { name?: string }; target?: TargetJson; current?: CurrentJson };
  external?: { metric?: { name?: string }; target?: TargetJson; current?: CurrentJson };
}
interface HpaJson {
  spec?: { scaleTargetRef?: { kind?: string; name?: string }; minReplicas?: number; maxReplicas?: number; metrics?: MetricJson[] };
  status?: { currentReplicas?: number; currentMetrics?: MetricJson[] };
}

const UNKNOWN = "<unknown>";
const hpa = (object: KubeObject) => object as unknown as HpaJson;
const sourceOf = (metric: MetricJson) => {
  switch (metric.type) {
    case "Resource": return metric.resource;
    case "ContainerResource": return metric.containerResource;
    case "Pods": return metric.pods;
    case "Object": return metric.object;
    case "External": return metric.external;
    default: return undefined;
  }
};

/** The status entry that reports on `spec` (same type and name). */
function currentOf(spec: MetricJson, statuses: readonly MetricJson[]): CurrentJson | undefined {
  const name = (metric: MetricJson) => metric.resource?.name ?? metric.containerResource?.name ?? metric.pods?.metric?.name ?? metric.object?.metric?.name ?? metric.external?.metric?.name;
  const found = statuses.find((status) => status.type === spec.type && name(status) === name(spec));
  return found ? sourceOf(found)?.current : undefined;
}

/** One metric as kubectl prints it: "cpu: 45%/80%", "120m/500m", "30/10 (avg)". */
export function formatMetric(spec: MetricJson, statuses: readonly MetricJson[]): string {
  const source = sourceOf(spec);
  const target = source?.target ?? {};
  const current = currentOf(spec, statuses);
  if (spec.type === "Resource" || spec.type === "ContainerResource") {
    const resourceName = spec.resource?.name ?? spec.containerResource?.name ?? "";
    if (typeof target.averageUtilization === "number") {
      const now = typeof current?.averageUtilization === "number" ? `${current.averageUtilization}%` : UNKNOWN;
      return `${resourceName}: ${now}/${target.averageUtilization}%`;
    }
    return `${resourceName}: ${current?.averageValue ?? UNKNOWN}/${target.averageValue ?? UNKNOWN}`;
  }
  if (spec.type === "Pods") return `${current?.averageValue ?? UNKNOWN}/${target.averageValue ?? UNKNOWN}`;
  if (spec.type === "Object" || spec.type === "External") {
    if (target.type === "AverageValue") return `${current?.averageValue ?? UNKNOWN}/${target.averageValue ?? UNKNOWN} (avg)`;
    return `${current?.value ?? UNKNOWN}/${target.value ?? UNKNOWN}`;
  }
  return `${UNKNOWN} (${spec.type ?? ""})`;
}

/** kubectl lists two metrics and counts the rest. */
export function formatTargets(object: KubeObject): string {
  const metrics = hpa(object).spec?.metrics ?? [];
  if (metrics.length === 0) return "<none>";
  const statuses = hpa(object).status?.currentMetrics ?? [];
  const shown = metrics.slice(0, 2).map((metric) => formatMetric(metric, statuses)).join(", ");
  return metrics.length > 2 ? `${shown} + ${metrics.length - 2} more...` : shown;
}

export const horizontalPodAutoscalerColumns: Column[] = [
  nameColumn,
  column("Reference", "The reference to the autoscaled object.", (object) => `${hpa(object).spec?.scaleTargetRef?.kind ?? ""}/${hpa(object).spec?.scaleTargetRef?.name ?? ""}`),
  column("Targets", "The current and target metric values.", formatTargets),
  column("MinPods", "The minimum number of replicas the autoscaler sets.", (object) => (hpa(object).spec?.minReplicas === undefined ? "<unset>" : String(hpa(object).spec?.minReplicas))),
  { name: "MaxPods", type: "integer", description: "The maximum number of replicas the autoscaler sets.", priority: 0, cell: (object) => hpa(object).spec?.maxReplicas ?? 0 },
  { name: "Replicas", type: "integer", description: "The current number of replicas.", priority: 0, cell: (object) => hpa(object).status?.currentReplicas ?? 0 },
  ageColumn,
];

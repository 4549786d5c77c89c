// custom.metrics.k8s.io/v1beta2 shapes (k8s.io/metrics/pkg/apis/custom_metrics/v1beta2): a
// MetricValueList of MetricValues, each naming the object it describes, the metric, when and over
// how long it was measured and its value as a quantity. The kinds served and the resources listed
// in discovery (`pods/<metric>`, `services/<metric>`, ...) are here for both front ends.
import { MESH_METRIC_NAMES } from "./mesh-metric-values.ts";

export const CUSTOM_METRICS_GROUP = "custom.metrics.k8s.io";
export const CUSTOM_METRICS_VERSION = "v1beta2";
export const CUSTOM_METRICS_API_VERSION = `${CUSTOM_METRICS_GROUP}/${CUSTOM_METRICS_VERSION}`;

/** The objects custom metrics describe: pods, and the objects whose selector picks pods (their sum). */
export const DESCRIBED_RESOURCES = [
  { plural: "pods", kind: "Pod", apiVersion: "v1" },
  { plural: "services", kind: "Service", apiVersion: "v1" },
  { plural: "deployments", kind: "Deployment", apiVersion: "apps/v1" },
  { plural: "replicasets", kind: "ReplicaSet", apiVersion: "apps/v1" },
  { plural: "statefulsets", kind: "StatefulSet", apiVersion: "apps/v1" },
] as const;
export type DescribedResource = (typeof DESCRIBED_RESOURCES)[number];

export function describedResource(pluralOrKind: string): DescribedResource | undefined {
  const lower = pluralOrKind.toLowerCase();
  return DESCRIBED_RESOURCES.find((resource) => resource.plural === lower || resource.kind.toLowerCase() === lower);
}

export interface MetricValue {
  describedObject: { kind: string; namespace: string; name: string; apiVersion: string };
  metric: { name: string; selector?: { matchLabels?: Record<string, string> } };
  timestamp: string;
  windowSeconds: number;
  value: string;
}

export interface MetricValueList {
  kind: "MetricValueList";
  apiVersion: typeof CUSTOM_METRICS_API_VERSION;
  metadata: Record<string, never>;
  items: MetricValue[];
}

export function metricValueList(items: MetricValue[]): MetricValueList {
  return { kind: "MetricValueList", apiVersion: CUSTOM_METRICS_API_VERSION, metadata: {}, items };
}

/** A value as a quantity: whole numbers plain, else in milli units, else micro (latencies under 1 ms). */
export function metricQuantity(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const milli = Math.round(value * 1000);
  if (Math.abs(milli) >= 100 || Math.abs(value * 1000 - milli) < 1e-6) return Number.isInteger(milli / 1000) ? String(milli / 1000) : `${milli}m`;
  return `${Math.round(value * 1_000_000)}u`;
}

/** The APIResourceList of custom.metrics.k8s.io/v1beta2: every metric on every described resource, `get` only. */
export function customMetricsResourceList(): object {
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: CUSTOM_METRICS_API_VERSION,
    resources: DESCRIBED_RESOURCES.flatMap((resource) => MESH_METRIC_NAMES.map((metric) => ({
      name: `${resource.plural}/${metric}`, singularName: "", namespaced: true, kind: "MetricValueList", verbs: ["get"],
    }))),
  };
}

// The metrics.k8s.io/v1beta1 kinds, get and list only, served from the kubelets' usage reports
// (services/api/resource-metrics); both front ends route and list them by this table.
export interface MetricsKind {
  apiVersion: "metrics.k8s.io/v1beta1";
  group: "metrics.k8s.io";
  version: "v1beta1";
  kind: "PodMetrics" | "NodeMetrics";
  plural: "pods" | "nodes";
  namespaced: boolean;
}

export const METRICS_KINDS: readonly MetricsKind[] = [
  { apiVersion: "metrics.k8s.io/v1beta1", group: "metrics.k8s.io", version: "v1beta1", kind: "PodMetrics", plural: "pods", namespaced: true },
  { apiVersion: "metrics.k8s.io/v1beta1", group: "metrics.k8s.io", version: "v1beta1", kind: "NodeMetrics", plural: "nodes", namespaced: false },
];

export const METRICS_VERBS = ["get", "list"] as const;

/** The metrics kind at /apis/<group>/<version>/[namespaces/<ns>/]<plural>. */
export function findMetricsKindResource(group: string, version: string, plural: string): MetricsKind | undefined {
  return METRICS_KINDS.find((candidate) => candidate.group === group && candidate.version === version && candidate.plural === plural);
}

// get and list on pods.metrics.k8s.io and nodes.metrics.k8s.io (metrics.k8s.io/v1beta1), served
// from the replica's ResourceMetricsStore, JSON only, as metrics-server answers: a pod without
// figures yet is NotFound `podmetrics.metrics.k8s.io "x" not found`.
import { BadRequestError, NotFoundError } from "../../../runtime/api-errors.ts";
import { METRICS_API_VERSION, METRICS_GROUP } from "../../../runtime/resource-metrics/metrics-objects.ts";
import { parseLabelSelector } from "../../../runtime/selectors/label-selector.ts";
import type { ResourceMetricsStore } from "./metrics-store.ts";

export interface MetricsResource {
  plural: "pods" | "nodes";
  kind: "PodMetrics" | "NodeMetrics";
  namespaced: boolean;
}

const POD_METRICS: MetricsResource = { plural: "pods", kind: "PodMetrics", namespaced: true };
const NODE_METRICS: MetricsResource = { plural: "nodes", kind: "NodeMetrics", namespaced: false };

const NAMES: Record<string, MetricsResource> = {
  "pods.metrics.k8s.io": POD_METRICS,
  "podmetrics": POD_METRICS,
  "podmetrics.metrics.k8s.io": POD_METRICS,
  "nodes.metrics.k8s.io": NODE_METRICS,
  "nodemetrics": NODE_METRICS,
  "nodemetrics.metrics.k8s.io": NODE_METRICS,
};

/** The metrics resource a request names ("pods.metrics.k8s.io", "podmetrics", ...); undefined for any other. */
export function findMetricsResource(name: string | undefined): MetricsResource | undefined {
  return name ? NAMES[name.toLowerCase()] : undefined;
}

/** What authorization checks: the group, the plural, the namespace. */
export function metricsTarget(resource: MetricsResource, namespace: string | undefined, name: string | undefined) {
  return { group: METRICS_GROUP, plural: resource.plural, namespaced: resource.namespaced, namespace: resource.namespaced ? namespace || undefined : undefined, name, subresource: "" };
}

export function getMetrics(store: ResourceMetricsStore, resource: MetricsResource, namespace: string | undefined, name: string): object {
  if (resource.plural === "pods") {
    const found = store.pods().find((pod) => pod.metadata.namespace === (namespace || "default") && pod.metadata.name === name);
    if (!found) throw new NotFoundError("podmetrics.metrics.k8s.io", name);
    return found;
  }
  const node = store.nodes().find((candidate) => candidate.metadata.name === name);
  if (!node) throw new NotFoundError("nodemetrics.metrics.k8s.io", name);
  return node;
}

export function listMetrics(store: ResourceMetricsStore, resource: MetricsResource, query: { namespace?: string; labelSelector?: string }): object {
  let selector;
  try {
    selector = parseLabelSelector(query.labelSelector ?? "");
  } catch (error) {
    throw new BadRequestError((error as Error).message, [], { cause: error });
  }
  const items = resource.plural === "pods"
    ? store.pods().filter((pod) => (!query.namespace || pod.metadata.namespace === query.namespace) && selector.matches(pod.metadata.labels))
    : store.nodes().filter((node) => selector.matches(node.metadata.labels));
  return { apiVersion: METRICS_API_VERSION, kind: `${resource.kind}List`, metadata: {}, items };
}

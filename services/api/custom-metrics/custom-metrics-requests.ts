// The API's customMetrics verb: custom.metrics.k8s.io/v1beta2 MetricValueLists from the mesh
// metrics store, as the Prometheus adapter answers them. For pods: each pod's own figure, of one
// pod by name or of every pod `labelSelector` matches (name "*"); for a Service, Deployment,
// ReplicaSet or StatefulSet: the sum over the pods its selector picks (rates added, durations'
// percentiles over the pods' buckets together). `metricSelector` keeps the methods whose labels
// `service` and `method` it matches.
import { ApiError, BadRequestError } from "../../../runtime/api-errors.ts";
import { findResource, type ResourceInfo } from "../../../runtime/codec/resources.ts";
import { combineWindows, isMeshMetricName, meshMetricValue, type MeshMetricName, type ServedWindow } from "../../../runtime/custom-metrics/mesh-metric-values.ts";
import { describedResource, metricQuantity, metricValueList, type DescribedResource, type MetricValue, type MetricValueList } from "../../../runtime/custom-metrics/metric-value-list.ts";
import { kubernetesTime } from "../../../runtime/kubernetes-time.ts";
import { labelSelectorFromMessage, parseLabelSelector, type LabelSelector, type LabelSelectorMessage } from "../../../runtime/selectors/label-selector.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { ApiContext } from "../api-context.ts";
import { getObject } from "../operations/get.ts";
import { listObjects } from "../operations/list.ts";
import type { MeshMetricsStore } from "./mesh-metrics-store.ts";

export interface CustomMetricsQuery {
  namespace?: string;
  /** The described objects' resource: pods, services, deployments, replicasets, statefulsets. */
  resource?: string;
  /** One object's name, or "*" for every object `labelSelector` matches. */
  name?: string;
  metric?: string;
  labelSelector?: string;
  metricSelector?: string;
}

/** The Prometheus adapter's 404 for a metric it has no figure of. */
export class CustomMetricNotFoundError extends ApiError {
  override name = "CustomMetricNotFoundError";
  constructor(metric: string, resource: string, name?: string) {
    super("NotFound", 404, `the server could not find the metric ${metric} for ${resource}${name && name !== "*" ? ` ${name}` : ""}`);
  }
}

/** The query checked, with the field named and the allowed values listed. */
export function checkCustomMetricsQuery(query: CustomMetricsQuery): { resource: DescribedResource; name: string; metric: MeshMetricName; namespace: string } {
  const resource = describedResource(query.resource ?? "");
  if (!resource) throw new BadRequestError(`resource: Unsupported value: "${query.resource ?? ""}": supported values: "pods", "services", "deployments", "replicasets", "statefulsets"`);
  if (!query.name) throw new BadRequestError(`name: Required value: an object's name or "*"`);
  const metric = query.metric ?? "";
  if (!isMeshMetricName(metric)) throw new CustomMetricNotFoundError(metric, resource.plural, query.name);
  return { resource, name: query.name, metric, namespace: query.namespace || "default" };
}

function selectorOf(text: string | undefined, field: string): LabelSelector {
  try {
    return parseLabelSelector(text ?? "");
  } catch (error) {
    throw new BadRequestError(`${field}: ${(error as Error).message}`, [], { cause: error });
  }
}

interface SelectingObject extends ApiObject {
  spec?: { selector?: Record<string, string> | LabelSelectorMessage | null };
}

/** The pods a Service (selector map) or a workload (LabelSelector) selects; a Service without a selector selects none. */
function podSelectorOf(resource: DescribedResource, object: SelectingObject): LabelSelector | undefined {
  const selector = object.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return undefined;
  return resource.kind === "Service" ? labelSelectorFromMessage({ matchLabels: selector as Record<string, string> }) : labelSelectorFromMessage(selector as LabelSelectorMessage);
}

function metricValue(resource: DescribedResource, namespace: string, name: string, metric: MeshMetricName, window: ServedWindow | undefined): MetricValue | undefined {
  const value = window ? meshMetricValue(metric, window) : undefined;
  if (!window || value === undefined) return undefined;
  return {
    describedObject: { kind: resource.kind, namespace, name, apiVersion: resource.apiVersion },
    metric: { name: metric },
    timestamp: kubernetesTime(new Date(window.timestamp)),
    windowSeconds: Math.round(window.windowSeconds),
    value: metricQuantity(value),
  };
}

const PODS = findResource("pods") as ResourceInfo;

export async function customMetrics(ctx: ApiContext, store: MeshMetricsStore, query: CustomMetricsQuery): Promise<MetricValueList> {
  const { resource, name, metric, namespace } = checkCustomMetricsQuery(query);
  const methods = selectorOf(query.metricSelector, "metricSelector");
  const labelSelector = selectorOf(query.labelSelector, "labelSelector");
  const windowOfPod = (pod: string) => store.window(namespace, pod, methods);
  if (resource.plural === "pods") {
    const pods = name === "*"
      ? (await listObjects(ctx, PODS, { namespace, labelSelector: query.labelSelector })).items.map((pod) => pod.metadata?.name ?? "")
      : [name];
    const items = pods.map((pod) => metricValue(resource, namespace, pod, metric, windowOfPod(pod))).filter((item) => item !== undefined);
    if (name !== "*" && items.length === 0) throw new CustomMetricNotFoundError(metric, resource.plural, name);
    return metricValueList(items);
  }
  const info = findResource(resource.plural) as ResourceInfo;
  const objects = name === "*"
    ? (await listObjects(ctx, info, { namespace })).items.filter((object) => labelSelector.matches(object.metadata?.labels ?? {}))
    : [(await getObject(ctx, info, namespace, name)).object];
  const pods = (await listObjects(ctx, PODS, { namespace })).items;
  const items: MetricValue[] = [];
  for (const object of objects) {
    const selector = podSelectorOf(resource, object as SelectingObject);
    const windows = selector ? pods.filter((pod) => selector.matches(pod.metadata?.labels ?? {})).map((pod) => windowOfPod(pod.metadata?.name ?? "")).filter((window) => window !== undefined) : [];
    const item = metricValue(resource, namespace, object.metadata?.name ?? "", metric, combineWindows(windows));
    if (item) items.push(item);
  }
  if (name !== "*" && items.length === 0) throw new CustomMetricNotFoundError(metric, resource.plural, name);
  return metricValueList(items);
}


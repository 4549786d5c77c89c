// troupe top pods|nodes [NAME]: CPU and memory now, from the metrics.k8s.io API (the kubelets'
// usage, sampled every second), printed as kubectl top prints it, with its errors.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import { ApiError } from "../../runtime/api-errors.ts";
import { parseQuantity } from "../../runtime/quantity.ts";
import type { NodeMetrics, PodMetrics } from "../../runtime/resource-metrics/metrics-objects.ts";
import { UsageError } from "../errors.ts";
import { oneOf } from "../flag-values.ts";
import type { Invocation } from "../invocation.ts";
import { DEFAULT_NAMESPACE } from "../object-ref.ts";
import { nodeTopTable, podTopTable, type NodeCapacity, type TopSort } from "../top/top-table.ts";

const POD_NAMES = ["pod", "pods", "po"];
const NODE_NAMES = ["node", "nodes", "no"];

/** kubectl's words when the metrics API has nothing (yet) for what was asked. */
export class MetricsNotAvailableError extends Error {
  override name = "MetricsNotAvailableError";
  readonly code = "METRICS_NOT_AVAILABLE";
}

export async function run(invocation: Invocation): Promise<number> {
  const { flags, stdout, stderr } = invocation;
  const [kind, name, ...rest] = invocation.positionals;
  if (rest.length > 0) throw new UsageError("top takes one NAME at most");
  const sortBy = flags.string("sort-by");
  const sort: TopSort = sortBy === undefined ? undefined : oneOf("sort-by", sortBy, ["cpu", "memory"] as const, "cpu");
  const noHeaders = flags.boolean("no-headers");
  const selector = flags.string("selector");
  if (name && selector) throw new UsageError("only one of NAME or --selector can be provided");
  const api = await invocation.api();
  if (POD_NAMES.includes(kind.toLowerCase())) {
    const allNamespaces = flags.boolean("all-namespaces");
    if (name && allNamespaces) throw new UsageError("a resource cannot be retrieved by name across all namespaces");
    const namespace = allNamespaces ? "" : (flags.string("namespace") ?? DEFAULT_NAMESPACE);
    const pods = name ? [await podMetricsNamed(api, namespace, name)] : await listMetrics<PodMetrics>(api, "pods.metrics.k8s.io", { namespace, labelSelector: selector });
    if (pods.length === 0) {
      stderr.write(allNamespaces ? "No resources found\n" : `No resources found in ${namespace} namespace.\n`);
      return 0;
    }
    stdout.write(podTopTable(pods, { allNamespaces, containers: flags.boolean("containers"), sort, noHeaders }));
    return 0;
  }
  if (NODE_NAMES.includes(kind.toLowerCase())) {
    const nodes = name ? [await nodeMetricsNamed(api, name)] : await listMetrics<NodeMetrics>(api, "nodes.metrics.k8s.io", { labelSelector: selector });
    if (nodes.length === 0) throw new MetricsNotAvailableError("metrics not available yet");
    stdout.write(nodeTopTable(nodes, await allocatable(api), { sort, noHeaders }));
    return 0;
  }
  throw new UsageError(`top supports pods and nodes, not "${kind}"`);
}

async function listMetrics<T>(api: JsonApiClient, resource: string, query: { namespace?: string; labelSelector?: string }): Promise<T[]> {
  try {
    return (await api.list(resource, query)).items as unknown as T[];
  } catch (error) {
    if (error instanceof ApiError && (error.code === 503 || error.reason === "NotFound")) throw new MetricsNotAvailableError("Metrics API not available", { cause: error });
    throw error;
  }
}

async function podMetricsNamed(api: JsonApiClient, namespace: string, name: string): Promise<PodMetrics> {
  try {
    return (await api.get("pods.metrics.k8s.io", name, { namespace })) as unknown as PodMetrics;
  } catch (error) {
    if (!(error instanceof ApiError) || error.reason !== "NotFound") throw error;
    // As kubectl: a pod that exists but has no figures yet, or the pod's own NotFound.
    const pod = await api.get("pods", name, { namespace });
    throw new MetricsNotAvailableError(`Metrics not available for pod ${namespace}/${name}, age: ${age(pod)}`, { cause: error });
  }
}

async function nodeMetricsNamed(api: JsonApiClient, name: string): Promise<NodeMetrics> {
  try {
    return (await api.get("nodes.metrics.k8s.io", name)) as unknown as NodeMetrics;
  } catch (error) {
    if (!(error instanceof ApiError) || error.reason !== "NotFound") throw error;
    await api.get("nodes", name);
    throw new MetricsNotAvailableError("metrics not available yet", { cause: error });
  }
}

function age(object: KubeObject): string {
  const created = Date.parse(object.metadata?.creationTimestamp ?? "");
  if (Number.isNaN(created)) return "<unknown>";
  const seconds = Math.max(0, Math.floor((Date.now() - created) / 1000));
  return seconds < 120 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${seconds % 60}s`;
}

async function allocatable(api: JsonApiClient): Promise<Map<string, NodeCapacity>> {
  const nodes = await api.list("nodes");
  const parse = (text: string | undefined) => (text ? parseQuantity(text) : undefined);
  return new Map(nodes.items.map((node) => {
    const status = (node as { status?: { allocatable?: Record<string, string> } }).status;
    return [node.metadata?.name ?? "", { cpuCores: parse(status?.allocatable?.cpu), memoryBytes: parse(status?.allocatable?.memory) }];
  }));
}

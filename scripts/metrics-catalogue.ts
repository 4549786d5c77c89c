// The metrics catalogue: every metric each Troupe service registers, read from the same
// constructors the services call (so the list is what the code defines), rendered as
// docs/metrics.md and parsed back from it (test/metrics-catalogue.test.ts compares the parsed
// doc with what real services serve on /metrics).
import { collectDefaultMetrics, Registry } from "prom-client";
import { createLeaderMetrics } from "../runtime/leader-election/metrics.ts";
import { createMeshMetrics, MESH_RESULTS } from "../runtime/mesh/metrics.ts";
import { API_VERBS, MUTATING_API_VERBS } from "../runtime/subjects.ts";
import { createActorMetrics, createNatsMetrics } from "../runtime/metrics.ts";
import { createNatsConnectionMetrics } from "../runtime/nats-connection-metrics.ts";
import { createControllerMetrics, RECONCILE_OUTCOMES } from "../runtime/controller/metrics.ts";
import { FlowController } from "../services/api/flowcontrol/flow-controller.ts";
import { createJetStreamMetrics } from "../services/api/jetstream-metrics.ts";
import { createApiMetrics } from "../services/api/metrics.ts";
import { createResourceMetricsStoreMetrics } from "../services/api/resource-metrics/metrics-store-metrics.ts";
import { createMeshMetricsStoreMetrics } from "../services/api/custom-metrics/mesh-metrics-store-metrics.ts";
import { createDaemonSetMetrics } from "../services/controllers/daemonset/metrics.ts";
import { createHpaMetrics } from "../services/controllers/horizontal-pod-autoscaler/hpa-metrics.ts";
import { createVpaMetrics } from "../services/controllers/vertical-pod-autoscaler/vpa-metrics.ts";
import { createClusterAutoscalerMetrics } from "../services/controllers/cluster-autoscaler/cluster-autoscaler-metrics.ts";
import { createControllersMetrics } from "../services/controllers/metrics.ts";
import { createStatefulSetMetrics } from "../services/controllers/statefulset/metrics.ts";
import { createVolumeBindingMetrics } from "../services/controllers/volume-binding/volume-binding-metrics.ts";
import { createKubeApiMetrics } from "../services/kube-api/metrics.ts";
import { createKubeletMetrics } from "../services/kubelet/metrics.ts";
import { createProvisionerMetrics } from "../services/kubelet/storage/provisioner-metrics.ts";
import { createDnsMetrics } from "../services/proxy/dns/metrics.ts";
import { createIngressMetrics } from "../services/proxy/ingress/metrics.ts";
import { createProxyMetrics } from "../services/proxy/metrics.ts";
import { createSchedulerMetrics } from "../services/scheduler/metrics.ts";
import { createCollectorMetrics } from "../services/collector/metrics.ts";
import { createConsoleMetrics } from "../services/console/metrics.ts";

export interface CatalogueSection {
  title: string;
  /** Who exports the section's metrics. */
  exportedBy: string;
  register(registry: Registry): void;
}

export const SECTIONS: readonly CatalogueSection[] = [
  { title: "Every service", exportedBy: "every Troupe process (runtime/nats-connection-metrics.ts), and mesh SDK services that make their own connection", register: (r) => {
    createNatsConnectionMetrics(r);
    createNatsMetrics(r);
  } },
  { title: "API", exportedBy: "troupe-api (each replica)", register: (r) => {
    createApiMetrics(r);
    new FlowController(r);
    createJetStreamMetrics(r);
    createResourceMetricsStoreMetrics(r);
    createMeshMetricsStoreMetrics(r);
  } },
  { title: "Kubernetes REST front end", exportedBy: "troupe-kube-api ([kube-api](kube-api.md))", register: (r) => void createKubeApiMetrics(r) },
  { title: "Leader election", exportedBy: "troupe-controller-manager and troupe-scheduler", register: (r) => void createLeaderMetrics(r) },
  { title: "Controller manager", exportedBy: "troupe-controller-manager (workqueues, reconciles and actors for every controller; then each controller's own)", register: (r) => {
    createControllerMetrics(r);
    createActorMetrics(r);
    createControllersMetrics(r);
    createDaemonSetMetrics(r);
    createHpaMetrics(r);
    createVpaMetrics(r);
    createClusterAutoscalerMetrics(r);
    createStatefulSetMetrics(r);
    createVolumeBindingMetrics(r);
  } },
  { title: "Scheduler", exportedBy: "troupe-scheduler", register: (r) => void createSchedulerMetrics(r, () => ({ active: 0, backoff: 0, unschedulable: 0 })) },
  { title: "Kubelet", exportedBy: "troupe-kubelet (one process may run several hollow nodes; their series are summed)", register: (r) => {
    createKubeletMetrics(r);
    createProvisionerMetrics(r);
  } },
  { title: "Node proxy, cluster DNS and ingress", exportedBy: "troupe-proxy (one per node)", register: (r) => {
    createProxyMetrics(r);
    createDnsMetrics(r);
    createIngressMetrics(r);
  } },
  { title: "Span collector", exportedBy: "troupe-collector ([trace store](trace-store.md))", register: (r) => void createCollectorMetrics(r) },
  { title: "Web console", exportedBy: "troupe-console ([console](console.md))", register: (r) => void createConsoleMetrics(r) },
  { title: "Mesh SDK", exportedBy: "user services built on the mesh SDK (runtime/mesh), on their own /metrics; see [mesh](mesh.md#metrics)", register: (r) => void createMeshMetrics(r) },
];

const MESH_METRIC_NAMES = [
  "troupe_mesh_client_calls_total", "troupe_mesh_client_call_duration_seconds", "troupe_mesh_client_retries_total", "troupe_mesh_client_circuit_open",
  "troupe_mesh_server_requests_total", "troupe_mesh_server_request_duration_seconds", "troupe_mesh_server_in_flight_requests",
  "troupe_mesh_events_published_total", "troupe_mesh_events_handled_total",
];

export const DEFAULT_METRICS_TITLE = "prom-client defaults";

/** Label values that no zero-started series shows, or too many to list. */
const LABEL_NOTES: Record<string, string> = {
  "*.resource": "resource plurals, or unknown",
  "*.controller": "one per controller: replicaset, deployment, statefulset, daemonset, job, cronjob, endpoints, ...",
  "*.actor_kind": "one per controller workqueue (its name)",
  "*.lease": "troupe-controller-manager, troupe-scheduler",
  "*.k8s_service": "namespace/name of the Service",
  "*.port": "the Service port's name or number",
  "*.ingress": "namespace/name of the Ingress, or none",
  "*.stream": "KV_troupe-* and TROUPE_* stream names",
  "*.topic": "the event topic",
  "*.subject_group": "api.get, api.list, api.create, ... (one per API verb) for API calls, or the caller's own group",
  "troupe_nats_requests_total.outcome": "ok, timeout, no_responders, error",
  "troupe_api_authorization_decisions_total.decision": "allow, deny, no_opinion",
  "troupe_api_authorization_decisions_total.authorizer": "Superuser, Node, RBAC, none",
  "troupe_api_replayed_replies_total.verb": API_VERBS.filter((verb) => MUTATING_API_VERBS.has(verb)).join(", "),
  "troupe_controller_reconcile_total.outcome": RECONCILE_OUTCOMES.join(", "),
  ...Object.fromEntries(MESH_METRIC_NAMES.flatMap((name) => [
    [`${name}.service`, name.includes("_server_") ? "the mesh service serving (here `service` names it, not the exporting process)" : "the mesh service called (here `service` names the callee, not the exporting process)"],
    [`${name}.method`, "the service's method"],
    [`${name}.result`, name.includes("_events_") ? "ok, error" : MESH_RESULTS.join(", ")],
    [`${name}.durable`, "true, false"],
  ])),
  "troupe_api_requests_total.code": "status codes: 200, 201, 400, 401, 403, 404, 409, 410, 413, 415, 422, 429, 500, 503, 504",
  "troupe_kubeapi_requests_total.code": "HTTP status codes",
  "troupe_ingress_requests_total.code": "2xx, 3xx, 4xx, 5xx",
  "troupe_kubelet_probe_results_total.result": "success, failure",
  "troupe_proxy_connections_total.result": "forwarded, no_endpoints, upstream_failed, client_gone",
  "troupe_proxy_bytes_total.direction": "to_endpoint, to_client",
  "troupe_proxy_upstream_errors_total.reason": "refused, timeout, unreachable, reset, other",
  "troupe_proxy_listeners.kind": "cluster_ip, node_port, load_balancer",
  "troupe_proxy_listen_failures_total.kind": "cluster_ip, node_port, load_balancer",
  "troupe_proxy_listen_failures_total.reason": "address_in_use, permission_denied, address_not_available, other",
  "troupe_ingress_requests_total.backend": "service, mesh, none",
  "troupe_ingress_request_duration_seconds.backend": "service, mesh, none",
  "troupe_actor_messages_total.outcome": "ok, error, rejected",
};

const HIDDEN_LABELS = new Set(["le", "quantile"]);
const MAX_VALUES = 24;

export interface CatalogueMetric {
  name: string;
  type: string;
  labels: { name: string; values: string }[];
  help: string;
}

export interface Catalogue {
  sections: { title: string; exportedBy: string; metrics: CatalogueMetric[] }[];
}

/** `withValues: false` for prom-client's defaults, whose values depend on the machine and Node version. */
async function metricsOf(registry: Registry, withValues = true): Promise<CatalogueMetric[]> {
  const metrics: CatalogueMetric[] = [];
  for (const { name, help, type, values } of await registry.getMetricsAsJSON()) {
    const definition = registry.getSingleMetric(name) as unknown as { labelNames?: string[] } | undefined;
    const labelNames = (definition?.labelNames ?? []).filter((label) => !HIDDEN_LABELS.has(label));
    const labels = labelNames.map((label) => {
      if (!withValues) return { name: label, values: "" };
      const note = LABEL_NOTES[`${name}.${label}`] ?? LABEL_NOTES[`*.${label}`];
      if (note) return { name: label, values: note };
      const seen = [...new Set(values.map((value: { labels: Record<string, unknown> }) => value.labels[label]).filter((value: unknown) => value !== undefined).map(String))];
      return { name: label, values: seen.length > MAX_VALUES ? `${seen.slice(0, MAX_VALUES).join(", ")}, ...` : seen.join(", ") };
    });
    metrics.push({ name, type: String(type), labels, help });
  }
  return metrics.sort((a, b) => a.name.localeCompare(b.name));
}

export async function buildCatalogue(): Promise<Catalogue> {
  const sections = [];
  for (const section of SECTIONS) {
    const registry = new Registry();
    section.register(registry);
    sections.push({ title: section.title, exportedBy: section.exportedBy, metrics: await metricsOf(registry) });
  }
  const defaults = new Registry();
  collectDefaultMetrics({ register: defaults });
  sections.push({ title: DEFAULT_METRICS_TITLE, exportedBy: "every Troupe service (prom-client's collectDefaultMetrics: process CPU, memory, file descriptors, event loop lag, GC, heap); mesh SDK services too", metrics: await metricsOf(defaults, false) });
  return { sections };
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

export function renderCatalogue(catalogue: Catalogue): string {
  const lines = [
    "# Metrics catalogue",
    "",
    "<!-- Generated by `npm run metrics:doc` (scripts/metrics-doc.ts) from the metric definitions; CI fails when it is stale. Edit the help strings in the code, not here. -->",
    "",
    "Every metric a Troupe service exports on its `/metrics` endpoint ([observability](observability.md)),",
    "by the service that exports it. Names follow `troupe_<subsystem>_<name>_<unit>`; labels are bounded;",
    "every series with known labels starts at zero. Every series also carries the label `service`",
    "(`troupe-api`, `troupe-scheduler`, `troupe-controller-manager`, `troupe-kubelet`, `troupe-proxy`,",
    "`troupe-kube-api`, or a mesh service's name), left out of the tables below.",
    "",
    "`/metrics` answers in the Prometheus text format, or in OpenMetrics when the scraper's `Accept`",
    "header asks for `application/openmetrics-text` (Prometheus does). Only OpenMetrics carries",
    "exemplars: `troupe_api_request_duration_seconds` buckets carry the `trace_id` of a sampled",
    "request span, which Grafana links to the trace.",
    "",
    "test/metrics-catalogue.test.ts starts a real cluster, scrapes every service and fails when a",
    "metric here is exported by no service, or a served one is missing here, or its type or labels differ.",

  ];
  for (const section of catalogue.sections) {
    lines.push("", `## ${section.title}`, "", `Exported by ${section.exportedBy}.`, "", "| Metric | Type | Labels | Meaning |", "|---|---|---|---|");
    for (const metric of section.metrics) {
      const labels = metric.labels.map((label) => (label.values ? `\`${label.name}\`: ${label.values}` : `\`${label.name}\``)).join("; ");
      lines.push(`| \`${metric.name}\` | ${metric.type} | ${cell(labels)} | ${cell(metric.help)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export interface DocumentedMetric {
  name: string;
  type: string;
  labels: string[];
  section: string;
}

/** The rows of docs/metrics.md's tables: name, type and label names. */
export function parseCatalogue(markdown: string): DocumentedMetric[] {
  const metrics: DocumentedMetric[] = [];
  let section = "";
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) section = line.slice(3).trim();
    const row = /^\| `([a-zA-Z_:][a-zA-Z0-9_:]*)` \| (\w+) \| (.*?) \| .* \|$/.exec(line);
    if (!row) continue;
    const [, name = "", type = "", labelCell = ""] = row;
    const labels = labelCell.split("; ").flatMap((part) => /^`([a-zA-Z_][a-zA-Z0-9_]*)`/.exec(part.trim())?.[1] ?? []);
    metrics.push({ name, type, labels, section });
  }
  return metrics;
}

// Issue 11, point 1: one trace per change. `apply` of a Deployment of 3 replicas on a 3-node
// cluster (every role its own process, spans exported over OTLP to a test receiver) yields ONE
// trace: the API's write, the Deployment and ReplicaSet reconciles, each scheduling decision and
// bind, and each kubelet's image pull, container start, readiness and Ready status update.
import test from "ava";
import { readFile } from "node:fs/promises";
import { trace } from "@opentelemetry/api";
import { parseAllDocuments } from "yaml";
import type { KubeObject } from "../runtime/api-client.ts";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../runtime/subjects.ts";
import { startTelemetry, type Telemetry } from "../runtime/telemetry.ts";
import { attributeOf, startOtlpCollector, type ExportedSpan, type OtlpCollector } from "./helpers/otlp-collector.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { conditions?: { type: string; status: string }[] };
}

let collector: OtlpCollector;
let telemetry: Telemetry;
let cluster: WorkloadCluster;

test.before(async () => {
  collector = await startOtlpCollector();
  // The test is the client: its `apply` span is the trace's root, exported to the same receiver.
  telemetry = await startTelemetry({ serviceName: "troupe-cli", otlpEndpoint: collector.endpoint });
  cluster = await startWorkloadCluster({ nodes: 3, env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: "200" } });
});

test.after.always(async () => {
  await cluster?.stop();
  await telemetry?.shutdown();
  await collector?.close();
});

const isReady = (pod: PodJson) => pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ?? false;

/** What the trace must hold; the list of what is still missing (empty once complete). */
function missing(spans: ExportedSpan[], rootSpanId: string): string[] {
  const ids = new Set(spans.map((span) => span.spanId));
  const problems: string[] = [];
  const services = new Set(spans.map((span) => span.service));
  for (const service of ["troupe-cli", "troupe-api", "troupe-controller-manager", "troupe-scheduler", "troupe-kubelet"]) {
    if (!services.has(service)) problems.push(`no span of ${service}`);
  }
  const kubeletNodes = new Set(spans.filter((span) => span.service === "troupe-kubelet").map((span) => span.resource?.["k8s.node.name"]));
  if (kubeletNodes.size < 3) problems.push(`kubelet spans from ${kubeletNodes.size} nodes`);
  const named = (name: string) => spans.filter((span) => span.name === name);
  for (const [name, count] of [["reconcile deployment", 1], ["reconcile replicaset", 1], ["schedule pod", 3], ["kubelet pull image", 3], ["kubelet start container", 3], ["kubelet probe success", 3]] as const) {
    if (named(name).length < count) problems.push(`${named(name).length} "${name}" spans, want ${count}`);
  }
  const readyUpdates = named("kubelet update status").filter((span) => attributeOf(span, "troupe.pod.ready") === true);
  const readyPods = new Set(readyUpdates.map((span) => attributeOf(span, "k8s.pod.name")));
  if (readyPods.size < 3) problems.push(`Ready status updates of ${readyPods.size} pods`);
  for (const span of spans) {
    if (span.spanId === rootSpanId) continue;
    if (!span.parentSpanId) problems.push(`${span.service} "${span.name}" is a second root`);
    else if (!ids.has(span.parentSpanId)) problems.push(`${span.service} "${span.name}" has a parent not (yet) in the trace`);
  }
  return problems;
}

/** The roles whose /readyz does not answer 200 now. */
async function rolesNotReady(): Promise<string[]> {
  const answers = await Promise.all(Object.entries(cluster.metricsUrls).map(async ([role, url]) => {
    const status = await fetch(`${url}/readyz`).then((response) => response.status, () => 0);
    return status === 200 ? [] : [`${role}(${status})`];
  }));
  return answers.flat();
}

/** For a failure: every problem, and the span names per service (and node) in the trace and outside it. */
function describeSpans(all: ExportedSpan[], traceId: string, problems: string[]): string {
  const tally = (spans: ExportedSpan[]) => {
    const byService = new Map<string, Map<string, number>>();
    for (const span of spans) {
      const service = `${span.service}${span.resource?.["k8s.node.name"] ? `@${span.resource["k8s.node.name"]}` : ""}`;
      const names = byService.get(service) ?? new Map<string, number>();
      const name = span.name === "kubelet update status" ? `${span.name}(ready=${String(attributeOf(span, "troupe.pod.ready"))},pod=${String(attributeOf(span, "k8s.pod.name"))})` : span.name;
      names.set(name, (names.get(name) ?? 0) + 1);
      byService.set(service, names);
    }
    return [...byService].sort().map(([service, names]) => `  ${service}: ${[...names].map(([name, count]) => `${name} x${count}`).join(", ")}`).join("\n");
  };
  const others = all.filter((span) => span.traceId !== traceId);
  return [`problems (${problems.length}):`, ...problems.map((problem) => `  - ${problem}`),
    `spans in trace ${traceId}:`, tally(all.filter((span) => span.traceId === traceId)),
    `spans in ${new Set(others.map((span) => span.traceId)).size} other traces:`, tally(others)].join("\n");
}

test("apply of a 3-replica Deployment yields one trace through api, controller manager, scheduler and all three kubelets", async (t) => {
  const text = await readFile(`${REPO_ROOT}/examples/hello/deployment.yaml`, "utf8");
  const deployment = parseAllDocuments(text).map((document) => document.toJS() as KubeObject).find((object) => object.kind === "Deployment");
  if (!deployment) throw new Error("examples/hello/deployment.yaml has no Deployment");
  // For a failure's message: which roles were not yet ready (informers synced) when the change came.
  const notReady = await rolesNotReady();
  const root = await trace.getTracer("troupe-cli").startActiveSpan("troupe apply", async (span) => {
    try {
      await cluster.json.apply(deployment);
      return span.spanContext();
    } finally {
      span.end();
    }
  });
  await telemetry.forceFlush();

  const pods = await eventually(
    async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items as PodJson[],
    (items) => items.filter(isReady).length === 3,
    "3 hello pods Ready",
    60_000,
  );
  t.deepEqual(pods.map((pod) => pod.spec?.nodeName).sort(), ["node-1", "node-2", "node-3"]);

  const inTrace = () => collector.spans.filter((span) => span.traceId === root.traceId);
  let problems: string[] = [];
  await eventually(async () => (problems = missing(inTrace(), root.spanId)), (left) => left.length === 0, "the whole trace exported", 30_000).catch(() => undefined);
  if (problems.length > 0) t.log(`roles not ready at the apply: ${notReady.join(", ") || "none"}\n${describeSpans(collector.spans, root.traceId, problems)}`);
  t.deepEqual(problems, [], `trace ${root.traceId}: ${problems.join("; ")}`);

  const spans = inTrace();
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(`${span.service}${span.resource?.["k8s.node.name"] ? `@${span.resource["k8s.node.name"]}` : ""}`, (counts.get(`${span.service}${span.resource?.["k8s.node.name"] ? `@${span.resource["k8s.node.name"]}` : ""}`) ?? 0) + 1);
  t.log(`trace ${root.traceId}: ${spans.length} spans; ${[...counts].map(([service, count]) => `${service}=${count}`).join(", ")}; ${spans.filter((span) => span.links?.length).length} with links`);
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const parentOf = (span: ExportedSpan) => byId.get(span.parentSpanId);
  // Each scheduling decision continues the ReplicaSet controller's pod create (through the API).
  for (const schedule of spans.filter((span) => span.name === "schedule pod")) {
    const ancestors: ExportedSpan[] = [];
    for (let at = parentOf(schedule); at; at = parentOf(at)) ancestors.push(at);
    t.true(ancestors.some((span) => span.name === "reconcile replicaset"), `schedule pod under reconcile replicaset: ${ancestors.map((span) => span.name).join(" <- ")}`);
    t.truthy(attributeOf(schedule, "k8s.node.name"));
  }
  // Each kubelet's Ready update descends from a scheduling decision (the bind it saw).
  for (const update of spans.filter((span) => span.name === "kubelet update status" && attributeOf(span, "troupe.pod.ready") === true)) {
    const ancestors: ExportedSpan[] = [];
    for (let at = parentOf(update); at; at = parentOf(at)) ancestors.push(at);
    t.true(ancestors.some((span) => span.name === "schedule pod"), `Ready update under schedule pod: ${ancestors.map((span) => span.name).join(" <- ")}`);
  }
  // Links (a reconcile serving several changes) point at spans that were exported.
  const allIds = new Set(collector.spans.map((span) => span.spanId));
  for (const span of spans) for (const link of span.links ?? []) t.true(allIds.has(link.spanId), `${span.name} links to an exported span`);

  // The last change of each pod is reachable through the API (and the kube-api's GET).
  const { lastChangeTraceparent } = await cluster.json.getWithLastChange("pods", pods[0]?.metadata?.name ?? "", { namespace: "default" });
  t.regex(lastChangeTraceparent ?? "", /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/, LAST_CHANGE_TRACEPARENT_HEADER);
});

import test from "ava";
import type { NodeUsageReport } from "../../../runtime/resource-metrics/usage-report.ts";
import { findMetricsResource, getMetrics, listMetrics } from "./metrics-requests.ts";
import { ResourceMetricsStore } from "./metrics-store.ts";

const report = (node: string, timestamp: string, pods: [string, string, Record<string, string>][]): NodeUsageReport => ({
  node, timestamp, windowSeconds: 1,
  usage: { cpuNanoCores: 1000, memoryBytes: 2048 },
  pods: pods.map(([namespace, name, labels]) => ({ namespace, name, uid: name, labels, containers: [{ name: "main", cpuNanoCores: 1000, memoryBytes: 2048, source: "proc" }] })),
});

test("the metrics resources by the names kubectl and troupe use; core pods are not among them", (t) => {
  t.is(findMetricsResource("pods.metrics.k8s.io")?.kind, "PodMetrics");
  t.is(findMetricsResource("NodeMetrics")?.kind, "NodeMetrics");
  t.is(findMetricsResource("pods"), undefined);
  t.is(findMetricsResource(undefined), undefined);
});

test("lists pods by namespace and label selector; get says NotFound as metrics-server does", (t) => {
  let now = Date.parse("2026-12-04T20:00:00Z");
  const store = new ResourceMetricsStore({ staleAfterMs: 10_000, now: () => now });
  store.add(report("n1", "2026-12-04T20:00:00Z", [["a", "web", { app: "web" }], ["b", "db", { app: "db" }]]));
  store.add(report("n2", "2026-12-04T20:00:00Z", [["a", "worker", { app: "worker" }]]));
  const pods = findMetricsResource("pods.metrics.k8s.io")!;
  const list = listMetrics(store, pods, { namespace: "a", labelSelector: "app in (web,worker)" }) as { kind: string; items: { metadata: { name: string } }[] };
  t.is(list.kind, "PodMetricsList");
  t.deepEqual(list.items.map((item) => item.metadata.name), ["web", "worker"]);
  t.is((listMetrics(store, pods, {}) as { items: unknown[] }).items.length, 3);
  t.is((getMetrics(store, pods, "b", "db") as { metadata: { name: string } }).metadata.name, "db");
  t.throws(() => getMetrics(store, pods, "b", "web"), { message: 'podmetrics.metrics.k8s.io "web" not found' });
  t.throws(() => listMetrics(store, pods, { labelSelector: "app in (" }), { name: "BadRequestError" });
  const nodes = findMetricsResource("nodes.metrics.k8s.io")!;
  t.deepEqual((listMetrics(store, nodes, {}) as { items: { metadata: { name: string } }[] }).items.map((item) => item.metadata.name), ["n1", "n2"]);
  // A kubelet that stopped publishing: its node and pods go once the report is stale.
  now += 11_000;
  store.add(report("n2", "2026-12-04T20:00:11Z", []));
  t.deepEqual((listMetrics(store, nodes, {}) as { items: { metadata: { name: string } }[] }).items.map((item) => item.metadata.name), ["n2"]);
  t.throws(() => getMetrics(store, nodes, undefined, "n1"), { message: 'nodemetrics.metrics.k8s.io "n1" not found' });
});

test("a pod that moved shows with its newest node's figures", (t) => {
  const store = new ResourceMetricsStore();
  store.add(report("n1", "2026-12-04T20:00:00Z", [["a", "web", {}]]));
  store.add({ ...report("n2", "2026-12-04T20:00:05Z", [["a", "web", {}]]), windowSeconds: 2 });
  const pods = store.pods();
  t.is(pods.length, 1);
  t.is(pods[0].window, "2s");
});

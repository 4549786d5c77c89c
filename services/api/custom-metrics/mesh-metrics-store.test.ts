import test from "ava";
import { parseLabelSelector } from "../../../runtime/selectors/label-selector.ts";
import { MESH_DURATION_BUCKETS, type MeshMetricsReport } from "../../../runtime/custom-metrics/mesh-report.ts";
import { checkCustomMetricsQuery, CustomMetricNotFoundError } from "./custom-metrics-requests.ts";
import { MeshMetricsStore } from "./mesh-metrics-store.ts";

const START = Date.parse("2026-12-07T10:00:00Z");
const report = (seconds: number, requests: number, startTime = START): MeshMetricsReport => ({
  namespace: "shop", pod: "orders-1", timestamp: new Date(START + seconds * 1000).toISOString(), startTime: new Date(startTime).toISOString(),
  methods: [{ service: "orders", method: "create", requests, errors: 0, buckets: Array.from({ length: MESH_DURATION_BUCKETS.length + 1 }, () => requests) }],
});

test("the store rates a pod's calls over its window, counting from the zeros of its start", (t) => {
  let now = START;
  const store = new MeshMetricsStore({ windowMs: 5000, now: () => now });
  store.add(report(1, 10));
  // One report: the rate since the start (10 calls in 1 s).
  t.is(store.window("shop", "orders-1")?.requestsPerSecond, 10);
  for (let second = 2; second <= 10; second++) store.add(report(second, second * 10 + (second > 5 ? (second - 5) * 10 : 0)));
  now = START + 10_000;
  // From 5 s (50 calls) to 10 s (150): 20 calls a second over the 5 s window.
  t.is(store.window("shop", "orders-1")?.requestsPerSecond, 20);
  t.is(store.window("shop", "orders-1")?.windowSeconds, 5);
  t.is(store.window("shop", "orders-1", parseLabelSelector("method=list")), undefined);
  t.is(store.window("shop", "other"), undefined);
  t.is(store.freshPods(), 1);
});

test("a restarted pod starts counting again; a report older than the newest is ignored; a silent pod is dropped after 30 s", (t) => {
  let now = START;
  const store = new MeshMetricsStore({ windowMs: 5000, now: () => now });
  store.add(report(1, 100));
  store.add(report(2, 200));
  store.add(report(1.5, 5));
  t.is(store.window("shop", "orders-1")?.requestsPerSecond, 100, "the late report changed nothing");
  // The container restarted at 10 s: its counts begin at zero again.
  store.add(report(11, 4, START + 10_000));
  t.is(store.window("shop", "orders-1")?.requestsPerSecond, 4);
  now = START + 45_000;
  t.is(store.window("shop", "orders-1"), undefined);
  t.is(store.freshPods(), 0);
});

test("a custom metrics query names a served resource and metric, or is refused with the field and the allowed values", (t) => {
  t.like(checkCustomMetricsQuery({ resource: "Service", name: "web", metric: "mesh_requests_per_second" }), { resource: { plural: "services" }, namespace: "default" });
  t.throws(() => checkCustomMetricsQuery({ resource: "nodes", name: "n", metric: "mesh_requests_per_second" }), { message: /resource: Unsupported value: "nodes": supported values: "pods", "services", "deployments", "replicasets", "statefulsets"/ });
  t.throws(() => checkCustomMetricsQuery({ resource: "pods", metric: "mesh_requests_per_second" }), { message: /name: Required value/ });
  const unknown = t.throws(() => checkCustomMetricsQuery({ resource: "pods", name: "*", metric: "http_requests" }));
  t.true(unknown instanceof CustomMetricNotFoundError);
  t.is(unknown?.message, "the server could not find the metric http_requests for pods");
});

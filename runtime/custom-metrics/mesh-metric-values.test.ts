import test from "ava";
import { parseLabelSelector } from "../selectors/label-selector.ts";
import { combineWindows, histogramQuantile, meshMetricValue, servedWindow } from "./mesh-metric-values.ts";
import { MESH_DURATION_BUCKETS, parseMeshMetricsReport, reportSourceOfSubject, type MethodCounts } from "./mesh-report.ts";
import { metricQuantity } from "./metric-value-list.ts";

const SLOTS = MESH_DURATION_BUCKETS.length + 1;
/** Counts of `requests` calls all taking `seconds`. */
function counts(service: string, method: string, requests: number, seconds: number, errors = 0): MethodCounts {
  const index = MESH_DURATION_BUCKETS.findIndex((bound) => seconds <= bound);
  const buckets = Array.from({ length: SLOTS }, (_, slot) => (slot >= (index < 0 ? SLOTS - 1 : index) ? requests : 0));
  return { service, method, requests, errors, buckets };
}

test("the request rate is the increase over the window, from the oldest sample within it to the newest", (t) => {
  const samples = [
    { at: 0, methods: [] },
    { at: 1000, methods: [counts("orders", "create", 10, 0.004)] },
    { at: 3000, methods: [counts("orders", "create", 50, 0.004)] },
    { at: 6000, methods: [counts("orders", "create", 110, 0.004)] },
  ];
  // Window 5 s: from the sample at 1 s (the one at 0 is 6 s old) to the one at 6 s: 100 calls in 5 s.
  const window = servedWindow(samples, 5000);
  t.is(window?.requestsPerSecond, 20);
  t.is(window?.windowSeconds, 5);
  t.is(window?.timestamp, 6000);
  // A window of 10 s takes the zero counts of the start: 110 calls in 6 s.
  t.is(servedWindow(samples, 10_000)?.requestsPerSecond, 110 / 6);
  t.is(servedWindow(samples.slice(0, 1), 5000), undefined, "one sample: no rate");
});

test("the metric selector keeps the methods whose service and method labels it matches; a restarted count counts from zero", (t) => {
  const before = { at: 0, methods: [counts("orders", "create", 10, 0.001), counts("orders", "list", 100, 0.001), counts("cart", "add", 5, 0.001)] };
  const after = { at: 2000, methods: [counts("orders", "create", 30, 0.001), counts("orders", "list", 4, 0.001), counts("cart", "add", 25, 0.001)] };
  t.is(servedWindow([before, after], 5000, parseLabelSelector("service=orders,method=create"))?.requestsPerSecond, 10);
  t.is(servedWindow([before, after], 5000, parseLabelSelector("service=cart"))?.requestsPerSecond, 10);
  // orders.list went from 100 to 4: counted as 4 new calls.
  t.is(servedWindow([before, after], 5000, parseLabelSelector("method=list"))?.requestsPerSecond, 2);
  t.is(servedWindow([before, after], 5000)?.requestsPerSecond, (20 + 4 + 20) / 2);
  t.is(servedWindow([before, after], 5000, parseLabelSelector("method=other")), undefined, "no method matches: no figure (not 0)");
});

test("percentiles are Prometheus' histogram_quantile over the window's bucket increases", (t) => {
  // 90 calls of 4 ms (bucket 2.5-5 ms), 10 of 80 ms (50-100 ms).
  const bucket = (upTo: number) => MESH_DURATION_BUCKETS.findIndex((bound) => bound >= upTo);
  const cumulative = Array.from({ length: SLOTS }, (_, slot) => (slot >= bucket(0.1) ? 100 : slot >= bucket(0.005) ? 90 : 0));
  // Rank 50: the 50th of the 90 in (2.5 ms, 5 ms].
  t.is(histogramQuantile(0.5, cumulative), 0.0025 + 0.0025 * (50 / 90));
  t.is(histogramQuantile(0.9, cumulative), 0.005);
  // Rank 99: 9 of the 10 in (50 ms, 100 ms].
  t.true(Math.abs((histogramQuantile(0.99, cumulative) ?? 0) - 0.095) < 1e-9);
  t.is(histogramQuantile(0.9, Array.from({ length: SLOTS }, () => 0)), undefined, "no calls: no percentile");
  // Everything above the last bound: the last finite bound, as Prometheus answers.
  t.is(histogramQuantile(0.5, [...Array.from({ length: SLOTS - 1 }, () => 0), 7]), 10);
  const window = servedWindow([{ at: 0, methods: [] }, { at: 1000, methods: [counts("a", "b", 10, 0.02, 2)] }], 5000);
  t.is(window && meshMetricValue("mesh_request_errors_per_second", window), 2);
  t.true(window !== undefined && (meshMetricValue("mesh_request_duration_seconds_p90", window) ?? 0) > 0.01 && (meshMetricValue("mesh_request_duration_seconds_p90", window) ?? 1) <= 0.025);
});

test("an object's value sums its pods' rates and takes percentiles over their buckets together", (t) => {
  const a = servedWindow([{ at: 0, methods: [] }, { at: 1000, methods: [counts("a", "m", 9, 0.001)] }], 5000);
  const b = servedWindow([{ at: 0, methods: [] }, { at: 2000, methods: [counts("a", "m", 2, 0.2)] }], 5000);
  const both = combineWindows([a, b].filter((window) => window !== undefined));
  t.is(both?.requestsPerSecond, 10);
  t.is(both?.buckets.at(-1), 11);
  t.is(both?.timestamp, 2000);
  t.is(combineWindows([]), undefined);
});

test("reports are checked and take their namespace and pod from the subject", (t) => {
  t.deepEqual(reportSourceOfSubject("troupe.metrics.v1.mesh", "troupe.metrics.v1.mesh.shop.orders-abc"), { namespace: "shop", pod: "orders-abc" });
  t.deepEqual(reportSourceOfSubject("troupe.metrics.v1.mesh", "troupe.metrics.v1.mesh.shop.a.b"), { namespace: "shop", pod: "a.b" });
  t.is(reportSourceOfSubject("troupe.metrics.v1.mesh", "troupe.metrics.v1.mesh.shop"), undefined);
  const good = { timestamp: "2026-12-07T10:00:01Z", startTime: "2026-12-07T10:00:00Z", methods: [counts("orders", "create", 1, 0.001)], pod: "liar" };
  t.is(parseMeshMetricsReport(JSON.stringify(good), { namespace: "shop", pod: "orders-abc" }).pod, "orders-abc");
  t.throws(() => parseMeshMetricsReport(JSON.stringify({ ...good, timestamp: "x" }), { namespace: "n", pod: "p" }), { message: /valid timestamp/ });
  t.throws(() => parseMeshMetricsReport(JSON.stringify({ ...good, methods: [{ ...good.methods[0], buckets: [1] }] }), { namespace: "n", pod: "p" }), { message: /needs 17 cumulative bucket counts/ });
  t.throws(() => parseMeshMetricsReport(JSON.stringify({ ...good, methods: Array.from({ length: 300 }, () => good.methods[0]) }), { namespace: "n", pod: "p" }), { message: /at most 256/ });
});

test("values are quantities: whole numbers plain, fractions in milli units, small latencies in micro units", (t) => {
  t.is(metricQuantity(20), "20");
  t.is(metricQuantity(10.5), "10500m");
  t.is(metricQuantity(0.25), "250m");
  t.is(metricQuantity(0.0123), "12300u");
  t.is(metricQuantity(0.095), "95m");
  t.is(metricQuantity(2.0004), "2");
});

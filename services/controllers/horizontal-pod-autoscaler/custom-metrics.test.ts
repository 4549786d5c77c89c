import test from "ava";
import { evaluateMetrics } from "./metric-outcomes.ts";
import type { PodForScaling, PodSample } from "./pod-groups.ts";

const NOW = Date.parse("2026-12-07T12:00:00Z");
const pod = (name: string, options: Partial<PodForScaling> = {}): PodForScaling => ({
  name, phase: "Running", deleting: false, startTime: NOW - 3_600_000, ready: { status: "True", lastTransitionTime: NOW - 3_500_000 }, requests: [], ...options,
});
const sample = (value: number): PodSample => ({ value, timestamp: NOW - 1000, windowMs: 5000 });
const podsMetric = (averageValue: string) => ({ type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue } } });
const objectMetric = (target: Record<string, string>) => ({
  type: "Object", object: { describedObject: { apiVersion: "v1", kind: "Service", name: "orders" }, metric: { name: "mesh_request_duration_seconds_p90" }, target },
});

test("a Pods metric scales to ceil(average / target x pods), reporting the average in milli units", (t) => {
  const custom = new Map([[0, new Map([["a", sample(25)], ["b", sample(20.5)]])]]);
  const result = evaluateMetrics([podsMetric("10")], { currentReplicas: 2, pods: [pod("a"), pod("b")], usage: [], now: NOW, custom });
  // Average 22.75 / 10 = 2.275 x 2 ready pods = 4.55 -> 5.
  t.like(result.outcomes[0], { ok: true, proposal: { replicas: 5 }, description: "pods metric mesh_requests_per_second" });
  t.deepEqual(result.currentMetrics[0], { type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, current: { averageValue: "22750m" } } });
});

test("a Pods metric within the tolerance keeps the replicas; a pod without a figure counts as at the target when scaling down", (t) => {
  const within = evaluateMetrics([podsMetric("10")], { currentReplicas: 2, pods: [pod("a"), pod("b")], usage: [], now: NOW, custom: new Map([[0, new Map([["a", sample(10.5)], ["b", sample(9.8)]])]]) });
  t.like(within.outcomes[0], { ok: true, proposal: { replicas: 2 } });
  // a at 2, b missing (at the target, 10) when scaling down: ratio (2 + 10) / 2 / 10 = 0.6 -> ceil(1.2) = 2: no change.
  const missing = evaluateMetrics([podsMetric("10")], { currentReplicas: 2, pods: [pod("a"), pod("b")], usage: [], now: NOW, custom: new Map([[0, new Map([["a", sample(2)]])]]) });
  t.like(missing.outcomes[0], { ok: true, proposal: { replicas: 2 } });
});

test("an Object Value metric scales by its ratio to the target times the ready pods; AverageValue divides by the target", (t) => {
  const pods = [pod("a"), pod("b"), pod("c", { ready: { status: "False", lastTransitionTime: NOW } })];
  // p90 0.25 s against 0.1 s: 2.5 x 2 ready pods = 5.
  const value = evaluateMetrics([objectMetric({ type: "Value", value: "100m" })], { currentReplicas: 3, pods, usage: [], now: NOW, custom: new Map([[0, 0.25]]) });
  t.like(value.outcomes[0], { ok: true, proposal: { replicas: 5 }, description: "Service metric mesh_request_duration_seconds_p90" });
  t.like(value.currentMetrics[0], { type: "Object", object: { describedObject: { kind: "Service", name: "orders" }, current: { value: "250m" } } });
  // 90 requests/s over the Service against 20 per pod: ceil(4.5) = 5.
  const average = evaluateMetrics([{ ...objectMetric({ type: "AverageValue", averageValue: "20" }), object: { ...objectMetric({}).object, metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue: "20" } } }],
    { currentReplicas: 3, pods, usage: [], now: NOW, custom: new Map([[0, 90]]) });
  t.like(average.outcomes[0], { ok: true, proposal: { replicas: 5 } });
  t.like(average.currentMetrics[0], { object: { current: { averageValue: "30" } } });
});

test("a custom metric that cannot be read is FailedGetPodsMetric / FailedGetObjectMetric with the reason", (t) => {
  const result = evaluateMetrics([podsMetric("10"), objectMetric({ type: "Value", value: "1" })], {
    currentReplicas: 1, pods: [pod("a")], usage: [], now: NOW,
    custom: new Map([[0, new Error("the server could not find the metric mesh_requests_per_second for pods")], [1, new Error("services \"orders\" not found")]]),
  });
  t.like(result.outcomes[0], { ok: false, reason: "FailedGetPodsMetric", message: "the HPA was unable to compute the replica count: unable to get metric mesh_requests_per_second: the server could not find the metric mesh_requests_per_second for pods" });
  t.like(result.outcomes[1], { ok: false, reason: "FailedGetObjectMetric", message: 'the HPA was unable to compute the replica count: unable to get metric mesh_request_duration_seconds_p90 on Service orders: services "orders" not found' });
  t.deepEqual(result.currentMetrics, []);
});

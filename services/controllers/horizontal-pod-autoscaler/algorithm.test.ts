// Kubernetes' HPA algorithm as pure functions: the replica calculation (ratio, tolerance, missing
// and unready pods), several metrics, stabilization, behavior policies and min/max.
import test from "ava";
import { decideReplicas, EMPTY_HISTORY, type MetricOutcome } from "./decide-replicas.ts";
import { limitWithBehavior, limitWithoutBehavior, recordScaleEvent, stabilizeWithBehavior, stabilizeWithoutBehavior } from "./normalization.ts";
import type { PodForScaling, PodSample } from "./pod-groups.ts";
import { averageValueReplicas, MetricCalculationError, perPodValueReplicas, resourceUtilizationReplicas, valueReplicas } from "./replica-calculator.ts";

const NOW = 1_000_000_000;
const pod = (name: string, options: Partial<PodForScaling> = {}, cpuMillis = 1000): PodForScaling => ({
  name,
  phase: "Running",
  deleting: false,
  startTime: NOW - 3_600_000,
  ready: { status: "True", lastTransitionTime: NOW - 3_500_000 },
  requests: [{ container: "c", resources: { cpu: cpuMillis } }],
  ...options,
});
const sample = (value: number, at = NOW - 5000): PodSample => ({ value, timestamp: at, windowMs: 15_000 });
const samples = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([name, value]) => [name, sample(value)]));
const cpu = (currentReplicas: number, pods: PodForScaling[], usage: Map<string, PodSample>, targetUtilization = 50) =>
  resourceUtilizationReplicas({ currentReplicas, pods, samples: usage, now: NOW, resource: "cpu", targetUtilization });

test("utilization: the ratio to the target times the ready pods, rounded up", (t) => {
  const result = cpu(3, [pod("a"), pod("b"), pod("c")], samples({ a: 900, b: 900, c: 900 }));
  t.is(result.replicas, 6);
  t.is(result.current.averageUtilization, 90);
  t.is(result.current.averageValue, 900);
});

test("within the 10% tolerance nothing changes", (t) => {
  t.is(cpu(3, [pod("a"), pod("b"), pod("c")], samples({ a: 520, b: 540, c: 500 })).replicas, 3);
  t.is(cpu(3, [pod("a"), pod("b"), pod("c")], samples({ a: 450, b: 450, c: 460 })).replicas, 3);
  t.is(cpu(3, [pod("a"), pod("b"), pod("c")], samples({ a: 400, b: 400, c: 400 })).replicas, 3, "80% of target: ceil(0.8 x 3)");
});

test("a pod without a sample counts as at 100% of its request when scaling down", (t) => {
  // 10% on three pods: ratio 0.2; with the missing one at 100%: 32% -> 0.64 x 4 -> 3.
  t.is(cpu(4, [pod("a"), pod("b"), pod("c"), pod("d")], samples({ a: 100, b: 100, c: 100 })).replicas, 3);
});

test("a pod without a sample counts as at 0 when scaling up", (t) => {
  // 90% on three: 1.8; the missing one at 0: 67% -> 1.34 x 4 -> 6.
  t.is(cpu(4, [pod("a"), pod("b"), pod("c"), pod("d")], samples({ a: 900, b: 900, c: 900 })).replicas, 6);
});

test("unready pods count as at 0 when scaling up and are left out when scaling down", (t) => {
  const pending = pod("p", { phase: "Pending", ready: undefined });
  t.is(cpu(4, [pod("a"), pod("b"), pod("c"), pending], samples({ a: 900, b: 900, c: 900 })).replicas, 6);
  // A pod still in its CPU initialization period whose sample predates its readiness is unready.
  const starting = pod("s", { startTime: NOW - 60_000, ready: { status: "True", lastTransitionTime: NOW - 10_000 } });
  t.is(cpu(2, [pod("a"), starting], samples({ a: 100, s: 1000 })).replicas, 1, "only the ready pod's 10%: 0.2 x 1");
  // Deleting and failed pods are ignored altogether.
  t.is(cpu(2, [pod("a"), pod("gone", { deleting: true }), pod("f", { phase: "Failed" })], samples({ a: 500, gone: 5000, f: 5000 })).replicas, 2);
});

test("a rebalanced ratio that flips direction keeps the current replicas", (t) => {
  // 60% on one pod (1.2), the other missing at 0: 30% (0.6): the direction flips.
  t.is(cpu(2, [pod("a"), pod("b")], samples({ a: 600 })).replicas, 2);
});

test("no samples, no pods, or a pod without a request are errors naming the problem", (t) => {
  t.throws(() => cpu(1, [pod("a")], new Map()), { instanceOf: MetricCalculationError, message: /no metrics returned from resource metrics API/ });
  t.throws(() => cpu(1, [], samples({ a: 1 })), { message: /no pods returned by selector/ });
  t.throws(() => cpu(1, [pod("a", { requests: [{ container: "c", resources: {} }] })], samples({ a: 1 })), { message: /missing request for cpu of pod a/ });
});

test("ContainerResource uses one container's request", (t) => {
  const twoContainers = pod("a", { requests: [{ container: "app", resources: { cpu: 200 } }, { container: "sidecar", resources: { cpu: 800 } }] });
  const result = resourceUtilizationReplicas({ currentReplicas: 1, pods: [twoContainers], samples: samples({ a: 200 }), now: NOW, resource: "cpu", container: "app", targetUtilization: 50 });
  t.is(result.current.averageUtilization, 100);
  t.is(result.replicas, 2);
});

test("per-pod averages (Pods metrics, AverageValue) and whole-workload values (Object, External)", (t) => {
  t.is(averageValueReplicas({ currentReplicas: 3, pods: [pod("a"), pod("b"), pod("c")], samples: samples({ a: 30, b: 30, c: 30 }), now: NOW, resource: "rps", targetAverage: 10 }).replicas, 9);
  t.is(valueReplicas({ currentReplicas: 2, readyPods: 2, usage: 30, target: 10 }).replicas, 6);
  t.is(valueReplicas({ currentReplicas: 0, readyPods: 0, usage: 25, target: 10 }).replicas, 3, "from zero: the ratio itself");
  t.is(perPodValueReplicas({ currentReplicas: 2, usage: 100, targetAverage: 10 }).replicas, 10);
  t.is(perPodValueReplicas({ currentReplicas: 10, usage: 105, targetAverage: 10 }).replicas, 10, "within tolerance");
  t.is(perPodValueReplicas({ currentReplicas: 3, usage: 0, targetAverage: 10 }).replicas, 0, "drained: to zero");
  t.is(perPodValueReplicas({ currentReplicas: 0, usage: 42, targetAverage: 10 }).replicas, 5, "queue lag from zero");
});

const ok = (replicas: number, description = "cpu resource utilization (percentage of request)"): MetricOutcome => ({ ok: true, proposal: { replicas, current: {} }, description });
const failed: MetricOutcome = { ok: false, reason: "FailedGetResourceMetric", message: "unable to get metrics for resource cpu" };
const decide = (currentReplicas: number, metrics: MetricOutcome[], extra: Partial<Parameters<typeof decideReplicas>[0]> = {}) =>
  decideReplicas({ currentReplicas, minReplicas: 1, maxReplicas: 10, metrics, history: EMPTY_HISTORY, now: NOW, ...extra });
const condition = (decision: ReturnType<typeof decideReplicas>, type: string) => decision.conditions.find((entry) => entry.type === type);

test("several metrics: the largest proposal wins", (t) => {
  const decision = decide(2, [ok(3), ok(7, "pods metric rps"), ok(1)]);
  t.is(decision.desiredReplicas, 4, "scale-up limit max(2 x 2, 4) without a behavior");
  t.like(condition(decision, "ScalingActive"), { status: "True", reason: "ValidMetricFound", message: "the HPA was able to successfully calculate a replica count from pods metric rps" });
  t.like(condition(decision, "ScalingLimited"), { status: "True", reason: "ScaleUpLimit" });
});

test("a failed metric never lets the others scale down; all failing is ScalingActive False", (t) => {
  const down = decide(5, [ok(2), failed]);
  t.false(down.rescale);
  t.like(condition(down, "ScalingActive"), { status: "False", reason: "FailedGetResourceMetric" });
  t.regex(down.metricsError ?? "", /invalid metrics \(1 invalid out of 2\), first error is: unable to get metrics for resource cpu/);
  t.is(decide(5, [ok(7), failed]).desiredReplicas, 7, "scaling up on the metrics that work is allowed");
  t.like(condition(decide(5, [failed]), "ScalingActive"), { status: "False", reason: "FailedGetResourceMetric" });
});

test("min and max clamp the proposal with Kubernetes' ScalingLimited reasons", (t) => {
  t.like(limitWithoutBehavior(10, 20, 1, 15), { replicas: 15, reason: "TooManyReplicas" });
  t.like(limitWithoutBehavior(3, 0, 2, 15), { replicas: 2, reason: "TooFewReplicas", message: "the desired replica count is less than the minimum replica count" });
  t.like(limitWithoutBehavior(1, 10, 1, 20), { replicas: 4, reason: "ScaleUpLimit" });
  t.like(limitWithoutBehavior(4, 5, 1, 20), { replicas: 5, reason: "DesiredWithinRange" });
  const capped = decide(8, [ok(30)], { maxReplicas: 12 });
  t.is(capped.desiredReplicas, 12);
  t.like(condition(capped, "ScalingLimited"), { status: "True", reason: "TooManyReplicas", message: "the desired replica count is more than the maximum replica count" });
});

test("replicas outside min/max go to the bound; a target at zero disables scaling", (t) => {
  t.like(decide(14, [ok(3)]), { desiredReplicas: 10, rescale: true, rescaleReason: "Current number of replicas above Spec.MaxReplicas" });
  t.like(decide(0, [ok(3)], { minReplicas: 2 }), { desiredReplicas: 0, rescale: false });
  t.like(condition(decide(0, [ok(3)]), "ScalingActive"), { status: "False", reason: "ScalingDisabled" });
  t.like(decide(0, [ok(3)], { minReplicas: 0 }), { desiredReplicas: 3, rescale: true }, "scale-to-zero HPAs scale up from zero");
});

test("without a behavior, scale down waits for the highest recommendation of the last 5 minutes", (t) => {
  const recent = stabilizeWithoutBehavior([{ replicas: 5, at: NOW - 60_000 }], 2, NOW);
  t.like(recent, { replicas: 5, reason: "ScaleDownStabilized" });
  t.is(recent.recommendations.length, 2);
  t.like(stabilizeWithoutBehavior([{ replicas: 5, at: NOW - 301_000 }], 2, NOW), { replicas: 2, reason: "ReadyForNewScale" });
  const history = { ...EMPTY_HISTORY, recommendations: [{ replicas: 6, at: NOW - 100_000 }] };
  const decision = decide(6, [ok(2)], { history });
  t.like(decision, { desiredReplicas: 6, rescale: false });
  t.like(condition(decision, "AbleToScale"), { status: "True", reason: "ScaleDownStabilized" });
});

test("behavior windows: scale down to the highest of its window, up to the lowest of its", (t) => {
  const down = stabilizeWithBehavior([{ replicas: 6, at: NOW - 100_000 }], { currentReplicas: 6, desired: 3, now: NOW, scaleDown: { stabilizationWindowSeconds: 300 } });
  t.like(down, { replicas: 6, reason: "ScaleDownStabilized" });
  const shortWindow = stabilizeWithBehavior([{ replicas: 6, at: NOW - 100_000 }], { currentReplicas: 6, desired: 3, now: NOW, scaleDown: { stabilizationWindowSeconds: 30 } });
  t.like(shortWindow, { replicas: 3, reason: "ReadyForNewScale" });
  const up = stabilizeWithBehavior([{ replicas: 2, at: NOW - 30_000 }], { currentReplicas: 4, desired: 8, now: NOW, scaleUp: { stabilizationWindowSeconds: 60 } });
  t.like(up, { replicas: 4, reason: "ScaleUpStabilized" });
  t.like(stabilizeWithBehavior([], { currentReplicas: 4, desired: 8, now: NOW }), { replicas: 8, reason: "ReadyForNewScale" }, "default scale-up window 0");
});

const limit = (currentReplicas: number, desired: number, extra: Partial<Parameters<typeof limitWithBehavior>[0]> = {}) =>
  limitWithBehavior({ currentReplicas, desired, minReplicas: 1, maxReplicas: 100, scaleUpEvents: [], scaleDownEvents: [], now: NOW, ...extra });

test("scale-up policies: Pods 4 and Percent 100 per 15 s by default, selectPolicy Max, Min or Disabled", (t) => {
  t.like(limit(2, 20), { replicas: 6, reason: "ScaleUpLimit" }, "max(2 + 4, 2 x 2)");
  t.like(limit(10, 50), { replicas: 20, reason: "ScaleUpLimit" }, "max(10 + 4, 10 x 2)");
  t.like(limit(2, 20, { scaleUp: { selectPolicy: "Min" } }), { replicas: 4 });
  t.like(limit(2, 20, { scaleUp: { selectPolicy: "Disabled" } }), { replicas: 2 });
  t.like(limit(10, 50, { maxReplicas: 12 }), { replicas: 12, reason: "TooManyReplicas" });
  // Replicas added within the period count against it.
  const events = [{ change: 4, at: NOW - 10_000 }];
  t.like(limit(6, 20, { scaleUp: { policies: [{ type: "Pods", value: 4, periodSeconds: 60 }] }, scaleUpEvents: events }), { replicas: 6, reason: "ScaleUpLimit" });
  t.like(limit(6, 20, { scaleUp: { policies: [{ type: "Pods", value: 4, periodSeconds: 5 }] }, scaleUpEvents: events }), { replicas: 10 });
});

test("scale-down policies: Percent 100 per 15 s by default, a Pods policy with its period's history", (t) => {
  t.like(limit(10, 1), { replicas: 1, reason: "DesiredWithinRange" });
  t.like(limit(10, 0, { minReplicas: 2 }), { replicas: 2, reason: "TooFewReplicas" });
  const policy = { policies: [{ type: "Pods", value: 2, periodSeconds: 60 }] };
  t.like(limit(10, 1, { scaleDown: policy }), { replicas: 8, reason: "ScaleDownLimit", message: "the desired replica count is decreasing faster than the maximum scale rate" });
  t.like(limit(8, 1, { scaleDown: policy, scaleDownEvents: [{ change: 2, at: NOW - 30_000 }] }), { replicas: 8, reason: "ScaleDownLimit" });
  t.like(limit(10, 1, { scaleDown: { policies: [{ type: "Percent", value: 50, periodSeconds: 15 }, { type: "Pods", value: 1, periodSeconds: 15 }], selectPolicy: "Min" } }), { replicas: 9 }, "Min: the smaller change");
  t.like(limit(10, 1, { scaleDown: { policies: [{ type: "Percent", value: 50, periodSeconds: 15 }, { type: "Pods", value: 1, periodSeconds: 15 }] } }), { replicas: 5 }, "Max: the larger change");
  t.like(limit(10, 1, { scaleDown: { selectPolicy: "Disabled" } }), { replicas: 10 });
});

test("scale events are recorded in their direction and forgotten after the longest period", (t) => {
  const first = recordScaleEvent({ up: [], down: [] }, 2, 6, NOW, 60);
  t.deepEqual(first, { up: [{ change: 4, at: NOW }], down: [] });
  const later = recordScaleEvent(first, 6, 4, NOW + 61_000, 60);
  t.deepEqual(later, { up: [], down: [{ change: 2, at: NOW + 61_000 }] });
});

test("a decision with a behavior: stabilized, rate-limited, explained by its conditions", (t) => {
  const behavior = { scaleUp: { policies: [{ type: "Pods", value: 1, periodSeconds: 60 }] }, scaleDown: { stabilizationWindowSeconds: 0 } };
  const up = decide(3, [ok(9)], { behavior });
  t.like(up, { desiredReplicas: 4, rescale: true, rescaleReason: "cpu resource utilization (percentage of request) above target" });
  t.like(condition(up, "AbleToScale"), { status: "True", reason: "ReadyForNewScale" });
  t.like(condition(up, "ScalingLimited"), { status: "True", reason: "ScaleUpLimit" });
  const down = decide(4, [ok(2)], { behavior });
  t.like(down, { desiredReplicas: 2, rescaleReason: "All metrics below target" });
  t.like(condition(down, "ScalingLimited"), { status: "False", reason: "DesiredWithinRange" });
});

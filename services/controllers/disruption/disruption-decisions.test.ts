import test from "ava";
import { decideBudgetStatus, DISRUPTED_POD_TIMEOUT_MS, expectedAndDesired, pruneDisruptedPods, sameBudgetStatus, scaledValueRoundUp } from "./budget-status.ts";
import { expectedScale, type ScaleOf } from "./expected-scale.ts";
import type { IntOrString, Pod, PodDisruptionBudget } from "./types.ts";

const NOW = Date.parse("2026-12-02T10:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();

function pod(name: string, state: "ready" | "unready" | "deleting" = "ready", owner?: { kind: string; name: string; uid: string }): Pod {
  return {
    metadata: {
      name, namespace: "ns", labels: { app: "web" },
      deletionTimestamp: state === "deleting" ? iso(NOW) : undefined,
      ownerReferences: owner ? [{ ...owner, apiVersion: "apps/v1", controller: true }] : [],
    },
    status: { phase: "Running", conditions: [{ type: "Ready", status: state === "unready" ? "False" : "True" }] },
  };
}

function budget(spec: { minAvailable?: IntOrString; maxUnavailable?: IntOrString }, disruptedPods: Record<string, string> = {}): PodDisruptionBudget {
  return { metadata: { name: "web", namespace: "ns", generation: 3 }, spec: { selector: { matchLabels: { app: "web" } }, ...spec }, status: { disruptedPods } };
}

test("percentages of a budget round up, as Kubernetes' GetScaledValueFromIntOrPercent with roundUp", (t) => {
  const cases: [IntOrString, number, number][] = [
    [{ intVal: 2 }, 10, 2],
    [{ strVal: "50%" }, 3, 2],
    [{ strVal: "34%" }, 3, 2],
    [{ strVal: "100%" }, 7, 7],
    [{ strVal: "0%" }, 7, 0],
  ];
  for (const [value, total, expected] of cases) t.is(scaledValueRoundUp(value, total), expected, JSON.stringify(value));
});

test("expected and desired pods: a count minAvailable needs no scale, percents and maxUnavailable are of the controllers' scale", (t) => {
  const cases: [{ minAvailable?: IntOrString; maxUnavailable?: IntOrString }, number, number, { expectedPods: number; desiredHealthy: number }][] = [
    [{ minAvailable: { intVal: 2 } }, 3, 5, { expectedPods: 3, desiredHealthy: 2 }],
    [{ minAvailable: { strVal: "50%" } }, 3, 5, { expectedPods: 5, desiredHealthy: 3 }],
    [{ maxUnavailable: { intVal: 1 } }, 3, 4, { expectedPods: 4, desiredHealthy: 3 }],
    [{ maxUnavailable: { strVal: "50%" } }, 3, 3, { expectedPods: 3, desiredHealthy: 1 }],
    [{ maxUnavailable: { intVal: 9 } }, 3, 3, { expectedPods: 3, desiredHealthy: 0 }],
  ];
  for (const [spec, matching, scale, expected] of cases) t.deepEqual(expectedAndDesired(budget(spec), matching, scale), expected, JSON.stringify(spec));
});

test("disruptionsAllowed is the healthy pods over the desired ones, never negative, and 0 without expected pods", (t) => {
  const cases: [Pod[], { minAvailable?: IntOrString; maxUnavailable?: IntOrString }, number, number, number][] = [
    // pods, spec, scale, currentHealthy, disruptionsAllowed
    [[pod("a"), pod("b"), pod("c")], { minAvailable: { intVal: 2 } }, 3, 3, 1],
    [[pod("a"), pod("b"), pod("c", "unready")], { minAvailable: { intVal: 2 } }, 3, 2, 0],
    [[pod("a"), pod("b", "deleting"), pod("c")], { minAvailable: { intVal: 2 } }, 3, 2, 0],
    [[pod("a")], { minAvailable: { intVal: 2 } }, 1, 1, 0],
    [[pod("a"), pod("b"), pod("c")], { maxUnavailable: { intVal: 2 } }, 3, 3, 2],
    [[], { maxUnavailable: { intVal: 1 } }, 0, 0, 0],
  ];
  for (const [pods, spec, scale, currentHealthy, allowed] of cases) {
    const { status } = decideBudgetStatus({ budget: budget(spec), pods, scale, nowMs: NOW });
    t.is(status.currentHealthy, currentHealthy, JSON.stringify(spec));
    t.is(status.disruptionsAllowed, allowed, JSON.stringify(spec));
    t.is(status.observedGeneration, 3);
    const condition = status.conditions?.find((item) => item.type === "DisruptionAllowed");
    t.is(condition?.status, allowed > 0 ? "True" : "False");
    t.is(condition?.reason, allowed > 0 ? "SufficientPods" : "InsufficientPods");
  }
});

test("a pod admitted for eviction does not count healthy until its entry expires after two minutes", (t) => {
  const pods = [pod("a"), pod("b"), pod("c")];
  const fresh = decideBudgetStatus({ budget: budget({ minAvailable: { intVal: 2 } }, { a: iso(NOW - 1000) }), pods, scale: 3, nowMs: NOW });
  t.is(fresh.status.currentHealthy, 2);
  t.is(fresh.status.disruptionsAllowed, 0);
  t.deepEqual(Object.keys(fresh.status.disruptedPods ?? {}), ["a"]);
  t.is(fresh.recheckAtMs, NOW - 1000 + DISRUPTED_POD_TIMEOUT_MS);
  const expired = decideBudgetStatus({ budget: budget({ minAvailable: { intVal: 2 } }, { a: iso(NOW - DISRUPTED_POD_TIMEOUT_MS - 1) }), pods, scale: 3, nowMs: NOW });
  t.is(expired.status.currentHealthy, 3);
  t.is(expired.status.disruptionsAllowed, 1);
  t.deepEqual(expired.status.disruptedPods, {});
  t.is(expired.recheckAtMs, undefined);
});

test("entries of disruptedPods go once their pod is gone or being deleted", (t) => {
  const { kept } = pruneDisruptedPods({ gone: iso(NOW), deleting: iso(NOW), live: iso(NOW) }, [pod("deleting", "deleting"), pod("live")], NOW);
  t.deepEqual(kept, { live: iso(NOW) });
});

test("a status differing only in its condition's timestamp is the same status", (t) => {
  const pods = [pod("a"), pod("b")];
  const first = decideBudgetStatus({ budget: budget({ minAvailable: { intVal: 1 } }), pods, scale: 2, nowMs: NOW }).status;
  const later = decideBudgetStatus({ budget: budget({ minAvailable: { intVal: 1 } }), pods, scale: 2, nowMs: NOW + 60_000 }).status;
  t.true(sameBudgetStatus(first, later));
  t.false(sameBudgetStatus(first, { ...later, disruptionsAllowed: 0 }));
});

test("the expected scale counts each controller once, a Deployment's ReplicaSets as the Deployment, unowned pods as one", (t) => {
  const controllers: Record<string, { replicas: number; controller?: { kind: string; name: string; uid: string } }> = {
    "ReplicaSet/web-1": { replicas: 1, controller: { kind: "Deployment", name: "web", uid: "d" } },
    "ReplicaSet/web-2": { replicas: 3, controller: { kind: "Deployment", name: "web", uid: "d" } },
    "Deployment/web": { replicas: 3 },
    "StatefulSet/db": { replicas: 2 },
  };
  const scaleOf: ScaleOf = (_namespace, ref) => controllers[`${ref.kind}/${ref.name}`];
  const pods = [
    pod("a", "ready", { kind: "ReplicaSet", name: "web-1", uid: "r1" }),
    pod("b", "ready", { kind: "ReplicaSet", name: "web-2", uid: "r2" }),
    pod("c", "ready", { kind: "ReplicaSet", name: "web-2", uid: "r2" }),
    pod("d", "ready", { kind: "StatefulSet", name: "db", uid: "s" }),
    pod("e"),
  ];
  t.is(expectedScale("ns", pods, scaleOf), 3 + 2 + 1);
});

import test from "ava";
import type { TypedApiClient } from "../../../runtime/api-client/typed-api-client.ts";
import type { Informer } from "../../../runtime/store/informer.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import type { PodDisruptionBudgetObject } from "../resources.ts";
import { DisruptionReconciler } from "./disruption-reconciler.ts";

const NOW = Date.parse("2026-12-02T10:00:00Z");

/** An informer over fixed objects: the reconciler only gets and lists. */
function informer<T extends ApiObject>(objects: T[]): Informer<T> {
  return {
    get: (namespace: string | undefined, name: string) => objects.find((object) => object.metadata?.namespace === namespace && object.metadata?.name === name),
    list: (filter: (object: T) => boolean = () => true) => objects.filter(filter),
  } as unknown as Informer<T>;
}

function pod(name: string, ready: boolean, namespace = "ns"): ApiObject {
  return {
    apiVersion: "v1", kind: "Pod",
    metadata: { name, namespace, labels: { app: "web" }, ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-1", uid: "rs", controller: true }] },
    status: { phase: "Running", conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
  };
}

function setup(budget: PodDisruptionBudgetObject, pods: ApiObject[]) {
  const written: PodDisruptionBudgetObject[] = [];
  const client = { updateStatus: async (object: PodDisruptionBudgetObject) => (written.push(object), object) } as unknown as TypedApiClient;
  const reconciler = new DisruptionReconciler({
    budgets: informer([budget]),
    pods: informer(pods as never[]),
    replicaSets: informer([{ apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web-1", namespace: "ns", uid: "rs", ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: "d", controller: true }] }, spec: { replicas: 3 } }] as never[]),
    deployments: informer([{ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "ns", uid: "d" }, spec: { replicas: 4 } }] as never[]),
    statefulSets: informer([]),
    client,
    now: () => NOW,
  });
  return { reconciler, written };
}

const budget = (spec: Record<string, unknown>, status: Record<string, unknown> = {}): PodDisruptionBudgetObject => ({
  apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", namespace: "ns", generation: 1, resourceVersion: "7" },
  spec: { selector: { matchLabels: { app: "web" } }, ...spec }, status,
});

test("the disruption reconciler takes a percent budget of the Deployment's scale and ignores pods of other namespaces", async (t) => {
  const { reconciler, written } = setup(budget({ minAvailable: { strVal: "50%" } }), [pod("a", true), pod("b", true), pod("c", false), pod("x", true, "other")]);
  t.is(await reconciler.reconcile({ namespace: "ns", name: "web" }), undefined);
  t.is(written.length, 1);
  t.like(written[0]?.status, { expectedPods: 4, desiredHealthy: 2, currentHealthy: 2, disruptionsAllowed: 0, observedGeneration: 1 });
  t.is(written[0]?.metadata?.resourceVersion, "7", "the write compares against the revision read");
});

test("the disruption reconciler writes nothing when the status holds, and looks again when an eviction's entry expires", async (t) => {
  const evictedAt = new Date(NOW - 60_000).toISOString();
  const first = setup(budget({ minAvailable: { intVal: 1 } }, { disruptedPods: { a: evictedAt } }), [pod("a", true), pod("b", true)]);
  const result = await first.reconciler.reconcile({ namespace: "ns", name: "web" });
  t.like(first.written[0]?.status, { currentHealthy: 1, disruptionsAllowed: 0, disruptedPods: { a: evictedAt } });
  t.true((result?.requeueAfterMs ?? 0) >= 60_000 && (result?.requeueAfterMs ?? 0) < 61_000, JSON.stringify(result));
  const again = setup({ ...budget({ minAvailable: { intVal: 1 } }), status: first.written[0]?.status }, [pod("a", true), pod("b", true)]);
  await again.reconciler.reconcile({ namespace: "ns", name: "web" });
  t.is(again.written.length, 0);
});

test("a deleted budget is nothing to do", async (t) => {
  const { reconciler, written } = setup(budget({ minAvailable: { intVal: 1 } }), []);
  await reconciler.reconcile({ namespace: "ns", name: "gone" });
  t.is(written.length, 0);
});

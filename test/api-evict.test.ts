// The evict verb (pods/eviction) against a real API, and through kube-api's HTTP subresource: a PodDisruptionBudget admits as many
// evictions as its status allows, concurrent evictions cannot both take the last one, and a
// refusal is Kubernetes' 429 with the budget's cause. The budget's status is written here by hand,
// as the disruption controller would.
import test from "ava";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { kubeHttp } from "./helpers/kube-http.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

async function readyPod(namespace: string, name: string, app: string, phase = "Running"): Promise<void> {
  const created = await cluster.client.create({
    apiVersion: "v1", kind: "Pod", metadata: { name, namespace, labels: { app } }, spec: { containers: [{ name: "c", image: "hello:plain-text" }] },
  });
  const conditions = phase === "Running" ? [{ type: "Ready", status: "True" }] : [];
  await cluster.client.updateStatus({ ...created, status: { phase, conditions } });
}

async function namespace(name: string): Promise<void> {
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
}

/** A budget whose status says what the disruption controller would have computed. */
async function budget(ns: string, name: string, app: string, status: { disruptionsAllowed: number; currentHealthy: number; desiredHealthy: number }): Promise<void> {
  const created = await cluster.client.create({
    apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name, namespace: ns }, spec: { minAvailable: 2, selector: { matchLabels: { app } } },
  });
  await cluster.client.updateStatus({
    ...created,
    status: { ...status, expectedPods: 3, observedGeneration: created.metadata?.generation ?? 1, disruptedPods: {} },
  });
}

async function exists(ns: string, name: string): Promise<boolean> {
  try {
    await cluster.client.get("pods", name, { namespace: ns });
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 404) return false;
    throw error;
  }
}

test("a budget allowing one disruption admits one of two concurrent evictions and refuses the other with a 429", async (t) => {
  await namespace("evict-race");
  for (const name of ["web-a", "web-b", "web-c"]) await readyPod("evict-race", name, "web");
  await budget("evict-race", "web-pdb", "web", { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 });
  const results = await Promise.allSettled([
    cluster.client.evict("web-a", { namespace: "evict-race" }),
    cluster.client.evict("web-b", { namespace: "evict-race" }),
  ]);
  const admitted = results.filter((result) => result.status === "fulfilled");
  const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason as ApiError] : []));
  t.is(admitted.length, 1);
  t.is(refusals.length, 1);
  const [refusal] = refusals;
  t.true(refusal instanceof ApiError);
  t.is(refusal?.code, 429);
  t.is(refusal?.reason, "TooManyRequests");
  t.is(refusal?.message, "Cannot evict pod as it would violate the pod's disruption budget.");
  t.deepEqual(refusal?.details?.causes, [{ reason: "DisruptionBudget", message: "The disruption budget web-pdb needs 2 healthy pods and has 3 currently" }]);
  t.true((refusal?.details?.retryAfterSeconds ?? 0) > 0);
  const remaining = [await exists("evict-race", "web-a"), await exists("evict-race", "web-b")];
  t.deepEqual(remaining.filter(Boolean).length, 1, "exactly the admitted pod is gone");
  const stored = await cluster.client.get("poddisruptionbudgets", "web-pdb", { namespace: "evict-race" }) as KubeObject & { status: { disruptionsAllowed?: number; disruptedPods: Record<string, string> } };
  t.is(stored.status.disruptionsAllowed ?? 0, 0);
  const evicted = remaining[0] ? "web-b" : "web-a";
  t.deepEqual(Object.keys(stored.status.disruptedPods), [evicted]);
  await t.throwsAsync(cluster.client.evict("web-c", { namespace: "evict-race" }), { instanceOf: ApiError, message: /violate the pod's disruption budget/ });
  t.true(await exists("evict-race", "web-c"), "a refused eviction deletes nothing");
});

test("a pod no budget covers, or one that is not running, is evicted without consulting a budget", async (t) => {
  await namespace("evict-free");
  await readyPod("evict-free", "loner", "other");
  await readyPod("evict-free", "waiting", "web", "Pending");
  await readyPod("evict-free", "runner", "web");
  await budget("evict-free", "web-pdb", "web", { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 2 });
  await cluster.client.evict("loner", { namespace: "evict-free" });
  await cluster.client.evict("waiting", { namespace: "evict-free" });
  t.false(await exists("evict-free", "loner"));
  t.false(await exists("evict-free", "waiting"));
  const error = await t.throwsAsync(cluster.client.evict("runner", { namespace: "evict-free" }), { instanceOf: ApiError });
  t.is(error?.code, 429);
  t.true(await exists("evict-free", "runner"));
});

test("a dry-run eviction takes nothing from the budget and deletes nothing", async (t) => {
  await namespace("evict-dry");
  await readyPod("evict-dry", "web-a", "web");
  await budget("evict-dry", "web-pdb", "web", { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 });
  await cluster.client.evict("web-a", { namespace: "evict-dry", dryRun: true });
  t.true(await exists("evict-dry", "web-a"));
  const stored = await cluster.client.get("pdb", "web-pdb", { namespace: "evict-dry" }) as KubeObject & { status: { disruptionsAllowed: number } };
  t.is(stored.status.disruptionsAllowed, 1);
});

test("a pod two budgets cover cannot be evicted, as Kubernetes answers with a 500", async (t) => {
  await namespace("evict-two");
  await readyPod("evict-two", "web-a", "web");
  await budget("evict-two", "one", "web", { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 });
  await budget("evict-two", "two", "web", { disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2 });
  const error = await t.throwsAsync(cluster.client.evict("web-a", { namespace: "evict-two" }), { instanceOf: ApiError });
  t.is(error?.code, 500);
  t.regex(error?.message ?? "", /This pod has more than one PodDisruptionBudget, which the eviction subresource does not support\./);
  t.true(await exists("evict-two", "web-a"));
});

test("a budget with both bounds, or a percent over 100%, is refused naming the fields", async (t) => {
  const both = await t.throwsAsync(cluster.client.create({
    apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "both" }, spec: { minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: "web" } } },
  }), { instanceOf: ApiError });
  t.is(both?.code, 422);
  t.regex(both?.message ?? "", /spec: Invalid value: .*minAvailable and maxUnavailable cannot be both set/);
  const over = await t.throwsAsync(cluster.client.create({
    apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "over" }, spec: { maxUnavailable: "150%", selector: {} },
  }), { instanceOf: ApiError });
  t.is(over?.code, 422);
  t.regex(over?.message ?? "", /spec\.maxUnavailable: Invalid value: "150%": must not be greater than 100%/);
  const negative = await t.throwsAsync(cluster.client.create({
    apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "negative" }, spec: { minAvailable: -1, selector: {} },
  }), { instanceOf: ApiError });
  t.true((negative?.details?.causes ?? []).some((cause) => cause.field === "spec.minAvailable"));
});

test("evicting a pod that does not exist is NotFound", async (t) => {
  const error = await t.throwsAsync(cluster.client.evict("nobody"), { instanceOf: ApiError });
  t.is(error?.code, 404);
});

test("kube-api's pods/eviction answers a refusal with Kubernetes' 429 Status and Retry-After, an admission with 201", async (t) => {
  await namespace("evict-http");
  for (const name of ["web-a", "web-b"]) await readyPod("evict-http", name, "web");
  await budget("evict-http", "web-pdb", "web", { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 });
  const eviction = (name: string) => JSON.stringify({ apiVersion: "policy/v1", kind: "Eviction", metadata: { name, namespace: "evict-http" }, deleteOptions: { gracePeriodSeconds: 0 } });
  const admitted = await kubeHttp(kube, "POST", "/api/v1/namespaces/evict-http/pods/web-a/eviction", eviction("web-a"));
  t.is(admitted.status, 201, admitted.text);
  t.like(admitted.json(), { kind: "Status", status: "Success" });
  const refused = await kubeHttp(kube, "POST", "/api/v1/namespaces/evict-http/pods/web-b/eviction", eviction("web-b"));
  t.is(refused.status, 429, refused.text);
  t.is(refused.headers["retry-after"], "5");
  t.like(refused.json(), {
    kind: "Status", reason: "TooManyRequests", code: 429, message: "Cannot evict pod as it would violate the pod's disruption budget.",
    details: { causes: [{ reason: "DisruptionBudget", message: "The disruption budget web-pdb needs 1 healthy pods and has 2 currently" }] },
  });
  t.false(await exists("evict-http", "web-a"));
  t.true(await exists("evict-http", "web-b"));
});

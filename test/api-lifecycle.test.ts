// Object lifecycle through the API: status subresource, graceful deletion, namespaces,
// selectors, dry runs and several API replicas in one queue group.
import test from "ava";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { loadExample, startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

async function webDeployment(name: string): Promise<KubeObject & { spec: { replicas: number } }> {
  const [manifest] = await loadExample("web/deployment.yaml");
  const object = structuredClone(manifest) as KubeObject & { spec: { replicas: number } };
  object.metadata = { ...object.metadata, name };
  return object;
}

test("namespaces default and troupe-system exist from the start and cannot be deleted", async (t) => {
  const list = await cluster.client.list("namespaces");
  const names = list.items.map((item) => item.metadata?.name);
  t.true(names.includes("default") && names.includes("troupe-system"), names.join(","));
  const error = await t.throwsAsync(cluster.client.delete("ns", "default"), { instanceOf: ApiError });
  t.is(error?.reason, "Forbidden");
});

test("updateStatus changes only the status; update keeps the stored status", async (t) => {
  const created = await cluster.client.create(await webDeployment("status-demo"));
  const withStatus = await cluster.client.updateStatus({ ...created, spec: { ...(created.spec as object), replicas: 99 }, status: { replicas: 3, readyReplicas: 2, observedGeneration: 1 } });
  t.is((withStatus.spec as { replicas: number }).replicas, 3, "spec untouched by updateStatus");
  t.deepEqual(withStatus.status, { observedGeneration: 1, replicas: 3, readyReplicas: 2 });
  t.is(withStatus.metadata?.generation, 1);
  const updated = await cluster.client.update({ ...withStatus, spec: { ...(withStatus.spec as object), replicas: 4 }, status: { replicas: 0 } });
  t.is((updated.spec as { replicas: number }).replicas, 4);
  t.deepEqual(updated.status, withStatus.status, "status untouched by update");
  t.is(updated.metadata?.generation, 2);
});

test("an update without a resourceVersion is refused naming the field", async (t) => {
  const created = await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "no-rv" }, data: { a: "1" } });
  const error = await t.throwsAsync(cluster.client.update({ ...created, metadata: { name: "no-rv" } }), { instanceOf: ApiError });
  t.is(error?.reason, "Invalid");
  t.is(error?.details?.causes?.[0]?.field, "metadata.resourceVersion");
});

test("an object with finalizers is marked for deletion and removed when the last finalizer goes", async (t) => {
  const created = await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "guarded", finalizers: ["example.com/cleanup"] }, data: { a: "1" } });
  const marked = await cluster.client.delete("cm", "guarded");
  t.truthy(marked.metadata?.deletionTimestamp);
  const stillThere = await cluster.client.get("cm", "guarded");
  t.truthy(stillThere.metadata?.deletionTimestamp);
  t.is(stillThere.metadata?.uid, created.metadata?.uid);
  await cluster.client.update({ ...stillThere, metadata: { ...stillThere.metadata, finalizers: [] } });
  const error = await t.throwsAsync(cluster.client.get("cm", "guarded"), { instanceOf: ApiError });
  t.is(error?.reason, "NotFound");
});

test("a pod bound to a node is deleted gracefully and removed when the kubelet confirms", async (t) => {
  const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "graceful" }, spec: { nodeName: "node-1", containers: [{ name: "c", image: "busybox" }] } };
  const created = await cluster.client.create(pod);
  t.is((created.status as { phase: string }).phase, "Pending");
  const marked = await cluster.client.delete("po", "graceful");
  t.is(marked.metadata?.deletionGracePeriodSeconds, 30);
  t.truthy(await cluster.client.get("pods", "graceful"));
  await cluster.client.delete("pods", "graceful", { gracePeriodSeconds: 0 });
  await t.throwsAsync(cluster.client.get("pods", "graceful"), { instanceOf: ApiError, message: /not found/ });
});

test("delete preconditions on a stale resourceVersion are a conflict", async (t) => {
  const created = await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "precond" } });
  await cluster.client.update({ ...created, data: { changed: "yes" } });
  const error = await t.throwsAsync(cluster.client.delete("cm", "precond", { preconditions: { resourceVersion: created.metadata?.resourceVersion } }), { instanceOf: ApiError });
  t.is(error?.reason, "Conflict");
  t.truthy(await cluster.client.get("cm", "precond"));
});

test("deleting a namespace deletes the objects in it", async (t) => {
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "scratch" } });
  await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "inside", namespace: "scratch" } });
  await cluster.client.delete("namespaces", "scratch");
  await t.throwsAsync(cluster.client.get("cm", "inside", { namespace: "scratch" }), { instanceOf: ApiError, message: /not found/ });
  await t.throwsAsync(cluster.client.get("ns", "scratch"), { instanceOf: ApiError, message: /not found/ });
});

test("list filters by label selector, field selector and namespace, and pages with limit", async (t) => {
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "team-a" } });
  for (const [name, tier] of [["s1", "front"], ["s2", "back"], ["s3", "front"]]) {
    await cluster.client.create({ apiVersion: "v1", kind: "Secret", metadata: { name, namespace: "team-a", labels: { tier } }, stringData: { k: "v" } });
  }
  const front = await cluster.client.list("secrets", { namespace: "team-a", labelSelector: "tier=front" });
  t.deepEqual(front.items.map((item) => item.metadata?.name), ["s1", "s3"]);
  const notFront = await cluster.client.list("secrets", { namespace: "team-a", labelSelector: "tier notin (front)" });
  t.deepEqual(notFront.items.map((item) => item.metadata?.name), ["s2"]);
  const byName = await cluster.client.list("secrets", { fieldSelector: "metadata.name=s2" });
  t.deepEqual(byName.items.map((item) => `${item.metadata?.namespace}/${item.metadata?.name}`), ["team-a/s2"]);
  const first = await cluster.client.list("secrets", { namespace: "team-a", limit: 2 });
  t.is(first.items.length, 2);
  t.truthy(first.metadata.continue);
  const rest = await cluster.client.list("secrets", { namespace: "team-a", limit: 2, continue: first.metadata.continue });
  t.deepEqual(rest.items.map((item) => item.metadata?.name), ["s3"]);
  const badSelector = await t.throwsAsync(cluster.client.list("secrets", { labelSelector: "tier in (" }), { instanceOf: ApiError });
  t.is(badSelector?.reason, "BadRequest");
  const badField = await t.throwsAsync(cluster.client.list("secrets", { fieldSelector: "spec.foo=bar" }), { instanceOf: ApiError });
  t.regex(badField?.message ?? "", /field label not supported: spec\.foo/);
});

test.serial("a dry run validates and defaults without storing", async (t) => {
  const before = await cluster.api.ctx.repo.store.revision();
  const result = await cluster.client.create(await webDeployment("dry"), { dryRun: true });
  t.is((result.spec as { strategy: { type: string } }).strategy.type, "RollingUpdate");
  t.is(await cluster.api.ctx.repo.store.revision(), before);
  await t.throwsAsync(cluster.client.get("deploy", "dry"), { instanceOf: ApiError, message: /not found/ });
});

test("generateName gives a unique name with a random suffix", async (t) => {
  const object: KubeObject = { apiVersion: "v1", kind: "ConfigMap", metadata: { generateName: "job-" } };
  const [a, b] = await Promise.all([cluster.client.create(structuredClone(object)), cluster.client.create(structuredClone(object))]);
  t.regex(a.metadata?.name ?? "", /^job-[a-z0-9]{5}$/);
  t.not(a.metadata?.name, b.metadata?.name);
});

test("several API replicas serve the same subjects as one queue group", async (t) => {
  const second = await cluster.startReplica();
  await second.nc.flush();
  const replies = await cluster.nc.requestMany("$SRV.PING.troupe-api", undefined, { maxWait: 1500 });
  const instances = new Set<string>();
  for await (const reply of replies) instances.add((reply.json() as { id: string }).id);
  t.true(instances.size >= 2, `two troupe-api instances answer $SRV.PING (got ${instances.size})`);
  const results = await Promise.all(Array.from({ length: 40 }, (_, i) => cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `replica-${i}` } })));
  t.is(results.length, 40);
  await second.api.stop();
});

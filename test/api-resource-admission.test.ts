// Resource admission through a real API: LimitRange defaults and bounds at pod creation, and the
// pod's qosClass set by the API, ResourceQuota enforced with status.used kept current.
import test from "ava";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

type Resources = { limits?: Record<string, string>; requests?: Record<string, string> };
type PodObject = KubeObject & { spec: { containers: { resources?: Resources }[] }; status?: { qosClass?: string } };

async function namespace(name: string): Promise<string> {
  await cluster.client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
  return name;
}

function pod(namespace: string, name: string, resources?: Resources): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace }, spec: { containers: [{ name: "app", image: "hello:1", resources }] } };
}

test("the API sets qosClass on created pods by Kubernetes' rules", async (t) => {
  const ns = await namespace("qos");
  const created = async (name: string, resources?: Resources) => ((await cluster.client.create(pod(ns, name, resources))) as PodObject).status?.qosClass;
  t.is(await created("best-effort"), "BestEffort");
  t.is(await created("burstable", { requests: { cpu: "100m" } }), "Burstable");
  t.is(await created("guaranteed", { limits: { cpu: "500m", memory: "64Mi" } }), "Guaranteed");
  const stored = (await cluster.client.get("pods", "guaranteed", { namespace: ns })) as PodObject;
  t.is(stored.status?.qosClass, "Guaranteed");
});

test("a LimitRange fills in a pod's missing requests and limits, and a pod over its max is refused with LimitRanger's message", async (t) => {
  const ns = await namespace("limited");
  await cluster.client.create({
    apiVersion: "v1", kind: "LimitRange", metadata: { name: "defaults", namespace: ns },
    spec: { limits: [{ type: "Container", default: { cpu: "500m", memory: "256Mi" }, defaultRequest: { cpu: "100m", memory: "128Mi" }, max: { memory: "1Gi" } }] },
  });
  const filled = (await cluster.client.create(pod(ns, "filled"))) as PodObject;
  t.deepEqual(filled.spec.containers[0].resources, { limits: { cpu: "500m", memory: "256Mi" }, requests: { cpu: "100m", memory: "128Mi" } });
  t.is(filled.status?.qosClass, "Burstable");

  const error = await t.throwsAsync(cluster.client.create(pod(ns, "too-big", { limits: { memory: "2Gi" } })), { instanceOf: ApiError });
  t.is(error?.reason, "Forbidden");
  t.is(error?.code, 403);
  t.is(error?.message, 'pods "too-big" is forbidden: maximum memory usage per Container is 1Gi, but limit is 2Gi');
  const missing = await t.throwsAsync(cluster.client.get("pods", "too-big", { namespace: ns }), { instanceOf: ApiError });
  t.is(missing?.reason, "NotFound", "nothing stored");
});

test("an invalid LimitRange is refused naming the field", async (t) => {
  const error = await t.throwsAsync(cluster.client.create({
    apiVersion: "v1", kind: "LimitRange", metadata: { name: "upside-down" },
    spec: { limits: [{ type: "Container", min: { cpu: "2" }, max: { cpu: "1" } }] },
  }), { instanceOf: ApiError });
  t.is(error?.reason, "Invalid");
  const causes = error?.details?.causes?.map((cause) => `${cause.field}: ${cause.message}`) ?? [];
  t.true(causes.some((cause) => cause.startsWith("spec.limits[0].max[cpu]: ") && cause.includes("min value 2 is greater than max value 1")), causes.join("; "));
});

type QuotaObject = KubeObject & { status?: { hard?: Record<string, string>; used?: Record<string, string> } };

test("a ResourceQuota of 2 pods refuses the third with the quota's message, and status.used counts 2 until one is deleted", async (t) => {
  const ns = await namespace("quota");
  const created = (await cluster.client.create({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "pods", namespace: ns }, spec: { hard: { pods: "2", "requests.cpu": "1" } } })) as QuotaObject;
  t.deepEqual(created.status, { hard: { pods: "2", "requests.cpu": "1" }, used: { pods: "0", "requests.cpu": "0" } });
  await cluster.client.create(pod(ns, "one", { requests: { cpu: "100m" } }));
  await cluster.client.create(pod(ns, "two"));
  const error = await t.throwsAsync(cluster.client.create(pod(ns, "three")), { instanceOf: ApiError });
  t.is(error?.reason, "Forbidden");
  t.is(error?.code, 403);
  t.is(error?.message, 'pods "three" is forbidden: exceeded quota: pods, requested: pods=1, used: pods=2, limited: pods=2');
  const quota = (await cluster.client.get("quota", "pods", { namespace: ns })) as QuotaObject;
  t.deepEqual(quota.status?.used, { pods: "2", "requests.cpu": "100m" });

  await cluster.client.delete("pods", "two", { namespace: ns, gracePeriodSeconds: 0 });
  const deadline = Date.now() + 30_000;
  let used: Record<string, string> | undefined;
  while (Date.now() < deadline) {
    used = ((await cluster.client.get("quota", "pods", { namespace: ns })) as QuotaObject).status?.used;
    if (used?.pods === "1") break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  t.deepEqual(used, { pods: "1", "requests.cpu": "100m" }, "recounted after the removal");
  await cluster.client.create(pod(ns, "three"));
});

test("two pods created at once against a quota with room for one: exactly one is admitted", async (t) => {
  const ns = await namespace("quota-race");
  await cluster.client.create({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "one-pod", namespace: ns }, spec: { hard: { pods: "1" } } });
  const results = await Promise.allSettled([cluster.client.create(pod(ns, "a")), cluster.client.create(pod(ns, "b"))]);
  t.is(results.filter((result) => result.status === "fulfilled").length, 1);
  const list = await cluster.client.list("pods", { namespace: ns });
  t.is(list.items.length, 1);
});

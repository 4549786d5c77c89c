// The scale subresource (autoscaling/v1 Scale) over the NATS API (getScale, updateScale, JSON and
// protobuf) and through kube-api (GET/PUT .../scale, kubectl scale when kubectl is installed).
import test from "ava";
import { ApiError, TypedApiClient, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture | undefined;
const missing = kubectlMissing();

test.before(async () => {
  cluster = await startApiTestCluster();
  if (missing) console.log(`api-scale: skipping the kubectl test: ${missing}`);
  else kube = await startKubeApiFixture(cluster.nc);
});
test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const workload = (kind: string, name: string, replicas = 2): KubeObject => ({
  apiVersion: "apps/v1",
  kind,
  metadata: { name },
  spec: {
    replicas,
    ...(kind === "StatefulSet" ? { serviceName: name } : {}),
    selector: { matchLabels: { app: name }, matchExpressions: [{ key: "tier", operator: "In", values: ["web", "api"] }] },
    template: { metadata: { labels: { app: name, tier: "web" } }, spec: { containers: [{ name: "c", image: "web:1" }] } },
  },
});

async function apiError(t: import("ava").ExecutionContext, promise: Promise<unknown>): Promise<ApiError> {
  const error = await t.throwsAsync(promise);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

for (const [kind, resource] of [["Deployment", "deployments"], ["ReplicaSet", "replicasets"], ["StatefulSet", "statefulsets"]] as const) {
  test(`getScale and updateScale read and set the replicas of a ${kind}`, async (t) => {
    const name = `scaled-${resource}`;
    await cluster.client.create(workload(kind, name));
    const scale = await cluster.client.getScale(resource, name);
    t.like(scale, { apiVersion: "autoscaling/v1", kind: "Scale", metadata: { name, namespace: "default" }, spec: { replicas: 2 } });
    t.is((scale.status as { selector: string }).selector, `app=${name},tier in (web,api)`);
    const updated = await cluster.client.updateScale(resource, name, 5, { resourceVersion: scale.metadata?.resourceVersion });
    t.like(updated, { kind: "Scale", spec: { replicas: 5 } });
    const stored = await cluster.client.get(resource, name);
    t.is((stored.spec as { replicas: number }).replicas, 5);
    // Only spec.replicas changed: the template is the one created.
    t.is((stored.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]?.image, "web:1");
  });
}

test("updateScale with a stale resourceVersion is a Conflict; without one it is unconditional", async (t) => {
  await cluster.client.create(workload("Deployment", "raced"));
  const before = await cluster.client.getScale("deployments", "raced");
  await cluster.client.updateScale("deployments", "raced", 3);
  const error = await apiError(t, cluster.client.updateScale("deployments", "raced", 4, { resourceVersion: before.metadata?.resourceVersion }));
  t.is(error.code, 409);
  t.like(await cluster.client.getScale("deployments", "raced"), { spec: { replicas: 3 } });
});

test("the typed (protobuf) client reads and writes Scales too", async (t) => {
  await cluster.client.create(workload("Deployment", "typed"));
  const typed = new TypedApiClient(cluster.nc, { timeoutMs: 5000 });
  t.like(await typed.getScale("deployments", "default", "typed"), { kind: "Scale", spec: { replicas: 2 }, status: { selector: "app=typed,tier in (web,api)" } });
  t.like(await typed.updateScale("deployments", "default", "typed", 7, { fieldManager: "hpa" }), { spec: { replicas: 7 } });
  const stored = await cluster.client.get("deployments", "typed");
  t.true((stored.metadata?.managedFields ?? []).some((entry) => entry.manager === "hpa" && entry.subresource === "scale"));
});

test("bad scale requests: a kind without a scale subresource, a missing object, negative replicas", async (t) => {
  await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "plain" }, data: {} });
  const notScalable = await apiError(t, cluster.client.getScale("configmaps", "plain"));
  t.is(notScalable.code, 404);
  t.regex(notScalable.message, /configmaps\/scale/);
  t.is((await apiError(t, cluster.client.getScale("deployments", "absent"))).code, 404);
  await cluster.client.create(workload("Deployment", "negative"));
  const negative = await apiError(t, cluster.client.updateScale("deployments", "negative", -1));
  t.is(negative.code, 422);
  t.regex(negative.message, /spec\.replicas/);
});

const kubectlTest = missing ? test.skip : test.serial;

kubectlTest("kubectl scale and GET/PUT of /scale go through the scale subresource", async (t) => {
  await cluster.client.create(workload("Deployment", "kubectl-scaled"));
  const scaled = await kube!.kubectl(["scale", "deployment/kubectl-scaled", "--replicas=4"]);
  t.is(scaled.code, 0, scaled.stderr);
  t.is(scaled.stdout, "deployment.apps/kubectl-scaled scaled\n");
  const read = await kube!.kubectl(["get", "--raw", "/apis/apps/v1/namespaces/default/deployments/kubectl-scaled/scale"]);
  t.like(JSON.parse(read.stdout), { kind: "Scale", spec: { replicas: 4 }, status: { selector: "app=kubectl-scaled,tier in (web,api)" } });
  const put = await kube!.kubectl(["replace", "--raw", "/apis/apps/v1/namespaces/default/deployments/kubectl-scaled/scale", "-f", "-"], {
    input: JSON.stringify({ apiVersion: "autoscaling/v1", kind: "Scale", metadata: { name: "kubectl-scaled", namespace: "default" }, spec: { replicas: 6 } }),
  });
  t.is(put.code, 0, put.stderr);
  t.like(JSON.parse(put.stdout), { spec: { replicas: 6 } });
  const conditional = await kube!.kubectl(["scale", "deployment/kubectl-scaled", "--current-replicas=2", "--replicas=1"]);
  t.not(conditional.code, 0);
  t.regex(conditional.stderr, /Expected replicas to be 2, was 6/);
});

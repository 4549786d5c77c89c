// HorizontalPodAutoscaler served in autoscaling/v1 as well as v2, stored as v2 (as Kubernetes
// does): writes in v1 are converted (targetCPUUtilizationPercentage is the cpu Utilization
// metric), reads, lists, patches and watches of `horizontalpodautoscalers.v1.autoscaling` answer
// v1, what v1 cannot say travels in Kubernetes' conversion annotations so a v1 update keeps it;
// through the NATS API, the troupe CLI and the real kubectl (`kubectl get hpa.v1.autoscaling`,
// `kubectl autoscale`, `kubectl apply` of a v1 manifest).
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture | undefined;
const missing = kubectlMissing();
test.before(async () => {
  cluster = await startApiTestCluster();
  if (missing) console.log(`api-hpa-v1: skipping the kubectl test: ${missing}`);
  else kube = await startKubeApiFixture(cluster.nc);
});
test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const V1 = "horizontalpodautoscalers.v1.autoscaling";
const v1 = (name: string, spec: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler", metadata: { name, namespace: "default" },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, maxReplicas: 5, targetCPUUtilizationPercentage: 60, ...spec },
});
type Spec = { minReplicas?: number; maxReplicas?: number; targetCPUUtilizationPercentage?: number; metrics?: unknown[]; behavior?: unknown };

test("an HPA created in autoscaling/v1 is answered in v1 and stored as v2 with the cpu metric", async (t) => {
  const created = await cluster.client.create(v1("web-v1"));
  t.is(created.apiVersion, "autoscaling/v1");
  t.like(created.spec as Spec, { minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 60 });
  const stored = await cluster.client.get("horizontalpodautoscalers", "web-v1", { namespace: "default" });
  t.is(stored.apiVersion, "autoscaling/v2");
  t.deepEqual((stored.spec as Spec).metrics, [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 60 } } }]);
  const read = await cluster.client.get(V1, "web-v1", { namespace: "default" });
  t.like(read, { apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 60 } });
  t.is((await cluster.client.get("hpa.v1.autoscaling", "web-v1", { namespace: "default" })).apiVersion, "autoscaling/v1");
  const list = await cluster.client.list(V1, { namespace: "default" });
  t.is(list.apiVersion, "autoscaling/v1");
  t.is(list.kind, "HorizontalPodAutoscalerList");
  t.true(list.items.every((item) => item.apiVersion === "autoscaling/v1"));
  // v1 without a target: v2's default, cpu at 80%, reads back as 80.
  const bare = await cluster.client.create(v1("bare-v1", { targetCPUUtilizationPercentage: undefined }));
  t.is((bare.spec as Spec).targetCPUUtilizationPercentage, 80);
});

test("what v1 cannot say is kept in annotations, so an update in v1 keeps the v2 metrics and behavior", async (t) => {
  await cluster.client.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "rich", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, maxReplicas: 5,
      metrics: [
        { type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue: "10" } } },
        { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 60 } },
    },
  });
  const seen = await cluster.client.get(V1, "rich", { namespace: "default" });
  const annotations = (seen.metadata?.annotations ?? {}) as Record<string, string>;
  t.deepEqual(JSON.parse(annotations["autoscaling.alpha.kubernetes.io/metrics"] ?? "[]"), [{ type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue: "10" } } }]);
  t.like(JSON.parse(annotations["autoscaling.alpha.kubernetes.io/behavior"] ?? "{}"), { scaleDown: { stabilizationWindowSeconds: 60 } });
  t.is((seen.spec as Spec).targetCPUUtilizationPercentage, 50);
  // A v1 read-modify-write: maxReplicas changes, the Pods metric and the behavior stay.
  const updated = await cluster.client.update({ ...seen, spec: { ...(seen.spec as Spec), maxReplicas: 7 } });
  t.is(updated.apiVersion, "autoscaling/v1");
  const stored = (await cluster.client.get("horizontalpodautoscalers", "rich", { namespace: "default" })).spec as Spec;
  t.is(stored.maxReplicas, 7);
  t.is(stored.metrics?.length, 2);
  t.like(stored.behavior as object, { scaleDown: { stabilizationWindowSeconds: 60 } });
  t.false(Object.keys((await cluster.client.get("horizontalpodautoscalers", "rich", { namespace: "default" })).metadata?.annotations ?? {}).some((key) => key.startsWith("autoscaling.alpha.kubernetes.io/")), "the annotations are not stored");
  // A merge patch in v1 changes the cpu target, the v2 way.
  const patched = await cluster.client.patch(V1, "rich", { namespace: "default", patchType: "merge", patch: { spec: { targetCPUUtilizationPercentage: 70 } } });
  t.is(patched.apiVersion, "autoscaling/v1");
  t.is((patched.spec as Spec).targetCPUUtilizationPercentage, 70);
  const after = (await cluster.client.get("horizontalpodautoscalers", "rich", { namespace: "default" })).spec as { metrics: { type: string; resource?: { target?: { averageUtilization?: number } } }[] };
  t.is(after.metrics.find((metric) => metric.type === "Resource")?.resource?.target?.averageUtilization, 70);
  t.is(after.metrics.length, 2);
});

test("a watch of horizontalpodautoscalers.v1.autoscaling delivers v1 objects; bad conversion input is refused", async (t) => {
  const watch = await cluster.client.watch(V1, { namespace: "default" });
  await cluster.client.create(v1("watched", { targetCPUUtilizationPercentage: 45 }));
  let seen: KubeObject | undefined;
  for await (const event of watch) {
    if (event.object.metadata?.name === "watched") {
      seen = event.object;
      break;
    }
  }
  await watch.stop();
  t.like(seen, { apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 45 } });
  const error = await t.throwsAsync(cluster.client.create({ ...v1("bad-annotation"), metadata: { name: "bad-annotation", annotations: { "autoscaling.alpha.kubernetes.io/metrics": "[" } } }));
  t.regex(error?.message ?? "", /metadata\.annotations\[autoscaling\.alpha\.kubernetes\.io\/metrics\]: Invalid value: must be JSON/);
  const invalid = await t.throwsAsync(cluster.client.create(v1("min-max-v1", { minReplicas: 6, maxReplicas: 3 })));
  t.regex(invalid?.message ?? "", /spec\.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`/);
});

test("troupe get hpa.v1.autoscaling prints v1 objects and kubectl's columns; troupe apply takes a v1 manifest", async (t) => {
  const url = cluster.server.url;
  const manifest = "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: {name: applied-v1}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 3\n  targetCPUUtilizationPercentage: 55\n";
  const applied = await troupe(["apply", "-f", "-", "--server", url], { stdin: manifest });
  t.is(applied.code, 0, applied.stderr);
  const json = await troupe(["get", "hpa.v1.autoscaling", "applied-v1", "-o", "json", "--server", url]);
  t.is(json.code, 0, json.stderr);
  t.like(JSON.parse(json.stdout), { apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 55, maxReplicas: 3 } });
  const table = await troupe(["get", "hpa.v1.autoscaling", "applied-v1", "--server", url]);
  t.is(table.code, 0, table.stderr);
  t.regex(table.stdout, /^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE\napplied-v1 +Deployment\/web +cpu: <unknown>\/55% +1 +3 +0 +\S+\n$/);
  const described = await troupe(["describe", "hpa.v1.autoscaling", "applied-v1", "--server", url]);
  t.regex(described.stdout, /\n {2}resource cpu on pods {2}\(as a percentage of request\): +<unknown> \/ 55%\n/, described.stdout + described.stderr);
  const v2 = await troupe(["get", "hpa", "applied-v1", "-o", "json", "--server", url]);
  t.is(JSON.parse(v2.stdout).apiVersion, "autoscaling/v2");
  const resources = await troupe(["api-resources", "--server", url]);
  t.is(resources.stdout.split("\n").filter((line) => line.startsWith("horizontalpodautoscalers")).length, 1, "listed once, in its preferred version");
});

(missing ? test.skip : test)("kubectl get horizontalpodautoscalers.v1.autoscaling, kubectl autoscale (which sends v1 protobuf) and kubectl apply of a v1 manifest", async (t) => {
  const kubectl = kube!.kubectl.bind(kube);
  const manifest = "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: {name: kubectl-v1}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 4\n  targetCPUUtilizationPercentage: 65\n";
  const created = await kubectl(["apply", "-f", "-"], { input: manifest });
  t.is(created.code, 0, created.stderr);
  t.is(created.stdout, "horizontalpodautoscaler.autoscaling/kubectl-v1 created\n");
  // Applied again with a change: kubectl's client-side apply patches the v1 object.
  const reapplied = await kubectl(["apply", "-f", "-"], { input: manifest.replace("maxReplicas: 4", "maxReplicas: 6") });
  t.is(reapplied.code, 0, reapplied.stderr);
  t.is(reapplied.stdout, "horizontalpodautoscaler.autoscaling/kubectl-v1 configured\n");
  // The full resource name: kubectl (1.32) expands the short name `hpa.v1.autoscaling` to the
  // group's preferred version (its shortcut expander keeps the group, not the version).
  const json = await kubectl(["get", "horizontalpodautoscalers.v1.autoscaling", "kubectl-v1", "-o", "json"]);
  t.is(json.code, 0, json.stderr);
  t.like(JSON.parse(json.stdout), { apiVersion: "autoscaling/v1", spec: { maxReplicas: 6, targetCPUUtilizationPercentage: 65 } });
  const table = await kubectl(["get", "hpa.v1.autoscaling", "kubectl-v1"]);
  t.is(table.code, 0, table.stderr);
  t.regex(table.stdout, /^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE\nkubectl-v1 +Deployment\/web +cpu: <unknown>\/65% +1 +6 +0 +\S+\n$/);
  const asV2 = await kubectl(["get", "hpa", "kubectl-v1", "-o", "jsonpath={.apiVersion} {.spec.metrics[0].resource.target.averageUtilization}"]);
  t.is(asV2.stdout, "autoscaling/v2 65");
  // kubectl autoscale (v2 when the server prefers it, as here).
  await cluster.client.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "kauto", namespace: "default" },
    spec: { selector: { matchLabels: { app: "kauto" } }, template: { metadata: { labels: { app: "kauto" } }, spec: { containers: [{ name: "c", image: "web:1" }] } } },
  });
  const autoscaled = await kubectl(["autoscale", "deployment", "kauto", "--min", "2", "--max", "5", "--cpu-percent", "40"]);
  t.is(autoscaled.code, 0, autoscaled.stderr);
  t.regex(autoscaled.stdout, /horizontalpodautoscaler\.autoscaling\/kauto autoscaled/);
  const made = await kubectl(["get", "horizontalpodautoscalers.v1.autoscaling", "kauto", "-o", "jsonpath={.spec.minReplicas} {.spec.maxReplicas} {.spec.targetCPUUtilizationPercentage}"]);
  t.is(made.stdout, "2 5 40");
  // A watch of the v1 path: each event's object in v1 (the watch ends after its timeoutSeconds).
  const watched = await kubectl(["get", "--raw", "/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers?watch=true&timeoutSeconds=1&fieldSelector=metadata.name%3Dkauto"]);
  t.is(watched.code, 0, watched.stderr);
  const event = JSON.parse(watched.stdout.trim().split("\n")[0] ?? "{}") as { type?: string; object?: { apiVersion?: string; spec?: Spec } };
  t.like(event, { type: "ADDED", object: { apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 40 } } });
  const versions = await kubectl(["api-versions"]);
  t.regex(versions.stdout, /^autoscaling\/v1$/m);
  t.regex(versions.stdout, /^autoscaling\/v2$/m);
  const deleted = await kubectl(["delete", "hpa.v1.autoscaling", "kubectl-v1"]);
  t.is(deleted.code, 0, deleted.stderr);
});

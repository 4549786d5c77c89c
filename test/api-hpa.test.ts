// The HorizontalPodAutoscaler kind (autoscaling/v2) over the NATS API and the CLI: defaults,
// `troupe get hpa` with kubectl's columns, and bad input refused with the field named.
import test from "ava";
import { ApiError, type KubeObject } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: ApiTestCluster;
let kube: KubeApiFixture | undefined;
const missing = kubectlMissing();
test.before(async () => {
  cluster = await startApiTestCluster();
  if (missing) console.log(`api-hpa: skipping the kubectl test: ${missing}`);
  else kube = await startKubeApiFixture(cluster.nc);
});
test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const hpa = (name: string, spec: Record<string, unknown> = {}, annotations?: Record<string, string>): KubeObject => ({
  apiVersion: "autoscaling/v2",
  kind: "HorizontalPodAutoscaler",
  metadata: { name, ...(annotations ? { annotations } : {}) },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, maxReplicas: 5, ...spec },
});

async function refused(t: import("ava").ExecutionContext, object: KubeObject, ...patterns: RegExp[]): Promise<void> {
  const error = await t.throwsAsync(cluster.client.create(object));
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  t.is(error.code, 422, error.message);
  for (const pattern of patterns) t.regex(error.message, pattern);
}

test("an HPA gets Kubernetes' defaults: minReplicas 1, cpu at 80%, a given behavior filled out", async (t) => {
  const created = await cluster.client.create(hpa("defaults", { behavior: { scaleDown: { stabilizationWindowSeconds: 60 } } }));
  const spec = created.spec as Record<string, unknown>;
  t.is(spec.minReplicas, 1);
  t.deepEqual(spec.metrics, [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }]);
  t.deepEqual(spec.behavior, {
    scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: "Max", policies: [{ type: "Pods", value: 4, periodSeconds: 15 }, { type: "Percent", value: 100, periodSeconds: 15 }] },
    scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 15 }] },
  });
});

test("troupe get hpa prints kubectl's columns", async (t) => {
  await cluster.client.create(hpa("listed", {
    minReplicas: 2,
    metrics: [
      { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } },
      { type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "256Mi" } } },
    ],
  }));
  const listed = await troupe(["get", "hpa", "listed", "--server", cluster.server.url]);
  t.is(listed.code, 0, listed.stderr);
  t.regex(listed.stdout, /^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE\nlisted +Deployment\/web +cpu: <unknown>\/50%, memory: <unknown>\/256Mi +2 +5 +0 +\S+\n$/);
  const described = await troupe(["describe", "hpa", "listed", "--server", cluster.server.url]);
  t.is(described.code, 0, described.stderr);
  t.regex(described.stdout, /\nReference: +Deployment\/web\nMetrics: +\( current \/ target \)\n {2}resource cpu on pods {2}\(as a percentage of request\): +<unknown> \/ 50%\n {2}resource memory on pods: +<unknown> \/ 256Mi\nMin replicas: +2\n/);
});

test("minReplicas above maxReplicas is refused naming spec.maxReplicas", async (t) => {
  await refused(t, hpa("min-max", { minReplicas: 6, maxReplicas: 3 }), /spec\.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`/);
  await refused(t, hpa("no-max", { maxReplicas: 0 }), /spec\.maxReplicas: Invalid value: 0: must be greater than 0/);
});

test("an unknown metric type is refused with the types allowed", async (t) => {
  await refused(t, hpa("unknown-type", { metrics: [{ type: "Queue" }] }), /spec\.metrics\[0\]\.type: Unsupported value: "Queue": supported values: "ContainerResource", "External", "Object", "Pods", "Resource"/);
});

test("a metric without its source, with another's source, or with a target of the wrong type is refused", async (t) => {
  await refused(t, hpa("no-source", { metrics: [{ type: "Resource" }] }), /spec\.metrics\[0\]\.resource: Required value: must populate information for the given metric source/);
  await refused(t, hpa("two-sources", { metrics: [{ type: "Pods", pods: { metric: { name: "rps" }, target: { type: "AverageValue", averageValue: "10" } }, resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }] }), /spec\.metrics\[0\]\.resource: Forbidden: must populate the given metric source only/);
  await refused(t, hpa("value-cpu", { metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Value", value: "1" } } }] }), /spec\.metrics\[0\]\.resource\.target\.type: Unsupported value: "Value": supported values: "AverageValue", "Utilization"/);
  await refused(t, hpa("no-utilization", { metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization" } } }] }), /spec\.metrics\[0\]\.resource\.target\.averageUtilization: Required value/);
  await refused(t, hpa("pods-utilization", { metrics: [{ type: "Pods", pods: { metric: { name: "rps" }, target: { type: "Utilization", averageUtilization: 10 } } }] }), /spec\.metrics\[0\]\.pods\.target\.type: Unsupported value: "Utilization": supported values: "AverageValue"/);
});

test("a target without a scale subresource is refused at admission", async (t) => {
  await refused(t, hpa("daemonset", { scaleTargetRef: { apiVersion: "apps/v1", kind: "DaemonSet", name: "agents" } }), /spec\.scaleTargetRef\.kind: Unsupported value: "DaemonSet": supported values: "Deployment", "ReplicaSet", "StatefulSet"/);
  await refused(t, hpa("nameless", { scaleTargetRef: { kind: "Deployment" } }), /spec\.scaleTargetRef\.name: Required value/);
});

test("minReplicas 0 needs the allow-scale-to-zero annotation and an Object or External metric", async (t) => {
  await refused(t, hpa("zero", { minReplicas: 0 }), /spec\.minReplicas: Invalid value: 0: must be greater than or equal to 1 \(0 needs the annotation autoscaling\.troupe\.io\/allow-scale-to-zero: "true"\)/);
  const allowed = { "autoscaling.troupe.io/allow-scale-to-zero": "true" };
  await refused(t, hpa("zero-cpu", { minReplicas: 0 }, allowed), /spec\.metrics: Forbidden: must specify at least one Object or External metric/);
  const lag = { type: "External", external: { metric: { name: "jetstream_consumer_pending" }, target: { type: "AverageValue", averageValue: "10" } } };
  const created = await cluster.client.create(hpa("zero-lag", { minReplicas: 0, metrics: [lag] }, allowed));
  t.is((created.spec as { minReplicas: number }).minReplicas, 0);
});

test("predictive scaling's annotations are checked at admission with the annotation's path", async (t) => {
  await refused(t, hpa("bad-predictive", {}, { "autoscaling.troupe.io/predictive": "yes", "autoscaling.troupe.io/predictive-season": "3s", "autoscaling.troupe.io/predictive-lead": "soon" }),
    /metadata\.annotations\[autoscaling\.troupe\.io\/predictive\]: Invalid value: "yes": must be "true" or "false"/,
    /metadata\.annotations\[autoscaling\.troupe\.io\/predictive-season\]: Invalid value: "3s": must be between 10s and 168h/,
    /metadata\.annotations\[autoscaling\.troupe\.io\/predictive-lead\]: Invalid value: "soon": must be a duration such as 60s/);
  await refused(t, hpa("lead-too-long", {}, { "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": "1m", "autoscaling.troupe.io/predictive-lead": "1m" }),
    /predictive-lead\]: Invalid value: "1m": must be shorter than the season \(1m\)/);
  await refused(t, hpa("lead-alone", {}, { "autoscaling.troupe.io/predictive-lead": "30s" }),
    /metadata\.annotations\[autoscaling\.troupe\.io\/predictive\]: Required value: autoscaling\.troupe\.io\/predictive-season and autoscaling\.troupe\.io\/predictive-lead need autoscaling\.troupe\.io\/predictive: "true"/);
  const created = await cluster.client.create(hpa("predictive", {}, { "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": "24h", "autoscaling.troupe.io/predictive-lead": "90s" }));
  t.is((created.metadata as { annotations: Record<string, string> }).annotations["autoscaling.troupe.io/predictive-lead"], "90s");
});

test("behavior policies out of Kubernetes' bounds are refused with their paths", async (t) => {
  await refused(t, hpa("bad-behavior", { behavior: { scaleUp: { selectPolicy: "Fastest", stabilizationWindowSeconds: 4000, policies: [{ type: "Pods", value: 0, periodSeconds: 15 }] } } }),
    /spec\.behavior\.scaleUp\.stabilizationWindowSeconds: Invalid value: 4000: must be between 0 and 3600, inclusive/,
    /spec\.behavior\.scaleUp\.selectPolicy: Unsupported value: "Fastest": supported values: "Disabled", "Max", "Min"/,
    /spec\.behavior\.scaleUp\.policies\[0\]\.value: Invalid value: 0: must be greater than zero/);
});

(missing ? test.skip : test)("kubectl creates an HPA, lists it with its columns and sees a bad one refused", async (t) => {
  const manifest = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: kubectl-hpa}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  maxReplicas: 4\n  metrics:\n  - type: Resource\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}\n";
  const created = await kube!.kubectl(["create", "-f", "-"], { input: manifest });
  t.is(created.code, 0, created.stderr);
  t.is(created.stdout, "horizontalpodautoscaler.autoscaling/kubectl-hpa created\n");
  const listed = await kube!.kubectl(["get", "hpa", "kubectl-hpa"]);
  t.regex(listed.stdout, /^NAME +REFERENCE +TARGETS +MINPODS +MAXPODS +REPLICAS +AGE\nkubectl-hpa +Deployment\/web +cpu: <unknown>\/70% +1 +4 +0 +\S+\n$/);
  const bad = await kube!.kubectl(["create", "-f", "-"], { input: manifest.replace("kubectl-hpa", "bad-hpa").replace("maxReplicas: 4", "minReplicas: 5\n  maxReplicas: 4") });
  t.not(bad.code, 0);
  t.regex(bad.stderr, /spec\.maxReplicas: Invalid value: 4: must be greater than or equal to `minReplicas`/);
});

test("troupe autoscale creates an HPA as kubectl autoscale does, and refuses what cannot be scaled", async (t) => {
  const url = cluster.server.url;
  await cluster.client.create({
    apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "auto" },
    spec: { selector: { matchLabels: { app: "auto" } }, template: { metadata: { labels: { app: "auto" } }, spec: { containers: [{ name: "c", image: "web:1" }] } } },
  });
  const made = await troupe(["autoscale", "deploy", "auto", "--min", "2", "--max", "6", "--cpu-percent", "70", "--server", url]);
  t.is(made.code, 0, made.stderr);
  t.is(made.stdout, "horizontalpodautoscaler.autoscaling/auto autoscaled\n");
  t.like((await cluster.client.get("hpa", "auto")).spec, {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "auto" }, minReplicas: 2, maxReplicas: 6,
    metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }],
  });
  const noMax = await troupe(["autoscale", "deploy", "auto", "--server", url]);
  t.not(noMax.code, 0);
  t.regex(noMax.stderr, /--max is required/);
  await cluster.client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings" }, data: {} });
  const configMap = await troupe(["autoscale", "configmap", "settings", "--max", "3", "--server", url]);
  t.not(configMap.code, 0);
  t.regex(configMap.stderr, /cannot autoscale a ConfigMap/);
  const tooHigh = await troupe(["autoscale", "deploy", "auto", "--name", "auto-2", "--min", "9", "--max", "3", "--server", url]);
  t.not(tooHigh.code, 0);
  t.regex(tooHigh.stderr, /spec\.maxReplicas: Invalid value: 3: must be greater than or equal to `minReplicas`/);
});

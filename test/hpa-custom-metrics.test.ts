// Custom metrics end to end on a secured cluster run as `troupe up` runs it: Deployments of a
// mesh service (test/fixtures/mesh-echo.ts) report the calls they serve every second on
// troupe.metrics.v1.mesh.<namespace>.<pod>, the API serves them as custom.metrics.k8s.io/v1beta2,
// and the controller manager's HPA (sync period 1 s) scales one Deployment on a Pods metric
// (requests per second per pod) and another on an Object metric (the 90th percentile latency of
// its Service). Read also through kube-api (kubectl get --raw), behind RBAC; a pod may publish
// only its own report.
import test from "ava";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import type { KubeObject } from "../runtime/api-client.ts";
import { JsonApiClient } from "../runtime/api-client.ts";
import { natsClientSecurityEnv } from "../runtime/nats-client-security.ts";
import { parseQuantity } from "../runtime/quantity.ts";
import { troupe as runTroupe, type CliResult } from "./helpers/troupe-cli.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

const troupe = (args: string[]): Promise<CliResult> =>
  runTroupe([...args, "--server", cluster.server.url], { env: { ...natsClientSecurityEnv(cluster.nats.role("admin")), TROUPE_HOME: cluster.home.dir } });
const FIXTURE = join(import.meta.dirname, "fixtures", "mesh-echo.ts");
let cluster: SecureCluster;
let caller: JsonApiClient;
const missing = kubectlMissing();
let kube: KubeApiFixture | undefined;
const loads: AbortController[] = [];

test.before(async () => {
  // ServiceAccount admission as `troupe up` turns it on: each pod connects with its own pod-bound token.
  cluster = await startSecureCluster({ nodes: 1, env: { TROUPE_HPA_SYNC_PERIOD: "1s", TROUPE_API_SERVICE_ACCOUNT_ADMISSION: "1" } });
  caller = cluster.json;
  // What the root-ca-cert-publisher writes where the controller manager knows the cluster CA: the
  // pods' token volume projects it.
  await cluster.json.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "kube-root-ca.crt", namespace: "default" }, data: { "ca.crt": "CA PEM" } }).catch(() => undefined);
  await eventually(() => cluster.json.get("serviceaccounts", "default", { namespace: "default" }).catch(() => undefined), (account) => account !== undefined, "the default ServiceAccount", 60_000);
  if (missing) console.log(`hpa-custom-metrics: skipping the kubectl --raw checks: ${missing}`);
  else kube = await startKubeApiFixture(cluster.nc);
});
test.after.always(async () => {
  for (const load of loads) load.abort();
  await kube?.stop();
  await cluster?.stop();
});

const deployment = (name: string, env: Record<string, string> = {}): KubeObject => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: "default" },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        terminationGracePeriodSeconds: 1,
        containers: [{ name: "main", image: "host", command: [process.execPath, FIXTURE], env: Object.entries({ MESH_SERVICE: name, ...env }).map(([key, value]) => ({ name: key, value })) }],
      },
    },
  },
});
const service = (name: string): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default" }, spec: { selector: { app: name }, ports: [{ port: 80 }] } });

/** Calls `target` about `perSecond` times a second (in steady batches) until aborted. */
function startLoad(target: string, perSecond: number): AbortController {
  const controller = new AbortController();
  loads.push(controller);
  const batch = Math.max(1, Math.round(perSecond / 10));
  void (async () => {
    const { Mesh } = await import("../runtime/mesh/mod.ts");
    const mesh = await Mesh.connect({ nc: cluster.nc, namespace: "default" });
    while (!controller.signal.aborted) {
      const started = Date.now();
      await Promise.allSettled(Array.from({ length: batch }, () => mesh.call(target, { at: started }, { timeoutMs: 5000 })));
      await sleep(Math.max(0, 100 - (Date.now() - started)));
    }
  })();
  return controller;
}

type MetricValueList = { kind: string; apiVersion: string; items: { describedObject: { kind: string; name: string }; metric: { name: string }; value: string; windowSeconds: number; timestamp: string }[] };
type HpaStatus = { currentReplicas?: number; desiredReplicas?: number; conditions?: { type: string; status: string; reason: string; message?: string }[]; currentMetrics?: { type: string; pods?: { current?: { averageValue?: string } }; object?: { current?: { value?: string } } }[] };
const hpaStatus = async (name: string) => (await cluster.json.get("horizontalpodautoscalers", name, { namespace: "default" })).status as HpaStatus;
const replicas = async (name: string) => ((await cluster.json.getScale("deployments", name, { namespace: "default" })).spec as { replicas: number }).replicas;

test.serial("a Deployment of a mesh service under a load of calls scales on its Pods requests-per-second metric", async (t) => {
  await cluster.json.create(deployment("echo"));
  await cluster.json.create(service("echo"));
  await eventually(async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=echo" })).items as { status?: { phase?: string } }[],
    (pods) => pods.length === 1 && pods[0].status?.phase === "Running", "the echo pod running", 60_000);
  startLoad("echo.ping", 30);
  // The served calls arrive as custom.metrics.k8s.io for the pod and for its Service.
  const perPod = await eventually(() => caller.customMetrics({ namespace: "default", resource: "pods", name: "*", metric: "mesh_requests_per_second", labelSelector: "app=echo" }) as Promise<MetricValueList>,
    (list) => list.items.length === 1 && parseQuantity(list.items[0].value) > 15, "the echo pod's request rate", 60_000);
  t.is(perPod.kind, "MetricValueList");
  t.is(perPod.apiVersion, "custom.metrics.k8s.io/v1beta2");
  t.like(perPod.items[0], { describedObject: { kind: "Pod" }, metric: { name: "mesh_requests_per_second" } });
  t.log(`echo pod: ${perPod.items[0].value} requests/s over ${perPod.items[0].windowSeconds} s (load ~30/s)`);
  const onService = await caller.customMetrics({ namespace: "default", resource: "services", name: "echo", metric: "mesh_requests_per_second", metricSelector: "method=ping" }) as MetricValueList;
  t.like(onService.items[0], { describedObject: { kind: "Service", name: "echo" } });
  t.true(parseQuantity(onService.items[0].value) > 10, onService.items[0].value);
  const nothing = await caller.customMetrics({ namespace: "default", resource: "pods", name: "*", metric: "mesh_requests_per_second", labelSelector: "app=echo", metricSelector: "method=other" }) as MetricValueList;
  t.deepEqual(nothing.items, [], "no method matches: no figure");

  const created = Date.now();
  await cluster.json.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "echo", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "echo" }, minReplicas: 1, maxReplicas: 4,
      metrics: [{ type: "Pods", pods: { metric: { name: "mesh_requests_per_second" }, target: { type: "AverageValue", averageValue: "5" } } }],
    },
  });
  // The pod serves more than 15 calls/s (checked above) against 5 per pod: Kubernetes' ceil(rate / 5)
  // is at least 3 replicas (4 at most, maxReplicas); the load then spreads over the new pods.
  await eventually(() => replicas("echo"), (count) => count >= 3, "the HPA scaling echo to 3 or more", 90_000);
  t.log(`echo 1 -> ${await replicas("echo")} replicas ${Date.now() - created} ms after the HPA was created`);
  const status = await eventually(() => hpaStatus("echo"), (each) => (each.currentMetrics ?? []).some((metric) => metric.type === "Pods"), "the Pods metric in status", 30_000);
  t.like(status.conditions?.find((c) => c.type === "ScalingActive"), { status: "True", reason: "ValidMetricFound" });
  const events = (await cluster.json.list("events", { namespace: "default" })).items as { reason?: string; message?: string; involvedObject?: { kind?: string; name?: string } }[];
  t.true(events.some((event) => event.involvedObject?.name === "echo" && event.reason === "SuccessfulRescale" && /reason: pods metric mesh_requests_per_second above target/.test(event.message ?? "")), JSON.stringify(events.map((e) => e.message)));
  // Spread over the pods, the load (~30 calls/s) keeps asking for more than 2 (ceil(rate / 5)).
  await sleep(5000);
  const settled = await replicas("echo");
  t.true(settled >= 3 && settled <= 4, `settled at ${settled}`);
  const total = await caller.customMetrics({ namespace: "default", resource: "services", name: "echo", metric: "mesh_requests_per_second" }) as MetricValueList;
  const listed = await troupe(["get", "hpa", "echo"]);
  t.regex(listed.stdout, /\necho +Deployment\/echo +\d+(m)?\/5 +1 +4 +\d +\S+\n/, listed.stdout + listed.stderr);
  t.log(`settled at ${settled} replicas; currentMetrics ${JSON.stringify((await hpaStatus("echo")).currentMetrics)}; the Service serves ${total.items[0]?.value} requests/s`);
});

test.serial("an Object metric: the 90th percentile latency of a Service scales its Deployment", async (t) => {
  await cluster.json.create(deployment("slow", { MESH_DELAY_MS: "60" }));
  await cluster.json.create(service("slow"));
  await eventually(async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=slow" })).items as { status?: { phase?: string } }[],
    (pods) => pods.length === 1 && pods[0].status?.phase === "Running", "the slow pod running", 60_000);
  startLoad("slow.ping", 10);
  const latency = await eventually(() => caller.customMetrics({ namespace: "default", resource: "services", name: "slow", metric: "mesh_request_duration_seconds_p90" }).catch(() => ({ items: [] })) as Promise<MetricValueList>,
    (list) => list.items.length === 1 && parseQuantity(list.items[0].value) >= 0.05, "the slow Service's p90 latency", 60_000);
  t.log(`slow Service p90: ${latency.items[0].value} s (handler sleeps 60 ms)`);
  await cluster.json.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "slow", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "slow" }, minReplicas: 1, maxReplicas: 2,
      metrics: [{
        type: "Object",
        object: { describedObject: { apiVersion: "v1", kind: "Service", name: "slow" }, metric: { name: "mesh_request_duration_seconds_p90" }, target: { type: "Value", value: "20m" } },
      }],
    },
  });
  // p90 ~ 0.06-0.1 s against 20 ms: ratio > 3, capped at maxReplicas 2.
  await eventually(() => replicas("slow"), (count) => count === 2, "the HPA scaling slow to 2", 90_000);
  const status = await eventually(() => hpaStatus("slow"), (each) => (each.conditions ?? []).some((c) => c.type === "ScalingLimited" && c.reason === "TooManyReplicas"), "ScalingLimited TooManyReplicas", 30_000);
  const object = status.currentMetrics?.find((metric) => metric.type === "Object");
  t.true(parseQuantity(object?.object?.current?.value ?? "0") >= 0.05, JSON.stringify(status.currentMetrics));
  t.log(`slow: Object metric current ${object?.object?.current?.value}, scaled to 2 (maxReplicas)`);
  const described = await troupe(["describe", "hpa", "slow"]);
  t.regex(described.stdout, /\n {2}"mesh_request_duration_seconds_p90" on Service\/slow \(target value\): +\d+m \/ 20m\n/, described.stdout + described.stderr);
  // An Object metric of a Service that does not exist: FailedGetObjectMetric with the reason.
  await cluster.json.create({
    apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: "nowhere", namespace: "default" },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "slow" }, minReplicas: 1, maxReplicas: 2,
      metrics: [{ type: "Object", object: { describedObject: { apiVersion: "v1", kind: "Service", name: "absent" }, metric: { name: "mesh_requests_per_second" }, target: { type: "Value", value: "1" } } }],
    },
  });
  const failed = await eventually(() => hpaStatus("nowhere"), (each) => (each.conditions ?? []).some((c) => c.type === "ScalingActive" && c.status === "False"), "ScalingActive False", 30_000);
  t.like(failed.conditions?.find((c) => c.type === "ScalingActive"), { reason: "FailedGetObjectMetric" });
  t.regex(failed.conditions?.find((c) => c.type === "ScalingActive")?.message ?? "", /unable to get metric mesh_requests_per_second on Service absent: services "absent" not found/);
  await cluster.json.delete("horizontalpodautoscalers", "nowhere", { namespace: "default" });
});

test.serial("custom metrics through kube-api (kubectl get --raw), discovery, RBAC, and a pod may report only as itself", async (t) => {
  t.timeout(240_000);
  const began = Date.now();
  if (kube) {
    const raw = await kube.kubectl(["get", "--raw", "/apis/custom.metrics.k8s.io/v1beta2/namespaces/default/pods/*/mesh_requests_per_second?labelSelector=app%3Decho"]);
    t.is(raw.code, 0, raw.stderr);
    const list = JSON.parse(raw.stdout) as MetricValueList;
    t.is(list.kind, "MetricValueList");
    t.true(list.items.length >= 1 && list.items.every((item) => item.describedObject.kind === "Pod"), raw.stdout);
    const object = await kube.kubectl(["get", "--raw", "/apis/custom.metrics.k8s.io/v1beta2/namespaces/default/services/echo/mesh_requests_per_second"]);
    t.is(object.code, 0, object.stderr);
    t.like((JSON.parse(object.stdout) as MetricValueList).items[0], { describedObject: { kind: "Service", name: "echo" } });
    const discovery = await kube.kubectl(["get", "--raw", "/apis/custom.metrics.k8s.io/v1beta2"]);
    t.is(discovery.code, 0, discovery.stderr);
    t.true((JSON.parse(discovery.stdout) as { resources: { name: string }[] }).resources.some((resource) => resource.name === "pods/mesh_requests_per_second"));
    const unknown = await kube.kubectl(["get", "--raw", "/apis/custom.metrics.k8s.io/v1beta2/namespaces/default/pods/*/nope"]);
    t.not(unknown.code, 0);
    t.regex(unknown.stderr, /NotFound|not find the metric nope/);
  }
  t.log(`kubectl checks done at ${Date.now() - began} ms`);
  // RBAC: a ServiceAccount with nothing bound is refused; bound to view (which aggregates the reader) it may read.
  await cluster.json.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "reader", namespace: "default" } });
  const asReader = caller.withCaller({ impersonate: { user: "system:serviceaccount:default:reader", groups: ["system:serviceaccounts", "system:authenticated"] } });
  const query = { namespace: "default", resource: "pods", name: "*", metric: "mesh_requests_per_second", labelSelector: "app=echo" };
  const refused = await t.throwsAsync(asReader.customMetrics(query));
  t.regex(refused?.message ?? "", /forbidden/);
  await cluster.json.create({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "reader-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" }, subjects: [{ kind: "ServiceAccount", name: "reader", namespace: "default" }],
  });
  const allowed = await eventually(() => asReader.customMetrics(query).then((list) => list.items.length, () => -1), (count) => count >= 1, "the reader's custom metrics", 30_000);
  t.true(allowed >= 1);
  t.log(`RBAC checks done at ${Date.now() - began} ms`);
  // A pod that tries to report as another pod is refused by the NATS server.
  await cluster.json.create(deployment("spoof", { MESH_FOREIGN_REPORT: "someone-else" }));
  const violations = await eventually(() => cluster.violations(), (lines) => lines.some((line) => line.includes("troupe.metrics.v1.mesh.default.someone-else")), "the refused foreign report", 60_000);
  t.log(violations.join("\n"));
  t.true(violations.every((line) => line.includes("someone-else")), "no other violation");
});

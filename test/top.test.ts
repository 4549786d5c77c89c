// Resource metrics end to end: kubelets sample each container's CPU and memory every second (from
// its cgroup as root with cgroups, else from its process group's /proc figures), the API serves
// them as metrics.k8s.io, and `troupe top` prints them as kubectl top does. A CPU-burning pod with
// a 200m limit shows near its limit (near one core where no cgroup enforces it), an idle pod near
// zero, and a pod holding a 64 MiB buffer within 10% of it.
import test from "ava";
import { detectCgroupBackend } from "../services/kubelet/drivers/cgroup-backend.ts";
import type { PodMetrics } from "../runtime/resource-metrics/metrics-objects.ts";
import { parseQuantity } from "../runtime/quantity.ts";
import { kubectlMissing, startKubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { troupe as runTroupe, type CliResult } from "./helpers/troupe-cli.ts";
import { createClusterUser } from "../cli/cluster/cluster-users.ts";
import { clusterUserSecurity } from "../cli/cluster/security-paths.ts";
import { natsClientSecurityEnv } from "../runtime/nats-client-security.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { eventually } from "./helpers/workload-cluster.ts";

const cgroups = process.getuid?.() === 0 ? await detectCgroupBackend() : { usable: false as const, reason: "not root" };
const enforced = cgroups.usable;
if (!enforced) console.log(`top.test: no usable cgroups (${cgroups.reason}): usage comes from /proc and a CPU limit is not enforced, so the burner is expected near one core`);

let cluster: SecureCluster;

test.before(async () => {
  // Secured as `troupe up` runs it: the kubelet publishes its usage on its own credentials.
  cluster = await startSecureCluster({ nodes: 1 });
});

test.after.always(async () => {
  await cluster?.stop();
});

const adminEnv = () => ({ ...natsClientSecurityEnv(cluster.nats.role("admin")), TROUPE_HOME: cluster.home.dir });
const troupe = (args: string[], env: Record<string, string> = adminEnv()): Promise<CliResult> => runTroupe([...args, "--server", cluster.server.url], { env });

const BURN = "for (;;) {}";
const IDLE = "setInterval(() => {}, 1 << 30)";
const HOLD_64MI = "const b = Buffer.alloc(64 * 1024 * 1024, 1); setInterval(() => b[0]++, 1 << 30)";

function pod(name: string, script: string, limits?: Record<string, string>) {
  return {
    apiVersion: "v1", kind: "Pod",
    metadata: { name, namespace: "default", labels: { app: "top", role: name } },
    spec: { containers: [{ name: "main", image: "host", command: [process.execPath, "-e", script], ...(limits ? { resources: { limits, requests: limits } } : {}) }] },
  };
}

const cores = (metrics: PodMetrics) => metrics.containers.reduce((sum, container) => sum + parseQuantity(container.usage.cpu), 0);
const bytes = (metrics: PodMetrics) => metrics.containers.reduce((sum, container) => sum + parseQuantity(container.usage.memory), 0);

/** Mean CPU over several one-second samples: one sample of a busy loop under a CFS quota is noisy. */
async function meanCpu(name: string, samples: number): Promise<number> {
  let total = 0;
  let last = "";
  for (let i = 0; i < samples; i++) {
    const metrics = await eventually(() => cluster.json.get("pods.metrics.k8s.io", name, { namespace: "default" }) as Promise<unknown> as Promise<PodMetrics>, (m) => m.timestamp !== last, `a new sample of ${name}`, 10_000);
    last = metrics.timestamp;
    total += cores(metrics);
  }
  return total / samples;
}

test.serial("troupe top pods: a burner near its limit, an idle pod near zero, memory within 10% of an allocation", async (t) => {
  await cluster.json.create(pod("burn", BURN, { cpu: "200m", memory: "256Mi" }));
  await cluster.json.create(pod("idle", IDLE));
  await cluster.json.create(pod("hold", HOLD_64MI, { memory: "256Mi" }));
  const listed = await eventually(
    () => cluster.json.list("pods.metrics.k8s.io", { namespace: "default", labelSelector: "app=top" }),
    (list) => list.items.length === 3,
    "metrics for the three pods",
    60_000,
  );
  t.is(listed.kind, "PodMetricsList");
  const burnMetrics = listed.items.find((item) => item.metadata?.name === "burn") as unknown as PodMetrics;
  t.is(burnMetrics.apiVersion, "metrics.k8s.io/v1beta1");
  t.regex(burnMetrics.window, /^\d+(\.\d+)?s$/);
  t.regex(burnMetrics.containers[0].usage.cpu, /^(0|\d+n)$/);
  t.regex(burnMetrics.containers[0].usage.memory, /^\d+(Ki)?$/);
  const source = burnMetrics.metadata.annotations["metrics.troupe.dev/source"];
  t.is(source, enforced ? `cgroup-${cgroups.usable ? cgroups.version : ""}` : "proc");
  t.log(`usage source: ${source}`);

  const burn = await meanCpu("burn", 4);
  const idle = await meanCpu("idle", 2);
  t.log(`burner: ${(burn * 1000).toFixed(0)}m (limit 200m${enforced ? "" : ", not enforced"}), idle: ${(idle * 1000).toFixed(1)}m`);
  if (enforced) t.true(burn > 0.15 && burn < 0.25, `burner at ${burn} cores, limit 0.2`);
  else t.true(burn > 0.7 && burn < 1.1, `burner at ${burn} cores, one core expected without a limit`);
  // Near zero: an idle Node process wakes for its timers and GC, a few millicores at most under load.
  t.true(idle < 0.05, `idle pod at ${idle} cores`);

  const hold = bytes(await cluster.json.get("pods.metrics.k8s.io", "hold", { namespace: "default" }) as unknown as PodMetrics);
  // The working set holds the 64 MiB buffer plus Node's own ~40 MiB: what it adds over the idle pod's is the allocation.
  const idleBytes = bytes(await cluster.json.get("pods.metrics.k8s.io", "idle", { namespace: "default" }) as unknown as PodMetrics);
  const added = hold - idleBytes;
  t.log(`hold: ${(hold / 2 ** 20).toFixed(1)} MiB, idle: ${(idleBytes / 2 ** 20).toFixed(1)} MiB, the allocation: ${(added / 2 ** 20).toFixed(1)} MiB`);
  t.true(Math.abs(added - 64 * 2 ** 20) <= 0.1 * 64 * 2 ** 20, `the 64 MiB allocation measured as ${added} bytes`);

  const top = await troupe(["top", "pods", "-l", "app=top", "--sort-by=cpu"]);
  t.is(top.code, 0, top.stderr);
  const lines = top.stdout.trimEnd().split("\n");
  t.regex(lines[0], /^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)$/);
  t.is(lines.length, 4);
  t.regex(lines[1], /^burn\s+\d+m\s+\d+Mi$/);
  t.log(top.stdout);
  const containers = await troupe(["top", "pods", "hold", "--containers", "--no-headers"]);
  t.regex(containers.stdout, /^hold\s+main\s+\d+m\s+(6\d|7\d|8\d|9\d|1\d\d)Mi\n$/);
  const all = await troupe(["top", "pods", "-A", "-l", "app=top"]);
  t.regex(all.stdout.split("\n")[0], /^NAMESPACE\s+NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)$/);
});

test.serial("troupe top nodes, the group in discovery, and kubectl's errors", async (t) => {
  const nodes = await eventually(() => troupe(["top", "nodes"]), (result) => result.code === 0, "troupe top nodes");
  t.regex(nodes.stdout, /^NAME\s+CPU\(cores\)\s+CPU\(%\)\s+MEMORY\(bytes\)\s+MEMORY\(%\)\nnode-1\s+\d+m\s+\d+%\s+\d+Mi\s+\d+%\n$/);
  const resources = await troupe(["api-resources", "-o", "name"]);
  t.regex(resources.stdout, /^pods\.metrics\.k8s\.io$/m);
  t.regex(resources.stdout, /^nodes\.metrics\.k8s\.io$/m);
  const missing = await troupe(["top", "pods", "nope"]);
  t.is(missing.code, 1);
  t.regex(missing.stderr, /pods "nope" not found/);
  const empty = await troupe(["top", "pods", "-n", "kube-empty"]);
  t.regex(empty.stderr, /No resources found in kube-empty namespace\./);
  const bad = await troupe(["top", "pods", "--sort-by=name"]);
  t.regex(bad.stderr, /invalid value "name" for --sort-by: use one of cpu, memory/);
  const kind = await troupe(["top", "services"]);
  t.regex(kind.stderr, /top supports pods and nodes, not "services"/);
});

test.serial("kubectl top through the Kubernetes front end reads the same metrics.k8s.io", async (t) => {
  const missing = kubectlMissing();
  if (missing) {
    t.log(`skipped: ${missing}`);
    t.pass();
    return;
  }
  const kube = await startKubeApiFixture(cluster.nc);
  t.teardown(() => kube.stop());
  const pods = await kube.kubectl(["top", "pods", "-l", "app=top", "--sort-by=cpu"]);
  t.is(pods.code, 0, pods.stderr);
  t.regex(pods.stdout, /^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)\s*\nburn\s+\d+m\s+\d+Mi/);
  t.log(pods.stdout);
  const nodes = await kube.kubectl(["top", "nodes"]);
  t.is(nodes.code, 0, nodes.stderr);
  t.regex(nodes.stdout, /node-1\s+\d+m\s+\d+%\s+\d+Mi\s+\d+%/);
  const raw = await kube.kubectl(["get", "--raw", "/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/hold"]);
  t.is(JSON.parse(raw.stdout).kind, "PodMetrics");
});

test.serial("the kubelet's Prometheus series of the same figures, gone with the pod", async (t) => {
  const scrape = async () => (await fetch(`${cluster.kubeletMetricsUrls[0]}/metrics`)).text();
  const series = (body: string, name: string, pod: string) => new RegExp(`^${name}\\{namespace="default",pod="${pod}",container="main"[^}]*\\} (\\S+)$`, "m").exec(body)?.[1];
  const text = await eventually(scrape, (body) => series(body, "troupe_kubelet_container_memory_working_set_bytes", "hold") !== undefined, "the hold pod's series");
  const value = (name: string, pod: string) => Number(series(text, name, pod));
  t.true(value("troupe_kubelet_container_cpu_usage_seconds_total", "burn") > 0.5, "the burner's CPU seconds");
  t.true(value("troupe_kubelet_container_memory_working_set_bytes", "hold") > 64 * 2 ** 20);
  t.regex(text, /^troupe_kubelet_node_cpu_usage_seconds_total(\{[^}]*\})? \d/m);
  t.regex(text, /^troupe_kubelet_node_memory_working_set_bytes(\{[^}]*\})? \d/m);
  await cluster.json.delete("pods", "idle", { namespace: "default", gracePeriodSeconds: 0 });
  await eventually(scrape, (body) => !body.includes('pod="idle"'), "the deleted pod's series gone", 30_000);
  t.pass();
});

test.serial("reading metrics needs RBAC: view grants pods.metrics.k8s.io in its namespace, not nodes; no subject permission was violated", async (t) => {
  await createClusterUser(cluster.home, { name: "alice", groups: ["dev"], clusterName: "secure-test", kubeApiUrl: "https://127.0.0.1:6443" });
  const asAlice = { ...natsClientSecurityEnv(clusterUserSecurity(cluster.home, "alice")), TROUPE_HOME: cluster.home.dir };
  const refused = await troupe(["top", "pods"], asAlice);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /Forbidden.*pods\.metrics\.k8s\.io/);
  await cluster.json.apply({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "alice-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "alice" }],
  });
  const allowed = await eventually(() => troupe(["top", "pods", "-l", "app=top"], asAlice), (result) => result.code === 0, "alice's top pods");
  t.regex(allowed.stdout, /^NAME\s+CPU\(cores\)/);
  const nodes = await troupe(["top", "nodes"], asAlice);
  t.is(nodes.code, 1);
  t.regex(nodes.stderr, /Forbidden/);
  t.deepEqual(await cluster.violations(), []);
});

// `troupe logs -l SELECTOR` against a secure 3-node cluster: the lines of every pod of a
// Deployment come from the logs stream (not from the kubelets), prefixed as kubectl does, and a
// deleted pod's lines are still there (its record in troupe-log-pods says who it was), besides its
// replacement's. The kubelets write their records on their own credentials without a violation.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { createClusterUser } from "../cli/cluster/cluster-users.ts";
import { clusterUserSecurity } from "../cli/cluster/security-paths.ts";
import { readLogPodRecords } from "../runtime/logs/log-pods-bucket.ts";
import { natsClientSecurityEnv } from "../runtime/nats-client-security.ts";
import { eventually } from "./helpers/workload-cluster.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { startTroupe, troupe } from "./helpers/troupe-cli.ts";

let cluster: SecureCluster;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 3 });
});
test.after.always(async () => {
  await cluster?.stop();
});

const hello: KubeObject = {
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "hello", namespace: "default" },
  spec: {
    replicas: 3, selector: { matchLabels: { app: "hello" } },
    template: {
      metadata: { labels: { app: "hello" } },
      spec: { containers: [{ name: "hello", image: "hello:plain-text", ports: [{ containerPort: 8080 }], env: [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }] }] },
    },
  },
};

const adminEnv = () => ({ ...natsClientSecurityEnv(cluster.nats.role("admin")), TROUPE_HOME: cluster.home.dir });
const logs = (args: string[], env: Record<string, string> = adminEnv()) => troupe(["logs", ...args, "--server", cluster.server.url], { env });

interface PodShape { metadata?: { name?: string; deletionTimestamp?: string }; spec?: { nodeName?: string }; status?: { phase?: string } }
async function helloPods(): Promise<PodShape[]> {
  return (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items as PodShape[];
}
const runningNames = (pods: PodShape[]) => pods.filter((pod) => pod.status?.phase === "Running" && !pod.metadata?.deletionTimestamp).map((pod) => pod.metadata?.name ?? "");
const printedBy = (stdout: string, pods: string[]) => pods.every((pod) => new RegExp(`\\[pod/${pod}/hello\\] hello: ${pod} listening on :\\d+\n`).test(stdout));

let firstPods: string[] = [];

test.serial("troupe logs -l app=hello --prefix prints the lines of all three pods, each with its prefix", async (t) => {
  await cluster.json.apply(hello);
  const pods = await eventually(helloPods, (list) => runningNames(list).length === 3, "3 running hello pods", 60_000);
  firstPods = runningNames(pods);
  t.log("nodes:", pods.map((pod) => pod.spec?.nodeName).join(" "));
  const result = await eventually(() => logs(["-l", "app=hello", "--prefix"]), (run) => run.code === 0 && printedBy(run.stdout, firstPods), "every pod's line in troupe logs", 30_000);
  t.is(result.stderr, "");
  for (const line of result.stdout.trimEnd().split("\n")) t.regex(line, /^\[pod\/hello-[a-z0-9-]+\/hello\] /);
});

test.serial("after a pod is deleted its lines are still shown, and so are its replacement's", async (t) => {
  const [gone] = firstPods;
  await cluster.json.delete("pods", gone, { namespace: "default" });
  const pods = await eventually(helloPods, (list) => !list.some((pod) => pod.metadata?.name === gone) && runningNames(list).length === 3, "the pod gone and replaced", 60_000);
  const now = runningNames(pods);
  t.false(now.includes(gone));
  const result = await eventually(() => logs(["-l", "app=hello", "--prefix"]), (run) => run.code === 0 && printedBy(run.stdout, [...firstPods, ...now]), "the deleted pod's and the replacement's lines", 30_000);
  t.regex(result.stdout, new RegExp(`\\[pod/${gone}/hello\\] hello: SIGTERM received`));
  // A pod the API no longer has can be named too.
  const named = await logs([gone]);
  t.is(named.code, 0, named.stderr);
  t.regex(named.stdout, new RegExp(`^hello: ${gone} listening on :\\d+\n`));
  const goneRecord = await eventually(async () => {
    for await (const event of readLogPodRecords(cluster.nc)) if (event.record.name === gone) return event.record;
    return undefined;
  }, (found) => found?.deletedAt !== undefined, "the deleted pod's record marked deleted");
  t.like(goneRecord, { namespace: "default", labels: { app: "hello" }, containers: ["hello"] });
  t.deepEqual(await cluster.violations(), []);
  // Series carry the registry's default label (service="troupe-kubelet") besides their own.
  const sum = (metrics: string[], name: string, labels = "") => metrics.reduce((total, text) => total + Number(new RegExp(`^${name}\\{[^}]*${labels}[^}]*\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0), 0);
  const scrape = () => Promise.all(cluster.kubeletMetricsUrls.map(async (url) => (await fetch(`${url}/metrics`)).text()));
  // The deletion's record write may still be on its way.
  const metrics = await eventually(scrape, (texts) => sum(texts, "troupe_kubelet_log_pod_record_writes_total", 'result="success"') >= 5, "4 starts and a deletion recorded");
  const total = (name: string, labels = "") => sum(metrics, name, labels);
  t.true(total("troupe_kubelet_log_lines_published_total") >= 6, "lines published");
  t.true(total("troupe_kubelet_log_pod_record_writes_total", 'result="success"') >= 5, "records written: 4 starts and a deletion");
  t.is(total("troupe_kubelet_log_pod_record_writes_total", 'result="failure"'), 0);
});

test.serial("--timestamps, --grep and --tail shape the output; bad flags name the flag", async (t) => {
  const stamped = await logs(["-l", "app=hello", "--timestamps", "--grep", "listening", "--tail=-1"]);
  t.is(stamped.code, 0, stamped.stderr);
  const lines = stamped.stdout.trimEnd().split("\n");
  t.is(lines.length, 4, stamped.stdout);
  for (const line of lines) t.regex(line, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z hello: hello-\S+ listening on :\d+$/);
  // The last line of each pod, then --grep: the deleted pod's last line says it exited.
  const last = await logs(["-l", "app=hello", "--tail", "1"]);
  t.is(last.stdout.trimEnd().split("\n").length, 4, last.stdout);
  t.regex(last.stdout, /^hello: every connection closed, exiting$/m);
  t.is((await logs(["-l", "app=hello", "--tail", "1", "--grep", "listening"])).stdout.trimEnd().split("\n").length, 3);
  const none = await logs(["-l", "app=nothing"]);
  t.like(none, { code: 0, stdout: "", stderr: "No resources found in default namespace.\n" });
  const bad = await logs(["-l", "app=hello", "--tail", "many"]);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /invalid value "many" for --tail: use a whole number >= 0, or -1 for all lines/);
  const tooMany = await logs(["-l", "app=hello", "-f", "--max-log-requests", "2"]);
  t.is(tooMany.code, 1);
  t.regex(tooMany.stderr, /you are attempting to follow 4 log streams, but maximum allowed concurrency is 2/);
});

test.serial("-f prints new lines of the matched pods, also of a pod created later", async (t) => {
  const follower = startTroupe(["logs", "-l", "app=hello", "-f", "--prefix", "--max-log-requests", "10", "--server", cluster.server.url], { env: adminEnv() });
  t.teardown(() => void follower.child.kill("SIGINT"));
  await follower.waitFor("stdout", /listening on :\d+\n/, 30_000);
  const before = runningNames(await helloPods());
  await cluster.json.apply({ ...hello, spec: { ...(hello.spec as object), replicas: 4 } });
  const pods = await eventually(helloPods, (list) => runningNames(list).length === 4, "a fourth pod", 60_000);
  const [added] = runningNames(pods).filter((name) => !before.includes(name));
  await follower.waitFor("stdout", new RegExp(`\\[pod/${added}/hello\\] hello: ${added} listening on :\\d+\\n`), 30_000);
  follower.child.kill("SIGINT");
  t.is(await follower.exited, 0);
});

test.serial("a user without JetStream access reads the same lines through the API (view has get pods/log, as in Kubernetes)", async (t) => {
  await createClusterUser(cluster.home, { name: "alice", groups: ["dev"], clusterName: "secure-test", kubeApiUrl: "https://127.0.0.1:6443" });
  await cluster.json.apply({
    apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", metadata: { name: "alice-view", namespace: "default" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: "alice" }],
  });
  const asAlice = await logs(["-l", "app=hello"], { ...natsClientSecurityEnv(clusterUserSecurity(cluster.home, "alice")), TROUPE_HOME: cluster.home.dir });
  t.is(asAlice.code, 0, asAlice.stderr);
  t.is(asAlice.stdout, (await logs(["-l", "app=hello"])).stdout);
  t.deepEqual(await cluster.violations(), []);
});

// `troupe logs -l` as a user of `troupe create user`, whose credentials reach only the API: the
// lines come through the API's podLogs verb (services/api/operations/pod-logs.ts), behind RBAC's
// get pods/log and list pods in the namespace, deleted pods' lines included; without the grant a
// 403 in Kubernetes' words, and no other namespace. Paging by continue token gives the same lines.
import test from "ava";
import type { NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient, type KubeObject } from "../runtime/api-client.ts";
import { ApiError } from "../runtime/api-errors.ts";
import { createClusterUser } from "../cli/cluster/cluster-users.ts";
import { clusterUserSecurity } from "../cli/cluster/security-paths.ts";
import type { PodLogsReply } from "../runtime/logs/pod-logs-page.ts";
import { natsClientSecurityEnv } from "../runtime/nats-client-security.ts";
import { eventually } from "./helpers/workload-cluster.ts";
import { startSecureCluster, type SecureCluster } from "./helpers/secure-cluster.ts";
import { startTroupe, troupe } from "./helpers/troupe-cli.ts";

let cluster: SecureCluster;
let aliceNc: NatsConnection;
test.before(async () => {
  cluster = await startSecureCluster({ nodes: 3 });
  await createClusterUser(cluster.home, { name: "alice", groups: ["dev"], clusterName: "secure-test", kubeApiUrl: "https://127.0.0.1:6443" });
  aliceNc = await cluster.connectWith(clusterUserSecurity(cluster.home, "alice"), "test-alice");
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
const RBAC = "rbac.authorization.k8s.io";
const logReader: KubeObject = {
  apiVersion: `${RBAC}/v1`, kind: "Role", metadata: { name: "log-reader", namespace: "default" },
  rules: [{ apiGroups: [""], resources: ["pods/log"], verbs: ["get"] }, { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }],
};
const aliceReadsLogs: KubeObject = {
  apiVersion: `${RBAC}/v1`, kind: "RoleBinding", metadata: { name: "alice-log-reader", namespace: "default" },
  roleRef: { apiGroup: RBAC, kind: "Role", name: "log-reader" },
  subjects: [{ apiGroup: RBAC, kind: "User", name: "alice" }],
};

const aliceEnv = () => ({ ...natsClientSecurityEnv(clusterUserSecurity(cluster.home, "alice")), TROUPE_HOME: cluster.home.dir });
const adminEnv = () => ({ ...natsClientSecurityEnv(cluster.nats.role("admin")), TROUPE_HOME: cluster.home.dir });
const logsAs = (env: Record<string, string>, args: string[]) => troupe(["logs", ...args, "--server", cluster.server.url], { env });

interface PodShape { metadata?: { name?: string; deletionTimestamp?: string }; status?: { phase?: string } }
async function helloPods(): Promise<PodShape[]> {
  return (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items as PodShape[];
}
const runningNames = (pods: PodShape[]) => pods.filter((pod) => pod.status?.phase === "Running" && !pod.metadata?.deletionTimestamp).map((pod) => pod.metadata?.name ?? "");
const printedBy = (stdout: string, pods: string[]) => pods.every((pod) => new RegExp(`\\[pod/${pod}/hello\\] hello: ${pod} listening on :\\d+\n`).test(stdout));

let gone = "";
let allPods: string[] = [];

test.serial("hello runs, and one of its pods is deleted and replaced", async (t) => {
  await cluster.json.apply(hello);
  const first = runningNames(await eventually(helloPods, (list) => runningNames(list).length === 3, "3 running hello pods", 60_000));
  // Every pod's first line is in the stream before one goes.
  await eventually(() => logsAs(adminEnv(), ["-l", "app=hello", "--prefix"]), (run) => run.code === 0 && printedBy(run.stdout, first), "every pod's line", 30_000);
  gone = first[0];
  await cluster.json.delete("pods", gone, { namespace: "default" });
  const now = runningNames(await eventually(helloPods, (list) => !list.some((pod) => pod.metadata?.name === gone) && runningNames(list).length === 3, "the pod gone and replaced", 60_000));
  allPods = [...new Set([...first, ...now])];
  t.is(allPods.length, 4);
});

test.serial("without a grant alice gets Kubernetes' 403 for pods/log", async (t) => {
  const refused = await logsAs(aliceEnv(), ["-l", "app=hello", "--prefix"]);
  t.is(refused.code, 1, refused.stdout);
  t.regex(refused.stderr, /Error from server \(Forbidden\): .*User "alice" cannot get resource "pods\/log" in API group "" in the namespace "default"/);
  t.is(refused.stdout, "");
  const error = await t.throwsAsync(new JsonApiClient(aliceNc).podLogs({ namespace: "default", labelSelector: "app=hello" }), { instanceOf: ApiError });
  t.is(error?.code, 403);
});

test.serial("with get pods/log and get, list pods in default alice reads every pod's lines, the deleted one's too", async (t) => {
  await cluster.json.apply(logReader);
  await cluster.json.apply(aliceReadsLogs);
  const result = await eventually(() => logsAs(aliceEnv(), ["-l", "app=hello", "--prefix"]), (run) => run.code === 0 && printedBy(run.stdout, allPods), "alice sees all four pods' lines", 30_000);
  t.is(result.stderr, "");
  t.regex(result.stdout, new RegExp(`\\[pod/${gone}/hello\\] hello: SIGTERM received`));
  for (const line of result.stdout.trimEnd().split("\n")) t.regex(line, /^\[pod\/hello-[a-z0-9-]+\/hello\] /);
  // The same output as the admin's direct read of the stream.
  const admin = await logsAs(adminEnv(), ["-l", "app=hello", "--prefix"]);
  t.is(result.stdout, admin.stdout);
  // The deleted pod by name, --tail, --grep and --timestamps go through the API the same way.
  const named = await logsAs(aliceEnv(), [gone]);
  t.is(named.code, 0, named.stderr);
  t.regex(named.stdout, new RegExp(`^hello: ${gone} listening on :\\d+\n`));
  // A live pod by name: her credentials reach no kubelet, so the stream has it for her.
  const live = allPods.find((pod) => pod !== gone) ?? "";
  const liveNamed = await logsAs(aliceEnv(), [live]);
  t.is(liveNamed.code, 0, liveNamed.stderr);
  t.regex(liveNamed.stdout, new RegExp(`^hello: ${live} listening on :\\d+\n`));
  const last = await logsAs(aliceEnv(), ["-l", "app=hello", "--tail", "1", "--timestamps", "--grep", "exiting"]);
  t.regex(last.stdout, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z hello: every connection closed, exiting\n$/);
  const tooMany = await logsAs(aliceEnv(), ["-l", "app=hello", "-f", "--max-log-requests", "2"]);
  t.is(tooMany.code, 1);
  t.regex(tooMany.stderr, /you are attempting to follow 4 log streams, but maximum allowed concurrency is 2/);
  // Her credentials' permissions chose the API: she never tried the stream.
  t.deepEqual(await cluster.violations(), []);
});

test.serial("-f as alice polls the API: new lines of a pod created later are printed", async (t) => {
  const follower = startTroupe(["logs", "-l", "app=hello", "-f", "--prefix", "--max-log-requests", "10", "--server", cluster.server.url], { env: aliceEnv() });
  t.teardown(() => void follower.child.kill("SIGINT"));
  await follower.waitFor("stdout", /listening on :\d+\n/, 30_000);
  const before = runningNames(await helloPods());
  await cluster.json.apply({ ...hello, spec: { ...(hello.spec as object), replicas: 4 } });
  const pods = await eventually(helloPods, (list) => runningNames(list).length === 4, "a fourth pod", 60_000);
  const [added] = runningNames(pods).filter((name) => !before.includes(name));
  const started = Date.now();
  await follower.waitFor("stdout", new RegExp(`\\[pod/${added}/hello\\] hello: ${added} listening on :\\d+\\n`), 30_000);
  t.log(`the new pod's first line shown ${Date.now() - started} ms after it ran (1 s polls)`);
  follower.child.kill("SIGINT");
  t.is(await follower.exited, 0);
  allPods.push(added);
  t.deepEqual(await cluster.violations(), []);
});

test.serial("paging by continue token gives the same lines as one page", async (t) => {
  const api = new JsonApiClient(aliceNc);
  const started = performance.now();
  const whole = await api.podLogs({ namespace: "default", labelSelector: "app=hello" });
  const elapsed = performance.now() - started;
  t.is(whole.continue, "");
  t.is(whole.pods.length, 5);
  t.deepEqual(whole.pods.filter((pod) => pod.deleted).map((pod) => pod.name), [gone]);
  const paged: PodLogsReply["lines"] = [];
  let page = await api.podLogs({ namespace: "default", labelSelector: "app=hello", limit: 2 });
  let pages = 1;
  paged.push(...page.lines);
  while (page.continue) {
    t.true(page.lines.length <= 2);
    page = await api.podLogs({ namespace: "default", labelSelector: "app=hello", limit: 2, continue: page.continue });
    paged.push(...page.lines);
    pages++;
  }
  t.true(pages > 2, `${pages} pages`);
  t.deepEqual(paged.map((line) => `${line.pod} ${line.seq}`), whole.lines.map((line) => `${line.pod} ${line.seq}`));
  t.log(`${whole.lines.length} lines of ${whole.containers} containers in one page (${elapsed.toFixed(0)} ms), or ${pages} pages of 2`);
});

test.serial("alice cannot read another namespace, nor every namespace; bad input names the field", async (t) => {
  await cluster.json.apply({ apiVersion: "v1", kind: "Namespace", metadata: { name: "other" } });
  const other = await logsAs(aliceEnv(), ["-l", "app=hello", "-n", "other"]);
  t.is(other.code, 1);
  t.regex(other.stderr, /User "alice" cannot get resource "pods\/log" in API group "" in the namespace "other"/);
  const api = new JsonApiClient(aliceNc);
  // Every namespace: refused at the cluster scope, then allowed only where each pod found is.
  const everywhere = await api.podLogs({ namespace: "", labelSelector: "app=hello" });
  t.is(everywhere.pods.length, 5);
  const strangers = await api.podLogs({ namespace: "", labelSelector: "app=nobody" }).catch((error: unknown) => error);
  t.like(strangers, { code: 403 });
  t.regex((strangers as Error).message, /cannot get resource "pods\/log" in API group "" at the cluster scope/);
  const bad = await api.podLogs({ namespace: "default", labelSelector: "app in (", tailLines: -5 } as never).catch((error: unknown) => error);
  t.like(bad, { code: 400 });
  t.regex((bad as Error).message, /labelSelector: .*tailLines: must be a whole number >= 0, or -1 for all lines/);
  const forged = await api.podLogs({ namespace: "default", continue: "bm9wZQ" }).catch((error: unknown) => error);
  t.regex((forged as Error).message, /continue: not a continue token/);
  // A token naming another namespace's pod is authorized again, not trusted.
  const stolen = Buffer.from(JSON.stringify({ v: 1, r: [{ n: "other", p: "x", u: "", c: "app", a: 0, z: 10 }] })).toString("base64url");
  const denied = await api.podLogs({ namespace: "default", continue: stolen }).catch((error: unknown) => error);
  t.like(denied, { code: 403 });
});

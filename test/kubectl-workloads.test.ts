// The seed's flow with the real kubectl on a whole cluster (every role its own process, the
// process driver): apply the web Deployment and Service, watch it roll out, read it every way
// kubectl reads, scale, roll out a change and undo it, logs, exec, port-forward, get all, and a
// re-apply that keeps the replicas `kubectl scale` set.
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import test from "ava";
import { ensureDefaultStorageClass } from "../cli/cluster/default-storage-class.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { REPO_ROOT } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-workloads: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: WorkloadCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startWorkloadCluster({ nodes: 2, images: [join(REPO_ROOT, "examples", "redis", "app")] });
  await ensureDefaultStorageClass(cluster.server.url);
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const web = join(REPO_ROOT, "examples", "web");

function httpGet(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path: "/" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(body));
    }).on("error", reject).end();
  });
}

kubectlTest("apply of the web Deployment and Service creates both and rollout status waits for it", async (t) => {
  const applied = await kube.kubectl(["apply", "-f", join(web, "deployment.yaml"), "-f", join(web, "service.yaml")]);
  t.is(applied.code, 0, applied.stderr);
  t.is(applied.stdout, "deployment.apps/simple-web-app created\nservice/simple-web-service created\n");
  const status = await kube.kubectl(["rollout", "status", "deployment/simple-web-app", "--timeout=90s"], { timeoutMs: 100_000 });
  t.is(status.code, 0, status.stderr);
  t.regex(status.stdout, /deployment "simple-web-app" successfully rolled out\n$/);
});

kubectlTest("get shows kubectl's columns, wide, and the pods' own fields by jsonpath", async (t) => {
  const deploy = await kube.kubectl(["get", "deploy", "simple-web-app"]);
  t.regex(deploy.stdout, /^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nsimple-web-app +3\/3 +3 +3 +\d+s\n$/);
  const wide = await kube.kubectl(["get", "pods", "-o", "wide", "-l", "app=simple-web-app"]);
  t.regex(wide.stdout, /^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES\n/);
  t.is(wide.stdout.match(/ 1\/1 +Running +0 /g)?.length, 3, wide.stdout);
  const nodes = await kube.kubectl(["get", "pods", "-l", "app=simple-web-app", "-o", "jsonpath={.items[*].spec.nodeName}"]);
  t.true(nodes.stdout.split(" ").every((node) => /^node-\d$/.test(node)), nodes.stdout);
  const svc = await kube.kubectl(["get", "svc", "simple-web-service"]);
  t.regex(svc.stdout, /^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nsimple-web-service +LoadBalancer +[\d.]+ +\S+ +80:\d+\/TCP +\d+s\n$/);
  const all = await kube.kubectl(["get", "all"]);
  t.is(all.code, 0, all.stderr);
  for (const name of ["pod/simple-web-app-", "service/simple-web-service", "deployment.apps/simple-web-app", "replicaset.apps/simple-web-app-"]) t.true(all.stdout.includes(name), `${name} in\n${all.stdout}`);
});

kubectlTest("describe shows the Deployment's fields and its events", async (t) => {
  const described = await kube.kubectl(["describe", "deployment", "simple-web-app"]);
  t.is(described.code, 0, described.stderr);
  t.regex(described.stdout, /^Name: +simple-web-app\nNamespace: +default\n/);
  t.regex(described.stdout, /\nReplicas: +3 desired \| 3 updated \| 3 total \| 3 available \| 0 unavailable\n/);
  t.regex(described.stdout, /\nStrategyType: +RollingUpdate\n/);
  t.regex(described.stdout, /\nNewReplicaSet: +simple-web-app-\w+ \(3\/3 replicas created\)\n/);
});

kubectlTest("logs prints a pod's output and -f follows it", async (t) => {
  const pod = (await kube.kubectl(["get", "pods", "-l", "app=simple-web-app", "-o", "jsonpath={.items[0].metadata.name}"])).stdout;
  // Ready is not "has written its first line": wait for the line the hello server prints once listening.
  const logs = await eventually(() => kube.kubectl(["logs", pod]), (result) => result.code !== 0 || result.stdout.includes("listening"), "the pod's first log line");
  t.is(logs.code, 0, logs.stderr);
  t.regex(logs.stdout, /^hello: .* listening on :\d+\n/);
  const follower = spawn("kubectl", ["logs", "-f", pod], { env: { PATH: process.env.PATH, HOME: kube.dir, KUBECONFIG: kube.kubeconfig } });
  let followed = "";
  follower.stdout.on("data", (chunk: Buffer) => (followed += chunk.toString()));
  try {
    await eventually(async () => followed, (text) => text.length >= logs.stdout.length, "the followed log shows the existing lines");
    t.true(followed.startsWith(logs.stdout.slice(0, 40)));
    t.is(follower.exitCode, null, "-f keeps following");
  } finally {
    follower.kill();
  }
});

kubectlTest("scale changes the replicas and rollout status waits for them", async (t) => {
  const scaled = await kube.kubectl(["scale", "deployment/simple-web-app", "--replicas=5"]);
  t.is(scaled.code, 0, scaled.stderr);
  t.is(scaled.stdout, "deployment.apps/simple-web-app scaled\n");
  const status = await kube.kubectl(["rollout", "status", "deployment/simple-web-app", "--timeout=90s"], { timeoutMs: 100_000 });
  t.is(status.code, 0, status.stderr);
  t.like(await kube.kubectl(["get", "deploy", "simple-web-app", "-o", "jsonpath={.status.readyReplicas}"]), { stdout: "5" });
});

kubectlTest("a re-apply of a manifest without replicas keeps the replicas kubectl scale set", async (t) => {
  // As with Kubernetes: replicas the manifest never set belong to whoever scaled.
  const manifest = (await readFile(join(web, "deployment.yaml"), "utf8")).replace("name: simple-web-app\n", "name: scaled-web\n").replace(/\n {2}replicas: 3\n/, "\n");
  const path = join(kube.dir, "no-replicas.yaml");
  await writeFile(path, manifest);
  t.like(await kube.kubectl(["apply", "-f", path]), { code: 0, stdout: "deployment.apps/scaled-web created\n" });
  const scaled = await kube.kubectl(["scale", "deployment/scaled-web", "--replicas=4"]);
  t.is(scaled.code, 0, scaled.stderr);
  const reapplied = await kube.kubectl(["apply", "-f", path]);
  t.is(reapplied.code, 0, reapplied.stderr);
  t.is(reapplied.stdout, "deployment.apps/scaled-web unchanged\n");
  t.like(await kube.kubectl(["get", "deploy", "scaled-web", "-o", "jsonpath={.spec.replicas}"]), { stdout: "4" });
  const serverSide = await kube.kubectl(["apply", "--server-side", "-f", path]);
  t.is(serverSide.code, 0, serverSide.stderr);
  t.like(await kube.kubectl(["get", "deploy", "scaled-web", "-o", "jsonpath={.spec.replicas}"]), { stdout: "4" });
  t.like(await kube.kubectl(["delete", "deploy", "scaled-web"]), { code: 0 });
});

kubectlTest("a changed image rolls out, history lists both revisions and undo goes back", async (t) => {
  const set = await kube.kubectl(["set", "image", "deployment/simple-web-app", "web-app=hello:plain-text"]);
  t.is(set.code, 0, set.stderr);
  t.is(set.stdout, "deployment.apps/simple-web-app image updated\n");
  const status = await kube.kubectl(["rollout", "status", "deployment/simple-web-app", "--timeout=120s"], { timeoutMs: 130_000 });
  t.is(status.code, 0, status.stderr);
  const history = await kube.kubectl(["rollout", "history", "deployment/simple-web-app"]);
  t.is(history.code, 0, history.stderr);
  t.regex(history.stdout, /^deployment.apps\/simple-web-app \nREVISION +CHANGE-CAUSE\n1 +<none>\n2 +<none>\n/);
  const undo = await kube.kubectl(["rollout", "undo", "deployment/simple-web-app"]);
  t.is(undo.code, 0, undo.stderr);
  t.is(undo.stdout, "deployment.apps/simple-web-app rolled back\n");
  await kube.kubectl(["rollout", "status", "deployment/simple-web-app", "--timeout=120s"], { timeoutMs: 130_000 });
  t.like(await kube.kubectl(["get", "deploy", "simple-web-app", "-o", "jsonpath={.spec.template.spec.containers[0].image}"]), { stdout: "nginxdemos/hello:plain-text" });
});

kubectlTest("exec runs a command in a pod and passes its exit code", async (t) => {
  t.like(await kube.kubectl(["exec", "deployment/simple-web-app", "--", "echo", "hi"]), { code: 0, stdout: "hi\n" });
  t.like(await kube.kubectl(["exec", "deployment/simple-web-app", "--", "sh", "-c", "exit 3"]), { code: 3 });
});

kubectlTest("port-forward carries 10 requests to a pod of the Deployment", async (t) => {
  const localPort = 20_000 + Math.floor(Math.random() * 20_000);
  // The pods have no readiness probe, so Ready comes before the server listens (as in Kubernetes):
  // wait for each pod's "listening" line; then kubectl picks a running pod of the Deployment itself.
  const names = (await kube.kubectl(["get", "pods", "-l", "app=simple-web-app", "-o", "name"])).stdout.trim().split("\n");
  for (const name of names) await eventually(() => kube.kubectl(["logs", name]), (result) => result.code !== 0 || result.stdout.includes("listening"), `${name} listening`);
  const forwarder = spawn("kubectl", ["port-forward", "deployment/simple-web-app", `${localPort}:80`], { env: { PATH: process.env.PATH, HOME: kube.dir, KUBECONFIG: kube.kubeconfig } });
  let out = "";
  forwarder.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  try {
    await eventually(async () => out, (text) => text.includes("Forwarding from"), "port-forward is listening");
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await httpGet(localPort));
    // The hello server names the address it listens on: the pod's own.
    for (const answer of answers) t.regex(answer, /^Server address: 127\.\d+\.\d+\.\d+:\d+\n/);
  } finally {
    forwarder.kill();
  }
});

kubectlTest("delete --wait removes the Deployment, its ReplicaSets and pods", async (t) => {
  const deleted = await kube.kubectl(["delete", "deployment", "simple-web-app", "--wait", "--timeout=60s"], { timeoutMs: 70_000 });
  t.is(deleted.code, 0, deleted.stderr);
  t.is(deleted.stdout, 'deployment.apps "simple-web-app" deleted\n');
  await eventually(async () => (await kube.kubectl(["get", "pods", "-l", "app=simple-web-app", "-o", "name"])).stdout, (names) => names === "", "the pods are gone", 60_000);
});

kubectlTest("the Redis StatefulSet example rolls out: rollout status sts waits for its three pods in order", async (t) => {
  if (process.getuid?.() !== 0) return t.log("not root: the Redis claims are bind mounts in the containers' mount namespaces, which need root; skipped");
  const redis = join(REPO_ROOT, "examples", "redis");
  const applied = await kube.kubectl(["apply", "-f", join(redis, "statefulset.yaml"), "-f", join(redis, "service.yaml")]);
  t.is(applied.code, 0, applied.stderr);
  const status = await kube.kubectl(["rollout", "status", "statefulset/redis-cluster", "--timeout=150s"], { timeoutMs: 160_000 });
  t.is(status.code, 0, status.stderr);
  t.regex(status.stdout, /partitioned roll out complete: 3 new pods have been updated...\n$|statefulset rolling update complete 3 pods at revision redis-cluster-\w+...\n$/);
  const sts = await kube.kubectl(["get", "sts", "redis-cluster"]);
  t.regex(sts.stdout, /^NAME +READY +AGE\nredis-cluster +3\/3 +\d+s\n$/);
  const claims = await kube.kubectl(["get", "pvc", "-o", "name"]);
  t.is(claims.stdout, "persistentvolumeclaim/redis-data-redis-cluster-0\npersistentvolumeclaim/redis-data-redis-cluster-1\npersistentvolumeclaim/redis-data-redis-cluster-2\n");
  t.like(await kube.kubectl(["delete", "-f", join(redis, "statefulset.yaml"), "-f", join(redis, "service.yaml"), "--wait", "--timeout=60s"], { timeoutMs: 70_000 }), { code: 0 });
});

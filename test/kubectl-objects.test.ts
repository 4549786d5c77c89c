// The real kubectl against Troupe's Kubernetes front end, for everything that needs only the API:
// create, get in every output, watch, label, annotate, each patch type, edit, apply (client-side
// and server-side, with a conflict), diff, delete --wait, explain, api-resources. Outputs and exit
// codes as kubectl gives them against Kubernetes.
import { spawn } from "node:child_process";
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";

const missing = kubectlMissing();
if (missing) console.log(`kubectl-objects: skipping every test: ${missing}`);
const kubectlTest = missing ? test.skip : test.serial;

let cluster: ApiTestCluster;
let kube: KubeApiFixture;

test.before(async () => {
  if (missing) return;
  cluster = await startApiTestCluster();
  kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

const configMap = (name: string, data: Record<string, string>) => JSON.stringify({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, data });

async function manifest(name: string, text: string): Promise<string> {
  const path = join(kube.dir, name);
  await writeFile(path, text);
  return path;
}

kubectlTest("create configmap, secret generic, deployment and namespace print what kubectl prints", async (t) => {
  t.like(await kube.kubectl(["create", "configmap", "settings", "--from-literal=mode=dev", "--from-literal=level=3"]), { code: 0, stdout: "configmap/settings created\n" });
  t.like(await kube.kubectl(["create", "secret", "generic", "token", "--from-literal=key=s3cret"]), { code: 0, stdout: "secret/token created\n" });
  t.like(await kube.kubectl(["create", "deployment", "made", "--image=hello:plain-text", "--replicas=2"]), { code: 0, stdout: "deployment.apps/made created\n" });
  t.like(await kube.kubectl(["create", "namespace", "team-a"]), { code: 0, stdout: "namespace/team-a created\n" });
  const again = await kube.kubectl(["create", "namespace", "team-a"]);
  t.is(again.code, 1);
  t.is(again.stderr, 'Error from server (AlreadyExists): namespaces "team-a" already exists\n');
  const secret = JSON.parse((await kube.kubectl(["get", "secret", "token", "-o", "json"])).stdout) as { data: Record<string, string> };
  t.is(Buffer.from(secret.data.key, "base64").toString(), "s3cret");
  const deployment = JSON.parse((await kube.kubectl(["get", "deploy", "made", "-o", "json"])).stdout) as { spec: { replicas: number; template: { spec: { containers: { image: string }[] } } } };
  t.is(deployment.spec.replicas, 2);
  t.is(deployment.spec.template.spec.containers[0].image, "hello:plain-text");
});

kubectlTest("get prints kubectl's columns and -o yaml, json, jsonpath and name", async (t) => {
  const table = await kube.kubectl(["get", "configmap", "settings"]);
  t.is(table.code, 0, table.stderr);
  t.regex(table.stdout, /^NAME +DATA +AGE\nsettings +2 +\d+s\n$/);
  const yaml = await kube.kubectl(["get", "cm", "settings", "-o", "yaml"]);
  t.regex(yaml.stdout, /^apiVersion: v1\ndata:\n {2}level: "3"\n {2}mode: dev\nkind: ConfigMap\nmetadata:\n/);
  const json = JSON.parse((await kube.kubectl(["get", "cm", "settings", "-o", "json"])).stdout) as { metadata: { uid: string; resourceVersion: string } };
  t.truthy(json.metadata.uid);
  t.like(await kube.kubectl(["get", "cm", "settings", "-o", "jsonpath={.data.mode}"]), { code: 0, stdout: "dev" });
  t.like(await kube.kubectl(["get", "cm", "-o", "name"]), { code: 0 });
  t.regex((await kube.kubectl(["get", "cm", "-o", "name"])).stdout, /^configmap\/settings$/m);
  const missingOne = await kube.kubectl(["get", "cm", "nope"]);
  t.is(missingOne.code, 1);
  t.is(missingOne.stderr, 'Error from server (NotFound): configmaps "nope" not found\n');
});

kubectlTest("get -w prints the current rows, then each change as it happens", async (t) => {
  const watcher = spawn("kubectl", ["get", "configmaps", "-w"], { env: { PATH: process.env.PATH, HOME: kube.dir, KUBECONFIG: kube.kubeconfig } });
  let out = "";
  watcher.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  try {
    const seen = async (pattern: RegExp) => {
      const deadline = Date.now() + 15_000;
      while (!pattern.test(out) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      return pattern.test(out);
    };
    t.true(await seen(/^NAME +DATA +AGE\n/), out);
    t.true(await seen(/\nsettings +2 /), out);
    await kube.kubectl(["create", "configmap", "watched", "--from-literal=a=1"]);
    t.true(await seen(/\nwatched +1 /), out);
    // The header is printed once.
    t.is(out.match(/NAME +DATA/g)?.length, 1);
  } finally {
    watcher.kill();
  }
});

kubectlTest("label and annotate add, overwrite and remove, as kubectl reports them", async (t) => {
  t.like(await kube.kubectl(["label", "cm", "settings", "tier=backend"]), { code: 0, stdout: "configmap/settings labeled\n" });
  const clash = await kube.kubectl(["label", "cm", "settings", "tier=frontend"]);
  t.is(clash.code, 1);
  t.regex(clash.stderr, /'tier' already has a value \(backend\), and --overwrite is false/);
  t.like(await kube.kubectl(["label", "cm", "settings", "tier=frontend", "--overwrite"]), { code: 0, stdout: "configmap/settings labeled\n" });
  t.like(await kube.kubectl(["annotate", "cm", "settings", "owner=team-a"]), { code: 0, stdout: "configmap/settings annotated\n" });
  t.like(await kube.kubectl(["get", "cm", "settings", "-o", "jsonpath={.metadata.labels.tier}/{.metadata.annotations.owner}"]), { stdout: "frontend/team-a" });
  t.like(await kube.kubectl(["label", "cm", "settings", "tier-"]), { code: 0, stdout: "configmap/settings unlabeled\n" });
  t.like(await kube.kubectl(["get", "cm", "settings", "-o", "jsonpath={.metadata.labels}"]), { stdout: "" });
});

kubectlTest("patch applies merge, JSON and strategic patches, and refuses one that does not apply", async (t) => {
  t.like(await kube.kubectl(["patch", "cm", "settings", "--type=merge", "-p", '{"data":{"mode":"prod"}}']), { code: 0, stdout: "configmap/settings patched\n" });
  t.like(await kube.kubectl(["patch", "cm", "settings", "--type=json", "-p", '[{"op":"add","path":"/data/extra","value":"x"}]']), { code: 0, stdout: "configmap/settings patched\n" });
  t.like(await kube.kubectl(["patch", "deploy", "made", "-p", '{"spec":{"template":{"spec":{"containers":[{"name":"hello","image":"hello:v2"}]}}}}']), { code: 0, stdout: "deployment.apps/made patched\n" });
  const images = await kube.kubectl(["get", "deploy", "made", "-o", "jsonpath={.spec.template.spec.containers[*].image}"]);
  t.is(images.stdout, "hello:v2", "the strategic patch merged the container by name instead of replacing the list");
  t.like(await kube.kubectl(["patch", "cm", "settings", "--type=merge", "-p", '{"data":{"mode":"prod"}}']), { code: 0, stdout: "configmap/settings patched (no change)\n" });
  const failed = await kube.kubectl(["patch", "cm", "settings", "--type=json", "-p", '[{"op":"test","path":"/data/mode","value":"dev"}]']);
  t.is(failed.code, 1);
  t.regex(failed.stderr, /^The request is invalid: .*test \/data\/mode/);
  t.like(await kube.kubectl(["get", "cm", "settings", "-o", "jsonpath={.data.mode}"]), { stdout: "prod" });
});

kubectlTest("edit saves what a scripted EDITOR changed", async (t) => {
  const editor = join(kube.dir, "editor.sh");
  await writeFile(editor, "#!/bin/sh\nsed -i 's/mode: prod/mode: edited/' \"$1\"\n");
  await chmod(editor, 0o755);
  const edit = await kube.kubectl(["edit", "cm", "settings"], { env: { EDITOR: editor } });
  t.is(edit.code, 0, edit.stderr);
  t.is(edit.stdout, "configmap/settings edited\n");
  t.like(await kube.kubectl(["get", "cm", "settings", "-o", "jsonpath={.data.mode}"]), { stdout: "edited" });
});

kubectlTest("apply creates, configures, then reports unchanged; diff shows a pending change", async (t) => {
  const path = await manifest("applied.json", configMap("applied", { a: "1" }));
  t.like(await kube.kubectl(["apply", "-f", path]), { code: 0, stdout: "configmap/applied created\n" });
  t.like(await kube.kubectl(["apply", "-f", path]), { code: 0, stdout: "configmap/applied unchanged\n" });
  await writeFile(path, configMap("applied", { a: "2" }));
  const diff = await kube.kubectl(["diff", "-f", path]);
  t.is(diff.code, 1, "kubectl diff exits 1 when there are differences");
  t.regex(diff.stdout, /-  a: "1"\n\+  a: "2"/);
  t.like(await kube.kubectl(["apply", "-f", path]), { code: 0, stdout: "configmap/applied configured\n" });
  t.like(await kube.kubectl(["diff", "-f", path]), { code: 0, stdout: "" });
});

kubectlTest("apply --server-side records the manager and a second manager's change is a conflict until forced", async (t) => {
  const path = await manifest("ssa.json", configMap("ssa", { owner: "first" }));
  t.like(await kube.kubectl(["apply", "--server-side", "-f", path]), { code: 0, stdout: "configmap/ssa serverside-applied\n" });
  const managed = JSON.parse((await kube.kubectl(["get", "cm", "ssa", "-o", "json", "--show-managed-fields"])).stdout) as { metadata: { managedFields: { manager: string; operation: string }[] } };
  t.true(managed.metadata.managedFields.some((entry) => entry.manager === "kubectl" && entry.operation === "Apply"));
  await writeFile(path, configMap("ssa", { owner: "second" }));
  const conflict = await kube.kubectl(["apply", "--server-side", "--field-manager=other", "-f", path]);
  t.is(conflict.code, 1);
  t.regex(conflict.stderr, /Apply failed with 1 conflict: conflict with "kubectl".*\.data\.owner/s);
  t.like(await kube.kubectl(["apply", "--server-side", "--field-manager=other", "--force-conflicts", "-f", path]), { code: 0, stdout: "configmap/ssa serverside-applied\n" });
  t.like(await kube.kubectl(["get", "cm", "ssa", "-o", "jsonpath={.data.owner}"]), { stdout: "second" });
});

kubectlTest("delete --wait returns once the object is gone", async (t) => {
  t.like(await kube.kubectl(["delete", "cm", "applied", "--wait"]), { code: 0, stdout: 'configmap "applied" deleted\n' });
  const gone = await kube.kubectl(["get", "cm", "applied"]);
  t.is(gone.code, 1);
  const again = await kube.kubectl(["delete", "cm", "applied"]);
  t.is(again.code, 1);
  t.is(again.stderr, 'Error from server (NotFound): configmaps "applied" not found\n');
});

kubectlTest("api-resources lists the served kinds and explain prints a field's documentation", async (t) => {
  const resources = await kube.kubectl(["api-resources"]);
  t.is(resources.code, 0, resources.stderr);
  t.regex(resources.stdout, /^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND\n/);
  t.regex(resources.stdout, /\ndeployments +deploy +apps\/v1 +true +Deployment\n/);
  const explain = await kube.kubectl(["explain", "deployment.spec.strategy"]);
  t.is(explain.code, 0, explain.stderr);
  t.regex(explain.stdout, /^GROUP: +apps\nKIND: +Deployment\nVERSION: +v1\n/);
  t.regex(explain.stdout, /FIELD: strategy <DeploymentStrategy>/);
  t.regex(explain.stdout, /rollingUpdate\t<RollingUpdateDeployment>/);
});

kubectlTest("auth can-i answers yes: without authorization configured every caller is the cluster admin", async (t) => {
  t.like(await kube.kubectl(["auth", "can-i", "create", "deployments"]), { code: 0, stdout: "yes\n" });
  t.like(await kube.kubectl(["auth", "can-i", "delete", "nodes"]), { code: 0, stdout: "yes\n" });
});

kubectlTest("list resourceVersion semantics: Exact of a past revision is 410, a future one is refused", async (t) => {
  const rv = JSON.parse((await kube.kubectl(["get", "--raw", "/api/v1/namespaces/default/configmaps"])).stdout).metadata.resourceVersion as string;
  await kube.kubectl(["create", "configmap", "after-list", "--from-literal=a=1"]);
  const exact = await kube.kubectl(["get", "--raw", `/api/v1/namespaces/default/configmaps?resourceVersion=${rv}&resourceVersionMatch=Exact`]);
  t.is(exact.code, 1);
  t.regex(exact.stderr, /Error from server \(Expired\): too old resource version/);
  const notOlder = await kube.kubectl(["get", "--raw", `/api/v1/namespaces/default/configmaps?resourceVersion=${rv}&resourceVersionMatch=NotOlderThan`]);
  t.is(notOlder.code, 0, notOlder.stderr);
  t.true(notOlder.stdout.includes('"after-list"'));
  const future = await kube.kubectl(["get", "--raw", `/api/v1/namespaces/default/configmaps?resourceVersion=${Number(rv) + 100000}`]);
  t.is(future.code, 1);
  t.regex(future.stderr, /Too large resource version/);
});

// The day-2 object commands against a real one-node cluster: patch of each type, label and
// annotate, edit with a scripted editor, diff's exit codes, cp both ways, port-forward with
// concurrent requests, and the refusals of bad input, each naming the problem.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { findFreePort } from "../runtime/free-port.ts";
import { REPO_ROOT, startTroupe, troupe as runTroupe, type CliResult } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

let cluster: WorkloadCluster;
let scratch: string;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1 });
  scratch = await mkdtemp(join(tmpdir(), "troupe-cli-day2-"));
  const applied = await troupe(["apply", "-f", join(REPO_ROOT, "examples", "hello", "deployment.yaml")]);
  if (applied.code !== 0) throw new Error(applied.stderr);
  await eventually(readyPods, (pods) => pods.length === 3, "three Ready hello pods", 90_000);
});

test.after.always(async () => {
  await cluster?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const troupe = (args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> =>
  runTroupe(args, { env: { TROUPE_NATS_URL: cluster.server.url, ...options.env }, stdin: options.stdin });

interface DeploymentJson extends KubeObject {
  spec: { replicas?: number; template: { spec: { containers: { name: string; image: string; env?: { name: string; value?: string }[] }[] } } };
}

const hello = async () => (await cluster.json.get("deployments", "hello", { namespace: "default" })) as DeploymentJson;
async function readyPods(): Promise<KubeObject[]> {
  const pods = (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items;
  return pods.filter((pod) => !pod.metadata?.deletionTimestamp && ((pod.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"));
}

test.serial("patch: a strategic merge of containers merges by name, merge and json patches change exactly what they say", async (t) => {
  const before = await hello();
  const strategic = await troupe(["patch", "deployment", "hello", "-p", '{"spec":{"template":{"spec":{"containers":[{"name":"hello","env":[{"name":"MODE","value":"patched"}]}]}}}}']);
  t.is(strategic.code, 0, strategic.stderr);
  t.is(strategic.stdout, "deployment.apps/hello patched\n");
  const merged = await hello();
  t.is(merged.spec.template.spec.containers.length, 1);
  t.is(merged.spec.template.spec.containers[0].image, before.spec.template.spec.containers[0].image, "the image stays");
  t.deepEqual(merged.spec.template.spec.containers[0].env?.map((e) => e.name), [...(before.spec.template.spec.containers[0].env ?? []).map((e) => e.name), "MODE"]);

  const merge = await troupe(["patch", "deploy/hello", "--type", "merge", "-p", "metadata:\n  labels:\n    tier: front\n"]);
  t.is(merge.code, 0, merge.stderr);
  t.is((await hello()).metadata?.labels?.tier, "front");
  const again = await troupe(["patch", "deploy/hello", "--type", "merge", "-p", '{"metadata":{"labels":{"tier":"front"}}}']);
  t.is(again.stdout, "deployment.apps/hello patched (no change)\n", again.stderr);

  const json = await troupe(["patch", "deploy", "hello", "--type", "json", "-p", '[{"op":"replace","path":"/spec/replicas","value":2},{"op":"remove","path":"/metadata/labels/tier"}]', "-o", "json"]);
  t.is(json.code, 0, json.stderr);
  const printed = JSON.parse(json.stdout) as DeploymentJson;
  t.is(printed.spec.replicas, 2);
  t.is(printed.metadata?.labels?.tier, undefined);
  t.deepEqual(printed.spec.template, merged.spec.template, "the template is untouched");

  const scale = await troupe(["patch", "deploy", "hello", "--subresource", "scale", "--type", "merge", "-p", '{"spec":{"replicas":3}}']);
  t.is(scale.stdout, "deployment.apps/hello patched\n", scale.stderr);
  t.is((await hello()).spec.replicas, 3);
});

test.serial("patch refuses a patch that does not parse and one that changes an immutable field", async (t) => {
  const unparsable = await troupe(["patch", "deploy", "hello", "-p", '{"spec": {'] );
  t.is(unparsable.code, 1);
  t.regex(unparsable.stderr, /^error: unable to parse "\{"spec": \{": /);
  const notList = await troupe(["patch", "deploy", "hello", "--type", "json", "-p", '{"op":"add"}']);
  t.is(notList.code, 1);
  t.regex(notList.stderr, /a json patch is a list of operations/);
  const selector = await troupe(["patch", "deploy", "hello", "--type", "merge", "-p", '{"spec":{"selector":{"matchLabels":{"app":"other"}}}}']);
  t.is(selector.code, 1);
  t.regex(selector.stderr, /spec\.selector/);
  t.regex(selector.stderr, /immutable/);
  const service = { apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "hello" }, ports: [{ port: 80 }] } };
  await cluster.json.create(service);
  const clusterIp = await troupe(["patch", "svc", "web", "-p", '{"spec":{"clusterIP":"10.0.0.99"}}']);
  t.is(clusterIp.code, 1);
  t.regex(clusterIp.stderr, /spec\.clusterIPs?/);
  t.regex(clusterIp.stderr, /immutable/);
  const badType = await troupe(["patch", "deploy", "hello", "--type", "yaml", "-p", "{}"]);
  t.is(badType.code, 1);
  t.regex(badType.stderr, /invalid value "yaml" for --type: use one of strategic, merge, json/);
});

test.serial("label and annotate set and remove keys, and refuse to change a value without --overwrite", async (t) => {
  const set = await troupe(["label", "deploy", "hello", "tier=front", "team=a"]);
  t.is(set.stdout, "deployment.apps/hello labeled\n", set.stderr);
  const refused = await troupe(["label", "deploy/hello", "tier=back"]);
  t.is(refused.code, 1);
  t.is(refused.stderr, "error: 'tier' already has a value (front), and --overwrite is false\n");
  t.is((await hello()).metadata?.labels?.tier, "front");
  const overwritten = await troupe(["label", "deploy/hello", "tier=back", "team-", "--overwrite"]);
  t.is(overwritten.code, 0, overwritten.stderr);
  const labels = (await hello()).metadata?.labels ?? {};
  t.is(labels.tier, "back");
  t.false("team" in labels);
  const listed = await troupe(["label", "deploy", "hello", "--list"]);
  t.regex(listed.stdout, /^tier=back$/m);
  const stale = await troupe(["label", "deploy", "hello", "x=1", "--resource-version", "1"]);
  t.is(stale.code, 1);
  t.regex(stale.stderr, /Conflict/);

  const annotated = await troupe(["annotate", "pods", "-l", "app=hello", "owner=team-a"]);
  t.is(annotated.code, 0, annotated.stderr);
  t.is(annotated.stdout.match(/^pod\/hello-\S+ annotated$/gm)?.length, 3, annotated.stdout);
  const removed = await troupe(["annotate", "deploy", "hello", "owner-"]);
  t.regex(removed.stderr, /annotation "owner" not found/);
  t.is(removed.stdout, "deployment.apps/hello not annotated\n");
});

async function editorScript(name: string, body: string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, `#!/bin/sh\n${body}\n`);
  await chmod(path, 0o755);
  return path;
}

test.serial("edit sends the edited object, and re-opens the file with the API's errors when it is invalid", async (t) => {
  const log = join(scratch, "edit-log");
  // First save: replicas -1 (invalid); second, seeing the error at the top: replicas 4.
  const editor = await editorScript("edit-replicas.sh", [
    `if grep -q "was not valid" "$1"; then grep "^#" "$1" >> ${log}; sed -i 's/^  replicas: -1$/  replicas: 4/' "$1";`,
    `else sed -i 's/^  replicas: 3$/  replicas: -1/' "$1"; fi`,
  ].join("\n"));
  const edited = await troupe(["edit", "deploy/hello"], { env: { TROUPE_EDITOR: editor } });
  t.is(edited.code, 0, edited.stderr);
  t.is(edited.stdout, "deployment.apps/hello edited\n");
  t.is((await hello()).spec.replicas, 4);
  const header = await readFile(log, "utf8");
  t.regex(header, /^# Please edit the object below\./);
  t.regex(header, /# deployments\.apps "hello" was not valid:\n# \* spec\.replicas: .*-1/);

  const unchanged = await troupe(["edit", "deployment", "hello"], { env: { EDITOR: "true" } });
  t.is(unchanged.stdout, "Edit cancelled, no changes made.\n", unchanged.stderr);
  const failing = await troupe(["edit", "deploy/hello"], { env: { KUBE_EDITOR: await editorScript("fail.sh", "exit 3") } });
  t.is(failing.code, 1);
  const copy = /A copy of your changes has been stored to "([^"]+)"/.exec(failing.stderr);
  t.truthy(copy, failing.stderr);
  t.regex(await readFile(copy![1], "utf8"), /name: hello/);
});

test.serial("diff exits 0 without differences, 1 with a unified diff of them, above 1 on an error", async (t) => {
  const manifest = join(REPO_ROOT, "examples", "hello", "deployment.yaml");
  t.is((await troupe(["apply", "-f", manifest, "--force-conflicts"])).code, 0);
  await troupe(["scale", "deploy", "hello", "--replicas", "3"]);
  const same = await troupe(["diff", "-f", manifest]);
  t.is(same.code, 0, same.stdout + same.stderr);
  t.is(same.stdout, "");
  const text = (await readFile(manifest, "utf8")).replace(/replicas: 3/, "replicas: 5");
  const changed = join(scratch, "hello-5.yaml");
  await writeFile(changed, text);
  const differs = await troupe(["diff", "-f", changed, "--force-conflicts"]);
  t.is(differs.code, 1, differs.stderr);
  t.regex(differs.stdout, /^diff -u -N \S+\/apps\.v1\.Deployment\.default\.hello \S+\/apps\.v1\.Deployment\.default\.hello$/m);
  t.regex(differs.stdout, /^-  replicas: 3$/m);
  t.regex(differs.stdout, /^\+  replicas: 5$/m);
  t.notRegex(differs.stdout, /managedFields|resourceVersion|generation/);
  t.is((await hello()).spec.replicas, 3, "diff changed nothing");
  const external = await troupe(["diff", "-f", changed, "--force-conflicts"], { env: { KUBECTL_EXTERNAL_DIFF: "echo compared" } });
  t.regex(external.stdout, /^compared \S+LIVE-\S+ \S+MERGED-\S+\n$/);
  const broken = join(scratch, "broken.yaml");
  await writeFile(broken, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hello\nspec:\n  replicas: many\n");
  const error = await troupe(["diff", "-f", broken]);
  t.true((error.code ?? 0) > 1, `exit ${error.code}`);
  t.regex(error.stderr, /replicas/);
});

test.serial("cp copies a directory into a container and back", async (t) => {
  const [pod] = await readyPods();
  const name = pod.metadata!.name!;
  const source = join(scratch, "src");
  await mkdir(join(source, "nested"), { recursive: true });
  await writeFile(join(source, "a.txt"), "alpha\n");
  await writeFile(join(source, "nested", "b.bin"), Buffer.alloc(300_000, 7));
  const remote = join(scratch, "in-pod");
  const up = await troupe(["cp", source, `${name}:${remote}`]);
  t.is(up.code, 0, up.stderr);
  const listing = await troupe(["exec", name, "--", "sh", "-c", `cat ${remote}/a.txt; wc -c < ${remote}/nested/b.bin`]);
  t.is(listing.stdout.replace(/ +/g, ""), "alpha\n300000\n", listing.stderr);

  const back = join(scratch, "back");
  const down = await troupe(["cp", `default/${name}:${remote}`, back]);
  t.is(down.code, 0, down.stderr);
  t.is(await readFile(join(back, "a.txt"), "utf8"), "alpha\n");
  t.deepEqual(await readFile(join(back, "nested", "b.bin")), Buffer.alloc(300_000, 7));
  const file = await troupe(["cp", `${name}:${remote}/a.txt`, join(scratch, "single.txt")]);
  t.is(file.code, 0, file.stderr);
  t.is(await readFile(join(scratch, "single.txt"), "utf8"), "alpha\n");
  const missing = await troupe(["cp", `${name}:${remote}/nope`, join(scratch, "nope")]);
  t.is(missing.code, 1);
  t.regex(missing.stderr, /nope/);
});

test.serial("port-forward carries 20 concurrent HTTP requests to a pod", async (t) => {
  const [pod] = await readyPods();
  const local = await findFreePort();
  const forward = startTroupe(["port-forward", `pod/${pod.metadata!.name!}`, `${local}:80`], { env: { TROUPE_NATS_URL: cluster.server.url } });
  try {
    await forward.waitFor("stdout", /Forwarding from 127\.0\.0\.1:\d+ -> 80/);
    const answers = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const response = await fetch(`http://127.0.0.1:${local}/r${i}`, { headers: { connection: "close" } });
      return { status: response.status, body: await response.text() };
    }));
    t.true(answers.every((answer) => answer.status === 200), JSON.stringify(answers.map((a) => a.status)));
    t.true(answers.every((answer) => answer.body.includes(pod.metadata!.name!)), answers[0].body);
  } finally {
    forward.child.kill("SIGINT");
  }
  t.is(await forward.exited, 0);
});

test.serial("exec into a container the pod does not have is refused naming the containers", async (t) => {
  const [pod] = await readyPods();
  const result = await troupe(["exec", pod.metadata!.name!, "-c", "sidecar", "--", "true"]);
  t.is(result.code, 1);
  t.is(result.stderr, `error: container sidecar is not valid for pod ${pod.metadata!.name!}; choose one of: [hello]\n`);
});

test.serial("a PodDisruptionBudget with both minAvailable and maxUnavailable is refused through the CLI", async (t) => {
  const budget = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: both\nspec:\n  minAvailable: 1\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: hello\n";
  const result = await troupe(["apply", "-f", "-"], { stdin: budget });
  t.is(result.code, 1);
  t.regex(result.stderr, /minAvailable and maxUnavailable cannot be both set/);
  t.regex(result.stderr, /spec/);
});

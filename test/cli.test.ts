// The troupe CLI against a real cluster: a nats-server of its own and the API service run as
// `node services/api/main.ts`, driven through the CLI as a subprocess with --server.
import { readFile } from "node:fs/promises";
import test from "ava";
import { parse } from "yaml";
import { startNatsServer, type NatsServerHandle } from "../runtime/nats-server.ts";
import { startApiProcess, type ApiProcess } from "./helpers/api-process.ts";
import { REPO_ROOT, startTroupe, troupe, type CliOptions } from "./helpers/troupe-cli.ts";

let nats: NatsServerHandle;
let api: ApiProcess;

test.before(async () => {
  nats = await startNatsServer();
  api = await startApiProcess(nats.url);
});

test.after.always(async () => {
  await api?.stop();
  await nats?.destroy();
});

const cli = (args: string[], options: CliOptions = {}) => troupe([...args, "--server", nats.url], options);

const configMap = (name: string, data: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`;

test.serial("apply reports created, then unchanged, then configured", async (t) => {
  const created = await cli(["apply", "-f", "examples/web/"]);
  t.is(created.stderr, "");
  t.is(created.code, 0);
  t.is(created.stdout, "deployment.apps/simple-web-app created\nservice/simple-web-service created\n");

  const again = await cli(["apply", "-f", "examples/web/"]);
  t.is(again.stdout, "deployment.apps/simple-web-app unchanged\nservice/simple-web-service unchanged\n");

  const manifest = await readFile(`${REPO_ROOT}/examples/web/deployment.yaml`, "utf8");
  const scaled = manifest.replace("replicas: 3", "replicas: 2");
  const configured = await cli(["apply", "-f", "-"], { stdin: scaled });
  t.is(configured.stdout, "deployment.apps/simple-web-app configured\n");
});

test.serial("get prints a kubectl-style table and each machine-readable format", async (t) => {
  const table = await cli(["get", "deploy"]);
  t.is(table.code, 0);
  t.regex(table.stdout, /^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nsimple-web-app +\d+\/2 +\d+ +\d+ +\d+s\n$/);

  const json = JSON.parse((await cli(["get", "deployment", "simple-web-app", "-o", "json"])).stdout) as { kind: string; spec: { replicas: number } };
  t.is(json.kind, "Deployment");
  t.is(json.spec.replicas, 2);

  const yaml = parse((await cli(["get", "svc", "simple-web-service", "-o", "yaml"])).stdout) as { kind: string; spec: { type: string } };
  t.is(yaml.kind, "Service");
  t.is(yaml.spec.type, "LoadBalancer");

  t.is((await cli(["get", "deploy,svc", "-o", "name"])).stdout, "deployment.apps/simple-web-app\nservice/simple-web-service\n");
  const list = JSON.parse((await cli(["get", "services", "-A", "-o", "json"])).stdout) as { kind: string; items: unknown[] };
  t.is(list.kind, "List");
  t.true(list.items.length >= 1);

  const all = await cli(["get", "services", "-A", "--show-labels"]);
  t.regex(all.stdout, /^NAMESPACE +NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE +LABELS\n/);
  t.regex(all.stdout, /\ndefault +simple-web-service +LoadBalancer +/);
});

test.serial("get of a missing object prints the server's NotFound and exits 1", async (t) => {
  const result = await cli(["get", "deploy", "nope"]);
  t.is(result.code, 1);
  t.is(result.stdout, "");
  t.is(result.stderr, 'Error from server (NotFound): deployments.apps "nope" not found\n');
});

test.serial("an empty listing says so on stderr and succeeds", async (t) => {
  const result = await cli(["get", "pods", "-n", "empty-namespace"]);
  t.is(result.code, 0);
  t.is(result.stderr, "No resources found in empty-namespace namespace.\n");
});

test.serial("an unknown kind is an error naming it", async (t) => {
  const result = await cli(["get", "widgets"]);
  t.is(result.code, 1);
  t.regex(result.stderr, /^error: the server doesn't have a resource type "widgets"/);
});

test.serial("malformed YAML is reported with file and line before anything is applied", async (t) => {
  const result = await cli(["apply", "-f", "-"], { stdin: `${configMap("bad-yaml", { a: "1" })}---\nkind: [unclosed\n` });
  t.is(result.code, 1);
  t.regex(result.stderr, /^error: STDIN:\d+:\d+: /);
  t.is(result.stdout, "");
  t.is((await cli(["get", "cm", "bad-yaml"])).code, 1, "the valid document before the error was not applied either");
});

test.serial("an unknown field is rejected by the server naming the field, and the other objects still apply", async (t) => {
  const bad = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: typo\nspec:\n  replicass: 3\n";
  const result = await cli(["apply", "-f", "-"], { stdin: `${bad}---\n${configMap("after-typo", { a: "1" })}` });
  t.is(result.code, 1);
  t.regex(result.stderr, /^Error from server \(\w+\): error when applying "STDIN": .*replicass/);
  t.regex(result.stderr, /\n {2}\* .*replicass/);
  t.is(result.stdout, "configmap/after-typo created\n");
});

test.serial("--dry-run=server validates without storing", async (t) => {
  const result = await cli(["apply", "-f", "-", "--dry-run=server"], { stdin: configMap("dry", { a: "1" }) });
  t.is(result.stdout, "configmap/dry created (server dry run)\n");
  t.is((await cli(["get", "cm", "dry"])).code, 1);
});

test.serial("describe shows the details of a deployment", async (t) => {
  const result = await cli(["describe", "deploy", "simple-web-app"]);
  t.is(result.code, 0);
  t.regex(result.stdout, /^Name: +simple-web-app\nNamespace: +default\n/);
  t.regex(result.stdout, /\nReplicas: +2 desired \|/);
  t.regex(result.stdout, /\n {4}web-app:\n {6}Image: +nginxdemos\/hello:plain-text\n/);
  t.regex(result.stdout, /\nEvents:/);
});

test.serial("get -w prints the listing, then each change, and stops cleanly on Ctrl-C", async (t) => {
  await cli(["apply", "-f", "-"], { stdin: configMap("listed", { a: "1" }) });
  const watch = startTroupe(["get", "configmaps", "-w", "--server", nats.url]);
  t.teardown(() => watch.child.kill("SIGKILL"));
  const listed = await watch.waitFor("stdout", /^listed +1 +\d+s$/m);
  t.regex(listed, /^NAME +DATA +AGE\n/);
  await cli(["apply", "-f", "-"], { stdin: configMap("watched", { a: "1", b: "2" }) });
  await watch.waitFor("stdout", /^watched +2 +\d+s$/m);
  watch.child.kill("SIGINT");
  t.is(await watch.exited, 0);
});

test.serial("delete removes objects by name and by file, and --ignore-not-found tolerates missing ones", async (t) => {
  const byName = await cli(["delete", "cm", "after-typo", "listed", "watched"]);
  t.is(byName.stdout, 'configmap "after-typo" deleted\nconfigmap "listed" deleted\nconfigmap "watched" deleted\n');
  const missing = await cli(["delete", "cm", "after-typo"]);
  t.is(missing.code, 1);
  t.is(missing.stderr, 'Error from server (NotFound): configmaps "after-typo" not found\n');
  t.is((await cli(["delete", "cm", "after-typo", "--ignore-not-found"])).code, 0);

  const byFile = await cli(["delete", "-f", "examples/web/", "--cascade=foreground"]);
  t.is(byFile.code, 0);
  t.is(byFile.stdout, 'deployment.apps "simple-web-app" deleted\nservice "simple-web-service" deleted\n');
});

test.serial("api-resources lists what discovery offers, version both versions", async (t) => {
  const resources = await cli(["api-resources"]);
  t.regex(resources.stdout, /^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND\n/);
  t.regex(resources.stdout, /\npods +po +v1 +true +Pod\n/);
  t.regex(resources.stdout, /\ndeployments +deploy +apps\/v1 +true +Deployment\n/);
  t.regex((await cli(["api-resources", "--namespaced=false", "-o", "name"])).stdout, /^namespaces\nnodes\n/);
  t.regex((await cli(["version"])).stdout, /^Client Version: v\d+\.\d+\.\d+\nServer Version: v\d+\.\d+\.\d+\n$/);
});

test("usage errors exit 1 and name what is wrong", async (t) => {
  const unknownFlag = await cli(["get", "pods", "--colour"]);
  t.is(unknownFlag.code, 1);
  t.regex(unknownFlag.stderr, /^error: unknown flag --colour for "troupe get"\nValid flags: /);
  const unknownCommand = await cli(["frob"]);
  t.is(unknownCommand.code, 1);
  t.regex(unknownCommand.stderr, /^error: unknown command "frob" for "troupe"/);
});

test("a server that is not there is a clear error", async (t) => {
  const result = await troupe(["get", "pods", "--server", "nats://127.0.0.1:1"]);
  t.is(result.code, 1);
  t.regex(result.stderr, /^error: cannot connect to the cluster at nats:\/\/127\.0\.0\.1:1 \(from --server\)/);
});

test.serial("scale sets a deployment's replicas; cordon and uncordon flip a node's schedulability", async (t) => {
  await cli(["apply", "-f", "-"], { stdin: "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: scalable}\nspec:\n  selector: {matchLabels: {app: s}}\n  template:\n    metadata: {labels: {app: s}}\n    spec: {containers: [{name: c, image: x}]}\n" });
  const scaled = await cli(["scale", "deploy", "scalable", "--replicas", "7"]);
  t.is(scaled.code, 0, scaled.stderr);
  t.is(scaled.stdout, "deployment.apps/scalable scaled\n");
  t.is(JSON.parse((await cli(["get", "deploy", "scalable", "-o", "json"])).stdout).spec.replicas, 7);
  const notScalable = await cli(["scale", "cm", "kube-root", "--replicas", "1"]);
  t.is(notScalable.code, 1);
  const badCount = await cli(["scale", "deploy", "scalable", "--replicas", "many"]);
  t.is(badCount.code, 1);
  t.regex(badCount.stderr, /--replicas must be a whole number/);

  await cli(["apply", "-f", "-"], { stdin: "apiVersion: v1\nkind: Node\nmetadata: {name: cordon-me}\n" });
  t.is((await cli(["cordon", "cordon-me"])).stdout, "node/cordon-me cordoned\n");
  t.is(JSON.parse((await cli(["get", "node", "cordon-me", "-o", "json"])).stdout).spec.unschedulable, true);
  t.is((await cli(["cordon", "cordon-me"])).stdout, "node/cordon-me already cordoned\n");
  t.is((await cli(["uncordon", "cordon-me"])).stdout, "node/cordon-me uncordoned\n");
});

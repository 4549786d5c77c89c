// troupe rollout against a real cluster (every role its own process, the process driver):
// history and undo, a stalled rollout past its progress deadline, pause / resume, restart.
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";
import { troupe } from "./helpers/troupe-cli.ts";

let cluster: WorkloadCluster;
test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 1 });
});
test.after.always(async () => {
  await cluster?.stop();
});

const cli = (...args: string[]) => troupe([...args, "--server", cluster.server.url]);

function deployment(name: string, greeting: string, options: { image?: string; cause?: string; deadline?: number } = {}): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default", annotations: options.cause ? { "kubernetes.io/change-cause": options.cause } : {} },
    spec: {
      replicas: 2,
      progressDeadlineSeconds: options.deadline ?? 600,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: "hello", image: options.image ?? "hello:plain-text", ports: [{ containerPort: 80 }], env: [{ name: "GREETING", value: greeting }] }] },
      },
    },
  };
}

/** Replaces the template (and change-cause) as `troupe apply` of a new version would. */
async function change(name: string, greeting: string, options: { image?: string; cause?: string } = {}): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.json.get("deployments", name, { namespace: "default" });
    const wanted = deployment(name, greeting, options);
    try {
      await cluster.json.update({ ...current, metadata: { ...current.metadata, annotations: wanted.metadata?.annotations }, spec: { ...(current.spec as object), template: (wanted.spec as { template: unknown }).template } });
      return;
    } catch (error) {
      if (attempt > 5) throw error;
    }
  }
}

const greetingOf = (object: KubeObject) =>
  ((object.spec as { template: { spec: { containers: { env: { value: string }[] }[] } } }).template.spec.containers[0].env[0].value);

async function rolledOut(name: string): Promise<void> {
  const status = await cli("rollout", "status", `deploy/${name}`, "--timeout", "50s");
  if (status.code !== 0) throw new Error(`rollout status of ${name} failed: ${status.stdout}${status.stderr}`);
}

test.serial("rollout history lists revisions with change-cause, undo returns to the previous and --to-revision to an older one", async (t) => {
  await cluster.json.create(deployment("hist", "one", { cause: "first" }));
  await rolledOut("hist");
  await change("hist", "two", { cause: "second" });
  await rolledOut("hist");
  await change("hist", "three", { cause: "third" });
  const status = await cli("rollout", "status", "deploy/hist", "--timeout", "50s");
  t.is(status.code, 0, status.stderr);
  t.regex(status.stdout, /deployment "hist" successfully rolled out\n$/);

  const history = await cli("rollout", "history", "deploy/hist");
  t.is(history.stdout, "deployment.apps/hist\nREVISION  CHANGE-CAUSE\n1         first\n2         second\n3         third\n\n");

  const undo = await cli("rollout", "undo", "deploy/hist");
  t.is(undo.stdout, "deployment.apps/hist rolled back\n");
  t.is(greetingOf(await cluster.json.get("deployments", "hist", { namespace: "default" })), "two");
  await rolledOut("hist");
  // The rolled-back ReplicaSet becomes the newest revision, as in Kubernetes.
  const renumbered = await eventually(() => cli("rollout", "history", "deploy/hist"), (r) => /\n4 +second\n/.test(r.stdout), "revision 2 renumbered 4");
  t.notRegex(renumbered.stdout, /\n2 /);

  t.is((await cli("rollout", "undo", "deploy/hist", "--to-revision", "1")).stdout, "deployment.apps/hist rolled back\n");
  t.is(greetingOf(await cluster.json.get("deployments", "hist", { namespace: "default" })), "one");
  await rolledOut("hist");

  const shown = await cli("rollout", "history", "deploy/hist", "--revision", "3");
  t.regex(shown.stdout, /^deployment.apps\/hist with revision #3\nPod Template:\n[\s\S]*value: three/);

  const skipped = await cli("rollout", "undo", "deploy/hist", "--to-revision", "5");
  t.is(skipped.stdout, "deployment.apps/hist skipped rollback (current template already matches revision 5)\n");
  const unknown = await cli("rollout", "undo", "deploy/hist", "--to-revision", "42");
  t.is(unknown.code, 1);
  t.is(unknown.stderr, "error: unable to find specified revision 42 in history\n");
});

test.serial("a rollout to an image that does not exist passes its progress deadline while the old pods stay Ready", async (t) => {
  await cluster.json.create(deployment("stall", "one", { deadline: 8 }));
  await rolledOut("stall");
  await change("stall", "one", { image: "hello:no-such-tag" });
  const status = await cli("rollout", "status", "deploy/stall", "--timeout", "50s");
  t.is(status.code, 1);
  t.is(status.stderr, 'error: deployment "stall" exceeded its progress deadline\n');
  const object = await cluster.json.get("deployments", "stall", { namespace: "default" });
  const conditions = (object.status as { conditions: { type: string; status: string; reason: string }[]; readyReplicas?: number }).conditions;
  t.like(conditions.find((c) => c.type === "Progressing"), { status: "False", reason: "ProgressDeadlineExceeded" });
  const pods = (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=stall" })).items;
  const ready = pods.filter((pod) => (pod.status as { conditions?: { type: string; status: string }[] }).conditions?.some((c) => c.type === "Ready" && c.status === "True"));
  t.is(ready.length, 2, `old pods keep serving: ${JSON.stringify(object.status)} ${JSON.stringify(pods.map((p) => [p.metadata?.name, p.status]))}`);

  const timedOut = await cli("rollout", "status", "deploy/stall", "--watch=false");
  t.is(timedOut.code, 1);
});

test.serial("pause holds a changed deployment back, resume rolls it out, restart replaces every pod", async (t) => {
  await cluster.json.create(deployment("held", "one"));
  await rolledOut("held");
  t.is((await cli("rollout", "pause", "deploy/held")).stdout, "deployment.apps/held paused\n");
  const again = await cli("rollout", "pause", "deploy/held");
  t.is(again.stderr, 'error: deployments.apps "held" is already paused\n');
  await change("held", "two");
  const observed = await eventually(
    () => cluster.json.get("deployments", "held", { namespace: "default" }),
    (d) => (d.status as { observedGeneration?: number }).observedGeneration === d.metadata?.generation,
    "the paused change observed",
  );
  t.is((observed.status as { updatedReplicas?: number }).updatedReplicas ?? 0, 0, "no new pods while paused");
  const waiting = await cli("rollout", "status", "deploy/held", "--watch=false");
  t.is(waiting.stdout, 'Waiting for deployment "held" rollout to finish: 0 out of 2 new replicas have been updated...\n');
  t.is((await cli("rollout", "restart", "deploy/held")).stderr, "error: can't restart paused deployment (run rollout resume first)\n");

  t.is((await cli("rollout", "resume", "deploy/held")).stdout, "deployment.apps/held resumed\n");
  await rolledOut("held");

  const podNames = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=held" })).items.filter((p) => !p.metadata?.deletionTimestamp).map((p) => p.metadata?.name ?? "");
  const before = await podNames();
  t.is((await cli("rollout", "restart", "deploy/held")).stdout, "deployment.apps/held restarted\n");
  await rolledOut("held");
  const after = await eventually(podNames, (names) => names.length === 2 && names.every((name) => !before.includes(name)), "every pod replaced");
  t.is(after.length, 2);
});

test.serial("a stateful set's rollout history and undo go through its ControllerRevisions", async (t) => {
  const set = (greeting: string): KubeObject => {
    const base = deployment("db", greeting);
    const spec = base.spec as { replicas: number; selector: unknown; template: unknown };
    return { apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "db", namespace: "default" }, spec: { replicas: 1, serviceName: "db", selector: spec.selector, template: spec.template } };
  };
  await cluster.json.create(set("one"));
  const rolled = (revision: string) => eventually(() => cli("rollout", "status", "sts/db", "--watch=false"), (r) => r.stdout.startsWith("statefulset rolling update complete 1 pods") && (revision === "" || r.stdout.includes(revision)), "statefulset rolled out", 40_000);
  await rolled("");
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.json.get("statefulsets", "db", { namespace: "default" });
    try {
      await cluster.json.update({ ...current, spec: { ...(current.spec as object), template: (set("two").spec as { template: unknown }).template } });
      break;
    } catch (error) {
      if (attempt > 5) throw error;
    }
  }
  const history = await eventually(() => cli("rollout", "history", "sts/db"), (r) => /\n2 +<none>\n/.test(r.stdout), "two revisions");
  t.is(history.stdout, "statefulset.apps/db\nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n");
  t.is((await cli("rollout", "undo", "sts/db")).stdout, "statefulset.apps/db rolled back\n");
  t.is(greetingOf(await cluster.json.get("statefulsets", "db", { namespace: "default" })), "one");
  // Revision 1's template is the newest again: renumbered 3, as Kubernetes does.
  await eventually(() => cli("rollout", "history", "sts/db"), (r) => /^statefulset.apps\/db\nREVISION  CHANGE-CAUSE\n2 +<none>\n3 +<none>\n/.test(r.stdout), "revision 1 renumbered 3");
  t.regex((await cli("rollout", "pause", "sts/db")).stderr, /^error: statefulsets.apps "db" pausing is not supported\n$/);
});

test.serial("set image changes exactly the named container's image, and names an unknown container", async (t) => {
  const before = await cluster.json.get("deployments", "held", { namespace: "default" });
  const set = await cli("set", "image", "deploy/held", "hello=hello:no-such-tag");
  t.is(set.stdout, "deployment.apps/held image updated\n", set.stderr);
  const after = await cluster.json.get("deployments", "held", { namespace: "default" });
  const template = (object: KubeObject) => (object.spec as { template: { spec: { containers: Record<string, unknown>[] } } }).template;
  t.deepEqual(template(after).spec.containers, [{ ...template(before).spec.containers[0], image: "hello:no-such-tag" }]);
  const unknown = await cli("set", "image", "deploy/held", "nope=x:1");
  t.is(unknown.code, 1);
  t.is(unknown.stderr, 'error: unable to find container named "nope"\n');
});

test.serial("wait for a condition, a field value and a deletion, and its timeout exit", async (t) => {
  const available = await cli("wait", "deploy/hist", "--for=condition=Available", "--timeout=40s");
  t.is(available.stdout, "deployment.apps/hist condition met\n", available.stderr);
  const ready = await cli("wait", "deploy/hist", "--for=jsonpath={.status.readyReplicas}=2", "--timeout=40s");
  t.is(ready.stdout, "deployment.apps/hist condition met\n", ready.stderr);
  const timedOut = await cli("wait", "deploy/hist", "--for=condition=Available=false", "--timeout=2s");
  t.is(timedOut.code, 1);
  t.is(timedOut.stderr, "error: timed out waiting for the condition on deployments/hist\n");
  const waiting = cli("wait", "deploy/stall", "--for=delete", "--timeout=40s");
  await cluster.json.delete("deployments", "stall", { namespace: "default" });
  t.is((await waiting).stdout, "deployment.apps/stall deleted\n");
  const syntax = await cli("wait", "deploy/hist", "--for=ready");
  t.regex(syntax.stderr, /^error: unrecognized --for "ready"/);
});

type Container = { name: string; env?: { name: string; value?: string; valueFrom?: unknown }[]; resources?: unknown } & Record<string, unknown>;
const hello = (object: KubeObject): Container => (object.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];
const getHist = () => cluster.json.get("deployments", "hist", { namespace: "default" });

/** Once the rollout is done, every pod of hist (none left terminating) runs `check`'s container. */
async function podsRolled(check: (container: Container) => boolean, what: string): Promise<void> {
  await rolledOut("hist");
  await eventually(
    async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hist" })).items,
    (pods) => pods.length === 2 && pods.every((pod) => !pod.metadata?.deletionTimestamp && check((pod.spec as { containers: Container[] }).containers[0])),
    what,
    40_000,
  );
}

test.serial("set env adds variables and every key of a config map, removes with KEY-, lists them and rolls the deployment", async (t) => {
  await cluster.json.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings", namespace: "default" }, data: { "log.level": "debug" } });
  const before = await getHist();
  const set = await cli("set", "env", "deploy/hist", "MODE=fast", "--from=configmap/settings");
  t.is(set.stdout, "deployment.apps/hist env updated\n", set.stderr);
  const logLevel = { name: "LOG_LEVEL", valueFrom: { configMapKeyRef: { name: "settings", key: "log.level" } } };
  const after = await getHist();
  t.deepEqual(hello(after), { ...hello(before), env: [...(hello(before).env ?? []), logLevel, { name: "MODE", value: "fast" }] });
  t.true((after.metadata?.generation ?? 0) > (before.metadata?.generation ?? 0));
  await podsRolled((c) => c.env?.some((e) => e.name === "MODE" && e.value === "fast") === true, "pods with MODE=fast");

  t.is((await cli("set", "env", "deploy/hist", "MODE-")).stdout, "deployment.apps/hist env updated\n");
  t.deepEqual(hello(await getHist()), { ...hello(before), env: [...(hello(before).env ?? []), logLevel] });
  await podsRolled((c) => !c.env?.some((e) => e.name === "MODE"), "pods without MODE");

  const list = await cli("set", "env", "deploy/hist", "--list");
  t.is(list.stdout, "# deployments hist, container hello\nGREETING=one\n# LOG_LEVEL from configmap settings, key log.level\n", list.stderr);
  const unknown = await cli("set", "env", "deploy/hist", "-c", "nope", "A=1");
  t.is(unknown.code, 1);
  t.is(unknown.stderr, 'error: unable to find container named "nope"\n');
  const bad = await cli("set", "env", "deploy/hist", "A");
  t.is(bad.stderr, 'error: "A": environment variables must be of the form KEY=VALUE, or KEY- to remove one\n');
  const pods = await cli("set", "env", "pod/x", "A=1");
  t.regex(pods.stderr, /^error: set env works on deployments, statefulsets, daemonsets and replicasets, not "pod"/);
});

test.serial("set resources sets the named limits and requests of the container, rolls the deployment and names a bad quantity", async (t) => {
  const before = await getHist();
  const set = await cli("set", "resources", "deploy/hist", "-c", "hello", "--limits=cpu=200m,memory=512Mi", "--requests=cpu=100m");
  t.is(set.stdout, "deployment.apps/hist resource requirements updated\n", set.stderr);
  const after = await getHist();
  const { resources, ...rest } = hello(after);
  t.deepEqual(rest, hello(before));
  t.like(resources, { limits: { cpu: "200m", memory: "512Mi" }, requests: { cpu: "100m" } });
  await podsRolled((c) => (c.resources as { limits?: { cpu?: string } } | undefined)?.limits?.cpu === "200m", "pods with the new limits");

  const bad = await cli("set", "resources", "deploy/hist", "--limits=cpu=lots");
  t.is(bad.code, 1);
  t.regex(bad.stderr, /^error: --limits: invalid quantity "lots" for cpu: quantities must match the regular expression/);
  const none = await cli("set", "resources", "deploy/hist");
  t.is(none.stderr, "error: you must specify an update to requests or limits (in the form of --requests/--limits)\n");
  t.deepEqual(hello(await getHist()), hello(after), "refused changes leave the container as it was");
});

test.serial("wait -l waits for every selected object and several named objects, one line each", async (t) => {
  const pods = (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hist" })).items.map((p) => p.metadata?.name).sort();
  const selected = await cli("wait", "pods", "-l", "app=hist", "--for=condition=Ready", "--timeout=40s");
  t.is(selected.code, 0, selected.stderr);
  t.deepEqual(selected.stdout.trim().split("\n").sort(), pods.map((name) => `pod/${name} condition met`));
  const several = await cli("wait", "deploy/hist", "deployment/held", "--for=condition=Available", "--timeout=40s");
  t.is(several.stdout, "deployment.apps/hist condition met\ndeployment.apps/held condition met\n", several.stderr);
  const none = await cli("wait", "pods", "-l", "app=nothing", "--for=delete");
  t.is(none.code, 1);
  t.is(none.stderr, "error: no matching resources found\n");
  const mixed = await cli("wait", "pods", "x", "-l", "app=hist", "--for=delete");
  t.is(mixed.stderr, "error: name cannot be provided when a selector is specified\n");
});

test.serial("rollout refuses kinds that have no rollout and malformed arguments by name", async (t) => {
  const pods = await cli("rollout", "status", "pods/x");
  t.is(pods.code, 1);
  t.is(pods.stderr, 'error: no rollout for resource type "pods": rollout works on deployments, statefulsets and daemonsets\n');
  const sub = await cli("rollout", "rewind", "deploy/x");
  t.regex(sub.stderr, /^error: unknown rollout subcommand "rewind"/);
  const revision = await cli("rollout", "undo", "deploy/hist", "--to-revision=-1");
  t.regex(revision.stderr, /--to-revision must be a whole number >= 0, not "-1"/);
});

// troupe evict and troupe drain on a three-node cluster: the Eviction API's 429 while a
// PodDisruptionBudget forbids, two drains at once that never take the hello Deployment below the
// budget's two Ready pods (the second node's eviction is refused until a replacement is Ready),
// and kubectl's refusals for a pod without a controller and with emptyDir data.
import { join } from "node:path";
import test from "ava";
import type { KubeObject } from "../runtime/api-client.ts";
import { REPO_ROOT, startTroupe, troupe as runTroupe, type CliResult } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

let cluster: WorkloadCluster;

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 3 });
});

test.after.always(async () => {
  await cluster?.stop();
});

const troupe = (args: string[], stdin?: string): Promise<CliResult> => runTroupe(args, { env: { TROUPE_NATS_URL: cluster.server.url }, stdin });

interface PodJson extends KubeObject {
  spec?: { nodeName?: string };
  status?: { conditions?: { type: string; status: string; message?: string }[] };
}

const isReady = (pod: PodJson) => !pod.metadata?.deletionTimestamp && (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
const helloPods = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=hello" })).items as PodJson[];
interface BudgetStatus { disruptionsAllowed?: number; expectedPods?: number; currentHealthy?: number }
// A zero disruptionsAllowed is left out of the JSON, as Kubernetes omits it.
const allowed = async () => {
  const status = (await cluster.json.get("pdb", "hello", { namespace: "default" })).status as BudgetStatus | undefined;
  return status?.expectedPods === 3 && status.currentHealthy === 3 ? (status.disruptionsAllowed ?? 0) : undefined;
};

const BUDGET = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: hello
spec:
  minAvailable: 3
  selector:
    matchLabels:
      app: hello
`;

test.serial("troupe evict is refused with 429 and the budget's message while the budget allows no disruption", async (t) => {
  const applied = await troupe(["apply", "-f", join(REPO_ROOT, "examples", "hello", "deployment.yaml")]);
  t.is(applied.code, 0, applied.stderr);
  await eventually(helloPods, (pods) => pods.filter(isReady).length === 3, "three Ready hello pods", 90_000);
  t.is((await troupe(["apply", "-f", "-"], BUDGET)).code, 0);
  await eventually(allowed, (n) => n === 0, "the budget allows no disruption");
  const [pod] = await helloPods();
  const refused = await troupe(["evict", pod.metadata!.name!]);
  t.is(refused.code, 1);
  t.regex(refused.stderr, /Error from server \(TooManyRequests\): Cannot evict pod as it would violate the pod's disruption budget\./);
  t.regex(refused.stderr, /hello/, "the message names the budget");
  t.true((await helloPods()).some((p) => p.metadata?.uid === pod.metadata?.uid), "the pod is still there");
});

/** A pod the scheduler refuses because every node is cordoned: its cache has seen all three cordons. */
async function schedulerSeesEveryNodeCordoned(): Promise<void> {
  const everyNodeCordoned = /0\/3 nodes are available: 3 node\(s\) were unschedulable/;
  for (let attempt = 0; ; attempt++) {
    const name = `cordon-probe-${attempt}`;
    await cluster.json.create({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", labels: { app: "cordon-probe" } }, spec: { containers: [{ name: "main", image: "hello:plain-text" }] } });
    const probe = await eventually(
      async () => (await cluster.json.get("pods", name, { namespace: "default" })) as PodJson,
      (pod) => !!pod.spec?.nodeName || (pod.status?.conditions ?? []).some((c) => c.type === "PodScheduled" && c.status === "False" && everyNodeCordoned.test(c.message ?? "")),
      "the probe pod scheduled or refused on every node",
      30_000,
    );
    await cluster.json.delete("pods", name, { namespace: "default", gracePeriodSeconds: 0 });
    if (!probe.spec?.nodeName) return;
    // Placed on a node whose cordon the scheduler had not seen yet: ask again.
    if (attempt > 20) throw new Error("the scheduler kept placing pods on cordoned nodes");
  }
}

test.serial("two concurrent drains evict through the budget: one is refused and retried until a replacement is Ready", async (t) => {
  const patched = await troupe(["patch", "pdb", "hello", "--type", "merge", "-p", '{"spec":{"minAvailable":2}}']);
  t.is(patched.code, 0, patched.stderr);
  t.is(patched.stdout, "poddisruptionbudget.policy/hello patched\n");
  await eventually(allowed, (n) => n === 1, "the budget allows one disruption");
  const nodes = new Set((await helloPods()).map((pod) => pod.spec?.nodeName));
  t.log(`hello pods on ${[...nodes].join(", ")}`);
  t.true(nodes.has("node-1") && nodes.has("node-2"), "node-1 and node-2 each run a hello pod");

  // With every node cordoned the replacement of the first evicted pod cannot start, so the other
  // drain's eviction is refused for as long as it stays so; uncordoning node-3 lets it go on.
  // The drains would cordon node-1 and node-2 themselves, but a scheduler that had not seen the
  // cordon yet could place the replacement there: cordon all three first, and wait until the
  // scheduler refuses a probe pod on all three.
  for (const node of ["node-1", "node-2", "node-3"]) t.is((await troupe(["cordon", node])).code, 0);
  await schedulerSeesEveryNodeCordoned();
  let fewestReady = Number.POSITIVE_INFINITY;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      fewestReady = Math.min(fewestReady, (await helloPods()).filter(isReady).length);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const env = { TROUPE_NATS_URL: cluster.server.url };
  const drains = ["node-1", "node-2"].map((node) => ({ node, cli: startTroupe(["drain", node, "--ignore-daemonsets", "--timeout", "150s"], { env }) }));
  const refusal = /error when evicting pods\/"hello-\S+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\./;
  await Promise.any(drains.map(({ cli }) => cli.waitFor("stderr", refusal, 60_000)));
  // Refused again 5 s later: the budget still holds while the replacement is not Ready.
  await Promise.any(drains.map(({ cli }) => cli.waitFor("stderr", new RegExp(`(${refusal.source}[^]*){2}`), 30_000)));
  t.is((await helloPods()).filter(isReady).length, 2, "exactly one pod was evicted");
  const onNode3 = (await helloPods()).find((pod) => pod.spec?.nodeName === "node-3");
  const third = await troupe(["evict", onNode3!.metadata!.name!]);
  t.is(third.code, 1, "a third eviction is refused too");
  t.regex(third.stderr, /TooManyRequests/);
  t.is((await troupe(["uncordon", "node-3"])).code, 0);
  const results = await Promise.all(drains.map(async ({ node, cli }) => ({ node, code: await cli.exited, out: await cli.waitFor("stdout", /$/) })));
  watching = false;
  await watcher;
  for (const { node, code, out } of results) {
    t.is(code, 0, out);
    t.regex(out, new RegExp(`^node/${node} already cordoned\n`));
    t.regex(out, /evicting pod default\/hello-/);
    t.regex(out, /pod\/hello-\S+ evicted\n/);
    t.regex(out, new RegExp(`node/${node} drained\n$`));
  }
  t.true(fewestReady >= 2, `fewest Ready pods during the drains: ${fewestReady}`);
  const after = await eventually(helloPods, (pods) => pods.filter(isReady).length === 3, "three Ready pods again", 90_000);
  t.true(after.every((pod) => pod.spec?.nodeName === "node-3"), "every hello pod runs on the node left");
});

test.serial("drain refuses a pod without a controller and with emptyDir data until --force and --delete-emptydir-data", async (t) => {
  for (const node of ["node-1", "node-2"]) t.is((await troupe(["uncordon", node])).code, 0);
  const bare = {
    apiVersion: "v1", kind: "Pod", metadata: { name: "bare", namespace: "default", labels: { app: "bare" } },
    spec: { nodeName: "node-3", volumes: [{ name: "scratch", emptyDir: {} }], containers: [{ name: "main", image: "hello:plain-text" }] },
  };
  await cluster.json.create(bare);
  const refused = await troupe(["drain", "node-3", "--pod-selector", "app=bare"]);
  t.is(refused.code, 1);
  t.regex(refused.stdout, /^node\/node-3 cordoned\n$/);
  t.regex(refused.stderr, /cannot delete Pods with local storage \(use --delete-emptydir-data to override\): default\/bare/);
  t.regex(refused.stderr, /cannot delete Pods that declare no controller \(use --force to override\): default\/bare/);
  t.regex(refused.stderr, /There are pending nodes to be drained:\n node-3\n/);
  const onlyForce = await troupe(["drain", "node-3", "--pod-selector", "app=bare", "--force"]);
  t.is(onlyForce.code, 1);
  t.notRegex(onlyForce.stderr, /declare no controller \(use --force/);
  t.regex(onlyForce.stderr, /use --delete-emptydir-data to override/);
  const dry = await troupe(["drain", "node-3", "--pod-selector", "app=bare", "--force", "--delete-emptydir-data", "--dry-run=client"]);
  t.is(dry.code, 0, dry.stderr);
  t.regex(dry.stdout, /pod\/bare evicted \(dry run\)/);
  t.is((await cluster.json.get("pods", "bare", { namespace: "default" })).metadata?.name, "bare", "a client dry run evicts nothing");
  const drained = await troupe(["drain", "node-3", "--pod-selector", "app=bare", "--force", "--delete-emptydir-data", "--grace-period", "1", "--timeout", "60s"]);
  t.is(drained.code, 0, drained.stderr);
  t.regex(drained.stderr, /Warning: deleting Pods with local storage: default\/bare/);
  t.regex(drained.stderr, /Warning: deleting Pods that declare no controller: default\/bare/);
  t.regex(drained.stdout, /pod\/bare evicted\nnode\/node-3 drained\n$/);
  await t.throwsAsync(cluster.json.get("pods", "bare", { namespace: "default" }), { message: /not found/ });

  await cluster.json.create({ ...bare, metadata: { ...bare.metadata, name: "bare-2" } });
  const serverDry = await troupe(["drain", "node-3", "--pod-selector", "app=bare", "--force", "--delete-emptydir-data", "--disable-eviction", "--dry-run=server"]);
  t.is(serverDry.code, 0, serverDry.stderr);
  t.regex(serverDry.stdout, /pod\/bare-2 deleted \(server dry run\)\nnode\/node-3 drained \(server dry run\)\n$/);
  t.is((await cluster.json.get("pods", "bare-2", { namespace: "default" })).metadata?.name, "bare-2", "a server dry run deletes nothing");
  const deleted = await troupe(["drain", "node-3", "--pod-selector", "app=bare", "--force", "--delete-emptydir-data", "--disable-eviction", "--grace-period", "1", "--timeout", "60s"]);
  t.is(deleted.code, 0, deleted.stderr);
  t.notRegex(deleted.stdout, /evicting pod/);
  t.regex(deleted.stdout, /pod\/bare-2 deleted\nnode\/node-3 drained\n$/);
});

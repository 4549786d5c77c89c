// The DaemonSet controller on a whole cluster (every role its own process, kubelets with the fake
// driver, the default scheduler binding daemon pods by their matchFields affinity): one pod per
// node, a node joining later gets one, a node whose label stops matching loses its pod, a cordoned
// node keeps its pod, and a template change rolls out node by node with the status counts right.
// The last tests read the DaemonSet with the real kubectl through kube-api.
import { join } from "node:path";
import test from "ava";
import type { ControllerRevisionObject, DaemonSetObject, NodeObject, PodObject } from "../services/controllers/resources.ts";
import { kubectlMissing, startKubeApiFixture, type KubeApiFixture } from "./helpers/kube-api-fixture.ts";
import { REPO_ROOT, troupe } from "./helpers/troupe-cli.ts";
import { eventually, startWorkloadCluster, type WorkloadCluster } from "./helpers/workload-cluster.ts";

const missingKubectl = kubectlMissing();
if (missingKubectl) console.log(`daemonsets: skipping the kubectl tests: ${missingKubectl}`);
const kubectlTest = missingKubectl ? test.skip : test.serial;

let cluster: WorkloadCluster;
let kube: KubeApiFixture | undefined;
const NS = "default";

test.before(async () => {
  cluster = await startWorkloadCluster({ nodes: 2, env: { TROUPE_DRIVER: "fake" } });
  if (!missingKubectl) kube = await startKubeApiFixture(cluster.nc);
});

test.after.always(async () => {
  await kube?.stop();
  await cluster?.stop();
});

function daemonSet(name: string, spec: Record<string, unknown> = {}): DaemonSetObject {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: NS },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "agent", image: "hello:plain-text" }], ...spec } },
    },
  } as DaemonSetObject;
}

const ready = (pod: PodObject) => (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");

async function podsOf(name: string): Promise<PodObject[]> {
  const pods = (await cluster.typed.list<PodObject>("pods", { namespace: NS })).items;
  return pods.filter((pod) => pod.metadata?.labels?.app === name && !pod.metadata?.deletionTimestamp);
}

/** node -> hash of the ready pod there, once every listed node has exactly one and no other node has any. */
async function readyPodsOn(name: string, nodes: string[], hash?: string): Promise<PodObject[]> {
  return eventually(() => podsOf(name), (pods) => {
    const onNodes = pods.map((pod) => pod.spec?.nodeName ?? "").sort();
    return JSON.stringify(onNodes) === JSON.stringify([...nodes].sort())
      && pods.every((pod) => ready(pod) && (!hash || pod.metadata?.labels?.["controller-revision-hash"] === hash));
  }, `one ready ${name} pod on each of ${nodes.join(", ")}`, 60_000);
}

async function change<T extends NodeObject | DaemonSetObject>(resource: string, name: string, mutate: (object: T) => void, namespace = NS): Promise<void> {
  for (;;) {
    const object = await cluster.typed.get<T>(resource, namespace, name);
    mutate(object);
    try {
      await cluster.typed.update(object);
      return;
    } catch (error) {
      if ((error as { reason?: string }).reason !== "Conflict") throw error;
    }
  }
}

async function statusOf(name: string, ok: (status: NonNullable<DaemonSetObject["status"]>) => boolean, what: string) {
  const set = await eventually(() => cluster.typed.get<DaemonSetObject>("daemonsets", NS, name), (object) => ok(object.status ?? {}), what, 60_000);
  return set.status ?? {};
}

test.serial("a daemonset runs one pod per node, on a node added later too, pinned by a matchFields affinity", async (t) => {
  await cluster.typed.create(daemonSet("agent"));
  const pods = await readyPodsOn("agent", ["node-1", "node-2"]);
  for (const pod of pods) {
    const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
    t.deepEqual(JSON.parse(JSON.stringify(terms[0]?.matchFields)), [{ key: "metadata.name", operator: "In", values: [pod.spec?.nodeName ?? ""] }]);
    t.is(pod.metadata?.ownerReferences?.[0]?.kind, "DaemonSet");
    t.is(pod.metadata?.labels?.["pod-template-generation"], "1");
  }
  const status = await statusOf("agent", (s) => s.numberAvailable === 2, "agent status available 2");
  t.like(status, { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2, numberMisscheduled: 0, observedGeneration: 1 });

  await cluster.addNode(3);
  await readyPodsOn("agent", ["node-1", "node-2", "node-3"]);
  await statusOf("agent", (s) => s.desiredNumberScheduled === 3 && s.numberAvailable === 3 && (s.numberUnavailable ?? 0) === 0, "agent status on 3 nodes");
  t.pass();
});

test.serial("a daemonset with a nodeSelector leaves a node whose label stops matching, and a cordoned node keeps its pod", async (t) => {
  for (const node of ["node-1", "node-2", "node-3"]) {
    await change<NodeObject>("nodes", node, (object) => {
      object.metadata = { ...object.metadata, labels: { ...object.metadata?.labels, agent: "yes" } };
    }, "");
  }
  await cluster.typed.create(daemonSet("picky", { nodeSelector: { agent: "yes" } }));
  const before = await readyPodsOn("picky", ["node-1", "node-2", "node-3"]);
  await change<NodeObject>("nodes", "node-3", (object) => {
    const labels = { ...object.metadata?.labels };
    delete labels.agent;
    object.metadata = { ...object.metadata, labels };
  }, "");
  await readyPodsOn("picky", ["node-1", "node-2"]);
  await statusOf("picky", (s) => s.desiredNumberScheduled === 2 && s.currentNumberScheduled === 2 && (s.numberMisscheduled ?? 0) === 0, "picky desired 2");

  await change<NodeObject>("nodes", "node-2", (object) => {
    object.spec = { ...object.spec, unschedulable: true };
  }, "");
  // A daemon pod created after the cordon still lands on node-2 (daemon pods tolerate
  // node.kubernetes.io/unschedulable), and proves the cordon was seen; picky's pod there stays.
  const onNode2 = before.find((pod) => pod.spec?.nodeName === "node-2");
  await eventually(() => cluster.typed.get<NodeObject>("nodes", "", "node-2"), (node) => node.spec?.unschedulable === true, "node-2 cordoned");
  await cluster.typed.create(daemonSet("late"));
  await readyPodsOn("late", ["node-1", "node-2", "node-3"]);
  const after = await readyPodsOn("picky", ["node-1", "node-2"]);
  t.is(after.find((pod) => pod.spec?.nodeName === "node-2")?.metadata?.uid, onNode2?.metadata?.uid);
  await change<NodeObject>("nodes", "node-2", (object) => {
    object.spec = { ...object.spec, unschedulable: false };
  }, "");
  await cluster.typed.delete("daemonsets", NS, "late");
});

test.serial("a template change rolls out node by node to the new revision with maxUnavailable 1, and the status counts follow", async (t) => {
  const before = await readyPodsOn("agent", ["node-1", "node-2", "node-3"]);
  const oldHash = before[0]?.metadata?.labels?.["controller-revision-hash"] ?? "";
  // At most one node without a ready agent at any time (maxUnavailable 1).
  let worst = 3;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const pods = await podsOf("agent").catch(() => undefined);
      if (pods) worst = Math.min(worst, new Set(pods.filter(ready).map((pod) => pod.spec?.nodeName)).size);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await change<DaemonSetObject>("daemonsets", "agent", (object) => {
    const containers = object.spec?.template?.spec?.containers ?? [];
    containers[0] = { ...containers[0], env: [{ name: "VERSION", value: "2" }] };
  });
  const status = await statusOf("agent", (s) => s.observedGeneration === 2 && s.updatedNumberScheduled === 3 && s.numberAvailable === 3, "agent rolled out");
  watching = false;
  await watcher;
  t.like(status, { desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, numberUnavailable: 0 });
  const after = await readyPodsOn("agent", ["node-1", "node-2", "node-3"]);
  const newHash = after[0]?.metadata?.labels?.["controller-revision-hash"] ?? "";
  t.not(newHash, oldHash);
  t.true(after.every((pod) => pod.metadata?.labels?.["controller-revision-hash"] === newHash && pod.metadata?.labels?.["pod-template-generation"] === "2"));
  t.true(worst >= 2, `fewest nodes with a ready agent during the rollout: ${worst}`);
  const revisions = (await cluster.typed.list<ControllerRevisionObject>("controllerrevisions", { namespace: NS })).items
    .filter((revision) => revision.metadata?.ownerReferences?.some((owner) => owner.kind === "DaemonSet" && owner.name === "agent"));
  t.deepEqual(revisions.map((revision) => revision.metadata?.name).sort(), [`agent-${oldHash}`, `agent-${newHash}`].sort());
  t.deepEqual(revisions.map((revision) => Number(revision.revision)).sort(), [1, 2]);
});

test.serial("a maxSurge rolling update starts each new pod beside the old one, so no node is ever without a ready pod", async (t) => {
  const surge = daemonSet("surge");
  surge.spec = { ...surge.spec, updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { intVal: 1 } } } };
  await cluster.typed.create(surge);
  await readyPodsOn("surge", ["node-1", "node-2", "node-3"]);
  let worst = 3;
  let most = 0;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const pods = await podsOf("surge").catch(() => undefined);
      if (pods) {
        worst = Math.min(worst, new Set(pods.filter(ready).map((pod) => pod.spec?.nodeName)).size);
        most = Math.max(most, pods.length);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await change<DaemonSetObject>("daemonsets", "surge", (object) => {
    const containers = object.spec?.template?.spec?.containers ?? [];
    containers[0] = { ...containers[0], env: [{ name: "VERSION", value: "2" }] };
  });
  await statusOf("surge", (s) => s.observedGeneration === 2 && s.updatedNumberScheduled === 3 && s.numberAvailable === 3, "surge rolled out");
  const after = await readyPodsOn("surge", ["node-1", "node-2", "node-3"]);
  watching = false;
  await watcher;
  t.true(after.every((pod) => pod.metadata?.labels?.["pod-template-generation"] === "2"));
  t.is(worst, 3, "every node kept a ready pod");
  t.true(most <= 4, `at most one surge pod at a time: saw ${most} pods`);
  await cluster.typed.delete("daemonsets", NS, "surge");
});

test.serial("troupe get ds and describe ds print kubectl's columns and the daemon counts", async (t) => {
  const cli = (args: string[]) => troupe([...args, "--server", cluster.server.url]);
  const get = await cli(["get", "ds"]);
  t.is(get.code, 0, get.stderr);
  t.regex(get.stdout, /^NAME +DESIRED +CURRENT +READY +UP-TO-DATE +AVAILABLE +NODE SELECTOR +AGE\nagent +3 +3 +3 +3 +3 +<none> +\S+\npicky +2 +2 +2 +2 +2 +agent=yes +\S+\n$/);
  const wide = await cli(["get", "daemonset", "picky", "-o", "wide"]);
  t.regex(wide.stdout, /CONTAINERS +IMAGES +SELECTOR\npicky .* agent +hello:plain-text +app=picky\n$/);
  const describe = await cli(["describe", "ds", "agent"]);
  t.is(describe.code, 0, describe.stderr);
  t.regex(describe.stdout, /Desired Number of Nodes Scheduled: +3\n/);
  t.regex(describe.stdout, /Number of Nodes Scheduled with Up-to-date Pods: +3\n/);
  t.regex(describe.stdout, /Number of Nodes Misscheduled: +0\n/);
});

kubectlTest("kubectl get ds prints kubectl's columns and rollout status ds waits for a rollout", async (t) => {
  const fixture = kube as KubeApiFixture;
  const get = await fixture.kubectl(["get", "ds", "agent"]);
  t.is(get.code, 0, get.stderr);
  t.regex(get.stdout, /^NAME +DESIRED +CURRENT +READY +UP-TO-DATE +AVAILABLE +NODE SELECTOR +AGE\nagent +3 +3 +3 +3 +3 +<none> +\d+[sm]\n$/);
  const wide = await fixture.kubectl(["get", "ds", "picky", "-o", "wide"]);
  t.regex(wide.stdout, /NODE SELECTOR +AGE +CONTAINERS +IMAGES +SELECTOR\npicky +2 +2 +2 +2 +2 +agent=yes +\S+ +agent +hello:plain-text +app=picky\n$/);
  const describe = await fixture.kubectl(["describe", "ds", "agent"]);
  t.is(describe.code, 0, describe.stderr);
  t.regex(describe.stdout, /Name: +agent/);
  await change<DaemonSetObject>("daemonsets", "agent", (object) => {
    const containers = object.spec?.template?.spec?.containers ?? [];
    containers[0] = { ...containers[0], env: [{ name: "VERSION", value: "3" }] };
  });
  const status = await fixture.kubectl(["rollout", "status", "ds/agent", "--timeout=90s"], { timeoutMs: 100_000 });
  t.is(status.code, 0, status.stderr);
  t.regex(status.stdout, /daemon set "agent" successfully rolled out\n$/);
  // kubectl's own rollout history reads the ControllerRevisions the controller wrote.
  const history = await fixture.kubectl(["rollout", "history", "ds/agent"]);
  t.is(history.code, 0, history.stderr);
  t.regex(history.stdout, /REVISION +CHANGE-CAUSE\n1 +<none>\n2 +<none>\n3 +<none>\n/);
  const manifest = join(REPO_ROOT, "examples", "node-agent", "daemonset.yaml");
  const applied = await fixture.kubectl(["apply", "-f", manifest]);
  t.is(applied.stdout, "daemonset.apps/node-agent created\n", applied.stderr);
  const again = await fixture.kubectl(["apply", "-f", manifest]);
  t.is(again.stdout, "daemonset.apps/node-agent unchanged\n", again.stderr);
  const deleted = await fixture.kubectl(["delete", "ds", "node-agent", "--wait"], { timeoutMs: 60_000 });
  t.is(deleted.code, 0, deleted.stderr);
});

test.serial("the node-agent example applies and runs on every node", async (t) => {
  const applied = await troupe(["apply", "-f", join(REPO_ROOT, "examples", "node-agent", "daemonset.yaml"), "--server", cluster.server.url]);
  t.is(applied.code, 0, applied.stderr);
  await readyPodsOn("node-agent", ["node-1", "node-2", "node-3"]);
  await cluster.typed.delete("daemonsets", NS, "node-agent");
});

test.serial("the API refuses a daemonset whose selector misses its template or whose rolling update could never progress, naming the field", async (t) => {
  const mismatched = daemonSet("bad");
  mismatched.spec = { ...mismatched.spec, selector: { matchLabels: { app: "other" } } };
  const selector = await t.throwsAsync(cluster.typed.create(mismatched));
  t.regex(selector?.message ?? "", /spec\.template\.metadata\.labels: Invalid value: .*`selector` does not match template `labels`/);
  const stuck = daemonSet("bad");
  stuck.spec = { ...stuck.spec, updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 0 }, maxSurge: { intVal: 0 } } } };
  const rolling = await t.throwsAsync(cluster.typed.create(stuck));
  t.regex(rolling?.message ?? "", /spec\.updateStrategy\.rollingUpdate\.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0/);
  const recreate = daemonSet("bad");
  recreate.spec = { ...recreate.spec, updateStrategy: { type: "Recreate" } };
  const strategy = await t.throwsAsync(cluster.typed.create(recreate));
  t.regex(strategy?.message ?? "", /spec\.updateStrategy\.type: Unsupported value: "Recreate": supported values: "OnDelete", "RollingUpdate"/);
});

test.serial("deleting a daemonset deletes its pods (garbage collection)", async (t) => {
  await cluster.typed.delete("daemonsets", NS, "picky");
  await eventually(() => podsOf("picky"), (pods) => pods.length === 0, "picky pods gone", 20_000);
  t.pass();
});

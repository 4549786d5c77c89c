// The controller manager against a real nats-server and API, with no kubelet and no scheduler:
// the tests bind pods and mark them Running/Ready themselves where availability matters. Each
// test works in its own namespace; the leader election test runs its own cluster.
import test from "ava";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { podTemplateHash } from "../services/controllers/deployment/pod-template-hash.ts";
import type { DeploymentObject, NodeObject, PodObject, ReplicaSetObject } from "../services/controllers/resources.ts";
import { NodeHeartbeat } from "../services/kubelet/node-heartbeat.ts";
import {
  change, CONTROLLER_TEST_OPTIONS, deployment, eventually, FAST_LEASE, live, markPodsReady, namespace, peakPods, podsIn,
  replicaSet, sleep, startFixture, startManager, stopFixture, template, type Fixture,
} from "./helpers/controller-cluster.ts";
import { sampleValue } from "./helpers/metrics.ts";

const fixtures: Fixture[] = [];
let main: Fixture;

async function fixture(): Promise<Fixture> {
  const started = await startFixture();
  fixtures.push(started);
  return started;
}

test.before(async () => {
  main = await fixture();
  const { manager } = await startManager(main);
  await eventually(() => manager.leading || undefined, "the controller manager to lead");
});

test.after.always(async () => {
  for (const started of fixtures) await stopFixture(started);
});

test("a replicaset of 3 gets exactly 3 pods, each controlled by it", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "rs-create");
  const created = await client.create(replicaSet(ns, "web", 3));
  const pods = await eventually(() => (podsIn(main, ns).length === 3 ? podsIn(main, ns) : undefined), "3 pods");
  for (const pod of pods) {
    t.like(pod.metadata?.ownerReferences?.[0], { apiVersion: "apps/v1", kind: "ReplicaSet", name: "web", uid: created.metadata?.uid, controller: true, blockOwnerDeletion: true });
    t.is(pod.metadata?.labels?.app, "web");
    t.true(pod.metadata?.name?.startsWith("web-"));
  }
  const status = await eventually(async () => {
    const current = await client.get<ReplicaSetObject>("replicasets", ns, "web");
    return current.status?.replicas === 3 ? current.status : undefined;
  }, "the status");
  t.like(status, { replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 0, observedGeneration: created.metadata?.generation });
  await sleep(300);
  t.is(podsIn(main, ns).length, 3, "no more pods after settling");
});

test("a deleted pod of a replicaset is replaced", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "rs-replace");
  await client.create(replicaSet(ns, "web", 3));
  const [victim] = await eventually(() => (podsIn(main, ns).length === 3 ? podsIn(main, ns) : undefined), "3 pods");
  await client.delete("pods", ns, victim.metadata?.name ?? "");
  const after = await eventually(() => {
    const pods = podsIn(main, ns);
    return pods.length === 3 && !pods.some((pod) => pod.metadata?.uid === victim.metadata?.uid) ? pods : undefined;
  }, "a replacement");
  t.is(after.length, 3);
});

test("a replicaset adopts a matching orphan pod instead of creating another", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "rs-adopt");
  const orphan = await client.create<PodObject>({ apiVersion: "v1", kind: "Pod", metadata: { name: "stray", namespace: ns, labels: { app: "web" } }, spec: template("web").spec });
  const created = await client.create(replicaSet(ns, "web", 2));
  const pods = await eventually(() => {
    const all = podsIn(main, ns);
    return all.length === 2 && all.every((pod) => pod.metadata?.ownerReferences?.[0]?.uid === created.metadata?.uid) ? all : undefined;
  }, "the adoption and one new pod");
  t.true(pods.some((pod) => pod.metadata?.uid === orphan.metadata?.uid));
});

test("scaling a replicaset 3 to 10 to 2 follows the count without ever overshooting it", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "rs-scale");
  const tracker = peakPods(main, ns);
  await client.create(replicaSet(ns, "web", 3));
  await eventually(() => (podsIn(main, ns).length === 3 || undefined), "3 pods");
  const scale = (replicas: number) => change<ReplicaSetObject>(client, "replicasets", ns, "web", (current) => ({ ...current, spec: { ...current.spec, replicas } }));
  await scale(10);
  await eventually(() => (podsIn(main, ns, live).length === 10 || undefined), "10 pods");
  await sleep(300);
  t.is(tracker.peak, 10, "never more than 10 pods on the way up");
  t.is(tracker.uids.size, 10, "no pod created twice");
  await scale(2);
  await eventually(() => (podsIn(main, ns).length === 2 || undefined), "2 pods");
  tracker.reset();
  await sleep(300);
  t.is(podsIn(main, ns).length, 2);
  t.is(tracker.peak, 2, "nothing was created after scaling down");
  t.is(tracker.uids.size, 10);
});

test("a deployment creates one replicaset named by the pod template hash, with 3 pods, and reports their availability", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "deploy-create");
  const created = await client.create(deployment(ns, "web", 3));
  const hash = podTemplateHash(created.spec?.template);
  const rs = await eventually(async () => (await client.list<ReplicaSetObject>("replicasets", { namespace: ns })).items.find((item) => item.spec?.replicas === 3), "the replicaset at 3");
  t.is(rs.metadata?.name, `web-${hash}`);
  t.is(rs.metadata?.labels?.["pod-template-hash"], hash);
  t.like(rs.metadata?.ownerReferences?.[0], { kind: "Deployment", name: "web", uid: created.metadata?.uid, controller: true });
  t.is(rs.metadata?.annotations?.["deployment.kubernetes.io/revision"], "1");
  const pods = await eventually(() => (podsIn(main, ns).length === 3 ? podsIn(main, ns) : undefined), "3 pods");
  t.true(pods.every((pod) => pod.metadata?.labels?.["pod-template-hash"] === hash));
  const notReady = await eventually(async () => {
    const current = await client.get<DeploymentObject>("deployments", ns, "web");
    return current.status?.replicas === 3 ? current.status : undefined;
  }, "status replicas");
  t.like(notReady, { replicas: 3, updatedReplicas: 3, availableReplicas: 0, observedGeneration: created.metadata?.generation });
  const kubelet = markPodsReady(main, ns);
  t.teardown(() => kubelet.stop());
  const ready = await eventually(async () => {
    const current = await client.get<DeploymentObject>("deployments", ns, "web");
    return current.status?.availableReplicas === 3 ? current.status : undefined;
  }, "3 available replicas");
  t.like(ready, { replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 0, observedGeneration: 1 });
  t.like(ready.conditions?.find((condition) => condition.type === "Available"), { status: "True", reason: "MinimumReplicasAvailable" });
  t.like(ready.conditions?.find((condition) => condition.type === "Progressing"), { status: "True", reason: "NewReplicaSetAvailable" });
});

test("changing a deployment's template rolls out a second replicaset and scales the first one down", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "deploy-roll");
  await client.create(deployment(ns, "web", 3, "app:1"));
  const kubelet = markPodsReady(main, ns);
  t.teardown(() => kubelet.stop());
  await eventually(async () => ((await client.get<DeploymentObject>("deployments", ns, "web")).status?.availableReplicas === 3 || undefined), "3 available");
  const updated = await change<DeploymentObject>(client, "deployments", ns, "web", (current) => ({ ...current, spec: { ...current.spec, template: template("web", "app:2") } }));
  const newHash = podTemplateHash(updated.spec?.template);
  const status = await eventually(async () => {
    const { status } = await client.get<DeploymentObject>("deployments", ns, "web");
    return status?.updatedReplicas === 3 && status.replicas === 3 && status.availableReplicas === 3 && status.observedGeneration === 2 ? status : undefined;
  }, "the rollout to complete", 15_000);
  t.is(status.unavailableReplicas, 0);
  const replicaSets = (await client.list<ReplicaSetObject>("replicasets", { namespace: ns })).items;
  t.is(replicaSets.length, 2);
  const [fresh, old] = [replicaSets.find((rs) => rs.metadata?.name === `web-${newHash}`), replicaSets.find((rs) => rs.metadata?.name !== `web-${newHash}`)];
  t.like(fresh, { spec: { replicas: 3 }, metadata: { annotations: { "deployment.kubernetes.io/revision": "2" } } });
  t.like(old, { spec: { replicas: 0 }, metadata: { annotations: { "deployment.kubernetes.io/revision": "1" } } });
  await eventually(() => (podsIn(main, ns).length === 3 || undefined), "only the new pods");
  t.true(podsIn(main, ns).every((pod) => pod.spec?.containers?.[0]?.image === "app:2"));
});

test("deleting a deployment removes its replicasets and their pods", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "deploy-delete");
  await client.create(deployment(ns, "web", 2));
  await client.create(deployment(ns, "api", 2));
  await eventually(() => (podsIn(main, ns).length === 4 || undefined), "4 pods");
  const started = performance.now();
  await client.delete("deployments", ns, "web");
  await client.delete("deployments", ns, "api", { propagationPolicy: "Foreground" });
  await eventually(async () => ((await client.list("replicasets", { namespace: ns })).items.length === 0 || undefined), "the replicasets to go");
  await eventually(() => (podsIn(main, ns).length === 0 || undefined), "the pods to go");
  t.log(`cascade took ${Math.round(performance.now() - started)} ms`);
  await eventually(async () => ((await client.list("deployments", { namespace: ns })).items.length === 0 || undefined), "the foreground deployment to go");
  t.pass();
});

test("an orphaning deletion keeps the pods and takes the owner reference off them", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "rs-orphan");
  await client.create(replicaSet(ns, "web", 2));
  await eventually(() => (podsIn(main, ns).length === 2 || undefined), "2 pods");
  // The API answers a graceful delete that races a status write with Conflict: try again.
  await eventually(() => client.delete("replicasets", ns, "web", { propagationPolicy: "Orphan" }).then(() => true, (error: { reason?: string }) => {
    if (error.reason !== "Conflict") throw error;
    return undefined;
  }), "the orphaning delete");
  await eventually(async () => ((await client.list("replicasets", { namespace: ns })).items.length === 0 || undefined), "the replicaset to go");
  const pods = (await client.list<PodObject>("pods", { namespace: ns })).items;
  t.is(pods.length, 2);
  t.deepEqual(pods.map((pod) => pod.metadata?.ownerReferences ?? []), [[], []]);
});

test("a node that stops heartbeating turns unknown and tainted, and its pods are evicted after their toleration and replaced", async (t) => {
  const { client, cluster } = main;
  const ns = await namespace(client, "node-death");
  const nodeName = "node-dies";
  await client.create<NodeObject>({ apiVersion: "v1", kind: "Node", metadata: { name: nodeName }, status: { conditions: [{ type: "Ready", status: "True", reason: "KubeletReady" }] } });
  const heartbeat = new NodeHeartbeat({ store: await openLeaseStore(cluster.nc), nodeName, intervalMs: 200 });
  await heartbeat.start();
  t.teardown(() => heartbeat.stop());
  // Their own toleration (2 s) replaces the default (1 s here).
  const tolerant = replicaSet(ns, "web", 2);
  tolerant.spec!.template!.spec!.tolerations = [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 2 }];
  await client.create(tolerant);
  const pods = await eventually(() => (podsIn(main, ns).length === 2 ? podsIn(main, ns) : undefined), "2 pods");
  for (const pod of pods) {
    const bound = await client.bind<PodObject>(ns, pod.metadata?.name ?? "", nodeName, pod.metadata?.uid);
    await client.updateStatus({ ...bound, status: { ...bound.status, phase: "Running", conditions: [...(bound.status?.conditions ?? []), { type: "Ready", status: "True" }] } });
  }
  await sleep(1200);
  t.is((await client.get<NodeObject>("nodes", undefined, nodeName)).spec?.taints?.length ?? 0, 0, "a heartbeating node stays untainted past the grace period");

  heartbeat.stop();
  const died = performance.now();
  const node = await eventually(async () => {
    const current = await client.get<NodeObject>("nodes", undefined, nodeName);
    return current.spec?.taints?.some((taint) => taint.effect === "NoExecute") ? current : undefined;
  }, "the unreachable taint");
  const tainted = performance.now() - died;
  t.like(node.status?.conditions?.find((condition) => condition.type === "Ready"), { status: "Unknown", reason: "NodeStatusUnknown" });
  t.deepEqual(node.spec?.taints?.map((taint) => `${taint.key}:${taint.effect}`), ["node.kubernetes.io/unreachable:NoSchedule", "node.kubernetes.io/unreachable:NoExecute"]);
  const evicted = await eventually(() => {
    const onNode = podsIn(main, ns, (pod) => pod.spec?.nodeName === nodeName);
    return onNode.every((pod) => pod.metadata?.deletionTimestamp) ? onNode : undefined;
  }, "the evictions");
  const evictedAfter = performance.now() - died;
  t.is(evicted.length, 2);
  t.true(evicted.every((pod) => pod.status?.conditions?.some((condition) => condition.type === "Ready" && condition.status === "False")), "marked not ready");
  await eventually(() => (podsIn(main, ns, (pod) => live(pod) && !pod.spec?.nodeName).length === 2 || undefined), "2 replacement pods");
  const replacedAfter = performance.now() - died;
  t.log(`grace 1 s, toleration 2 s: tainted after ${Math.round(tainted)} ms, evicted after ${Math.round(evictedAfter)} ms, replaced after ${Math.round(replacedAfter)} ms`);
  // timeAdded has second precision, as in Kubernetes: an eviction may come up to 1 s early.
  t.true(evictedAfter - tainted >= 900, "pods stay for their toleration");
  t.true(evictedAfter - tainted <= 2500);

  await heartbeat.start();
  const recovered = await eventually(async () => {
    const current = await client.get<NodeObject>("nodes", undefined, nodeName);
    return (current.spec?.taints?.length ?? 0) === 0 ? current : undefined;
  }, "the taints to go after heartbeats resume");
  t.like(recovered.status?.conditions?.find((condition) => condition.type === "Ready"), { status: "True", reason: "NodeStatusRecovered" });
});

test("pods bound to a node that does not exist are deleted", async (t) => {
  const { client } = main;
  const ns = await namespace(client, "ghost-node");
  await client.create<PodObject>({ apiVersion: "v1", kind: "Pod", metadata: { name: "lost", namespace: ns }, spec: { ...template("lost").spec, nodeName: "ghost" } });
  await eventually(async () => ((await client.list("pods", { namespace: ns })).items.length === 0 || undefined), "the pod to go");
  t.pass();
});

test("of two controller managers only the leader acts, and the standby takes over a killed leader without creating any pod twice", async (t) => {
  const own = await fixture();
  const options = { ...CONTROLLER_TEST_OPTIONS, lease: { ...FAST_LEASE, releaseOnStop: false } };
  const first = await startManager(own, { ...options, identity: "first" });
  const second = await startManager(own, { ...options, identity: "second" });
  const [leader, standby] = await eventually(() => (first.manager.leading ? [first, second] : second.manager.leading ? [second, first] : undefined), "a leader");
  const ns = await namespace(own.client, "leader");
  const tracker = peakPods(own, ns);
  await own.client.create(replicaSet(ns, "web", 5));
  await eventually(() => (podsIn(own, ns).length === 5 || undefined), "5 pods");
  await sleep(200);
  t.false(standby.manager.leading);
  t.is(await sampleValue(standby.registry, "troupe_controller_reconcile_total", { controller: "replicaset", outcome: "success" }), 0, "the standby reconciled nothing");

  // A crash: the leader stops acting without releasing its lease.
  await leader.manager.stop();
  const killed = performance.now();
  await eventually(() => (standby.manager.leading || undefined), "the standby to lead", 5000);
  t.log(`takeover after ${Math.round(performance.now() - killed)} ms (lease 1 s)`);
  await change<ReplicaSetObject>(own.client, "replicasets", ns, "web", (current) => ({ ...current, spec: { ...current.spec, replicas: 8 } }));
  await eventually(() => (podsIn(own, ns).length === 8 || undefined), "8 pods");
  await sleep(300);
  t.is(podsIn(own, ns).length, 8);
  t.is(tracker.peak, 8);
  t.is(tracker.uids.size, 8, "5 pods from the first leader, 3 from the second, none twice");
});

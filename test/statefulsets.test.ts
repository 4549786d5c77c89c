// The StatefulSet controller against a real nats-server, API and controller manager (with its
// garbage collector); the test plays the kubelet, marking pods Running and Ready, and reads the
// order of creations and readiness from its own informer over the API's state.
import test from "ava";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import type { ControllerRevisionObject, PersistentVolumeClaimObject, PodObject, StatefulSetObject } from "../services/controllers/resources.ts";
import { troupe } from "./helpers/troupe-cli.ts";
import { eventually, live, markPodsReady, namespace, podsIn, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";

let main: Fixture;
const CLAIMS = findResource("persistentvolumeclaims") as ResourceInfo;

test.before(async () => {
  main = await startFixture();
  const { manager } = await startManager(main);
  await eventually(() => manager.leading || undefined, "the controller manager to lead");
});

test.after.always(async () => {
  if (main) await stopFixture(main);
});

function statefulSet(ns: string, name: string, spec: Record<string, unknown> = {}): StatefulSetObject {
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name, namespace: ns },
    spec: {
      replicas: 3,
      serviceName: `${name}-svc`,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: "app", image: "app:1", volumeMounts: [{ name: "data", mountPath: "/data" }] }] } },
      volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
      ...spec,
    },
  } as StatefulSetObject;
}

const ready = (pod: PodObject) => (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");
const names = (pods: PodObject[]) => pods.map((pod) => pod.metadata?.name).sort();

async function claimsIn(ns: string): Promise<PersistentVolumeClaimObject[]> {
  return (await main.client.list<PersistentVolumeClaimObject>(CLAIMS, { namespace: ns })).items;
}

async function podsNamed(ns: string, expected: string[]): Promise<PodObject[]> {
  return eventually(() => {
    const pods = podsIn(main, ns, live);
    return JSON.stringify(names(pods)) === JSON.stringify(expected) ? pods : undefined;
  }, `pods ${expected.join(", ")}`, 30_000);
}

async function change(ns: string, name: string, mutate: (set: StatefulSetObject) => void): Promise<void> {
  for (;;) {
    const set = await main.client.get<StatefulSetObject>("statefulsets", ns, name);
    mutate(set);
    try {
      await main.client.update(set);
      return;
    } catch (error) {
      if ((error as { reason?: string }).reason !== "Conflict") throw error;
    }
  }
}

test.serial("an OrderedReady statefulset creates its pods and claims in order, reuses them, scales down from the top and updates above the partition", async (t) => {
  const ns = await namespace(main.client, "sts-ordered");
  // Every creation and readiness of a pod, in the order the API's watch delivered them.
  const events: string[] = [];
  const seenReady = new Set<string>();
  const observe = (pod: PodObject) => {
    if (pod.metadata?.namespace !== ns) return;
    const name = pod.metadata?.name ?? "";
    if (ready(pod) && !seenReady.has(pod.metadata?.uid ?? "")) {
      seenReady.add(pod.metadata?.uid ?? "");
      events.push(`ready ${name}`);
    }
  };
  main.pods.addHandlers({
    onAdd: (pod) => {
      if (pod.metadata?.namespace === ns) events.push(`created ${pod.metadata?.name}`);
      observe(pod);
    },
    onUpdate: (_previous, pod) => observe(pod),
    onDelete: (pod) => {
      if (pod.metadata?.namespace === ns) events.push(`deleted ${pod.metadata?.name}`);
    },
  });
  const kubelet = markPodsReady(main, ns);
  t.teardown(() => kubelet.stop());
  await main.client.create(statefulSet(ns, "web"));
  const pods = await podsNamed(ns, ["web-0", "web-1", "web-2"]);
  await eventually(() => (podsIn(main, ns, ready).length === 3 || undefined), "3 ready pods", 30_000);
  t.deepEqual(events.slice(0, 6), ["created web-0", "ready web-0", "created web-1", "ready web-1", "created web-2", "ready web-2"]);
  const web1 = pods.find((pod) => pod.metadata?.name === "web-1")!;
  t.like(web1.spec, { hostname: "web-1", subdomain: "web-svc" });
  t.like(web1.metadata?.labels, { "statefulset.kubernetes.io/pod-name": "web-1", "apps.kubernetes.io/pod-index": "1" });
  t.is(web1.spec?.volumes?.find((volume) => volume.name === "data")?.persistentVolumeClaim?.claimName, "data-web-1");
  const claims = await claimsIn(ns);
  t.deepEqual(claims.map((claim) => claim.metadata?.name).sort(), ["data-web-0", "data-web-1", "data-web-2"]);
  const claimUids = new Map(claims.map((claim) => [claim.metadata?.name, claim.metadata?.uid]));

  // A deleted member comes back under its name with its claim.
  await main.client.delete("pods", ns, "web-1");
  const back = await eventually(() => podsIn(main, ns, (pod) => live(pod) && pod.metadata?.name === "web-1" && pod.metadata?.uid !== web1.metadata?.uid)[0], "web-1 back", 30_000);
  t.is(back.spec?.volumes?.find((volume) => volume.name === "data")?.persistentVolumeClaim?.claimName, "data-web-1");
  await eventually(() => (podsIn(main, ns, ready).length === 3 || undefined), "3 ready pods again", 30_000);

  // Scale to 1: web-2 goes, then web-1; their claims stay.
  events.length = 0;
  await change(ns, "web", (set) => (set.spec!.replicas = 1));
  await podsNamed(ns, ["web-0"]);
  await eventually(() => (podsIn(main, ns).length === 1 || undefined), "web-1 and web-2 gone", 30_000);
  t.deepEqual(events.filter((event) => event.startsWith("deleted")), ["deleted web-2", "deleted web-1"]);
  t.deepEqual((await claimsIn(ns)).map((claim) => claim.metadata?.name).sort(), ["data-web-0", "data-web-1", "data-web-2"]);

  // Scale back to 3: the same claims serve the new pods.
  await change(ns, "web", (set) => (set.spec!.replicas = 3));
  await podsNamed(ns, ["web-0", "web-1", "web-2"]);
  await eventually(() => (podsIn(main, ns, ready).length === 3 || undefined), "3 ready pods after scale up", 30_000);
  t.deepEqual(new Map((await claimsIn(ns)).map((claim) => [claim.metadata?.name, claim.metadata?.uid])), claimUids);

  // A new template with partition 2 updates web-2 only.
  const before = await main.client.get<StatefulSetObject>("statefulsets", ns, "web");
  const oldRevision = before.status?.updateRevision ?? "";
  t.truthy(oldRevision);
  await change(ns, "web", (set) => {
    set.spec!.updateStrategy = { type: "RollingUpdate", rollingUpdate: { partition: 2 } };
    set.spec!.template!.spec!.containers![0].image = "app:2";
  });
  const updated = await eventually(async () => {
    const set = await main.client.get<StatefulSetObject>("statefulsets", ns, "web");
    const newRevision = set.status?.updateRevision;
    if (!newRevision || newRevision === oldRevision) return undefined;
    const web2 = podsIn(main, ns, (pod) => live(pod) && ready(pod) && pod.metadata?.name === "web-2")[0];
    return web2?.metadata?.labels?.["controller-revision-hash"] === newRevision && set.status?.updatedReplicas === 1 ? set : undefined;
  }, "web-2 updated", 30_000);
  const hashes = Object.fromEntries(podsIn(main, ns, live).map((pod) => [pod.metadata?.name, pod.metadata?.labels?.["controller-revision-hash"]]));
  t.deepEqual(hashes, { "web-0": oldRevision, "web-1": oldRevision, "web-2": updated.status?.updateRevision });
  t.like(updated.status, { currentRevision: oldRevision, replicas: 3, currentReplicas: 2, updatedReplicas: 1 });
  const revisions = (await main.client.list<ControllerRevisionObject>("controllerrevisions", { namespace: ns })).items;
  t.deepEqual(revisions.map((revision) => [revision.metadata?.name, Number(revision.revision)]).sort(), [[oldRevision, 1], [updated.status?.updateRevision, 2]].sort());
});

test.serial("a Parallel statefulset creates every pod at once", async (t) => {
  const ns = await namespace(main.client, "sts-parallel");
  await main.client.create(statefulSet(ns, "db", { podManagementPolicy: "Parallel" }));
  const pods = await podsNamed(ns, ["db-0", "db-1", "db-2"]);
  t.false(pods.some(ready), "no pod needed another to be Ready");
  t.is((await claimsIn(ns)).length, 3);
});

test.serial("deleting a statefulset with whenDeleted Delete removes its claims", async (t) => {
  const ns = await namespace(main.client, "sts-retention");
  const kubelet = markPodsReady(main, ns);
  t.teardown(() => kubelet.stop());
  await main.client.create(statefulSet(ns, "cache", { replicas: 2, persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" } }));
  await podsNamed(ns, ["cache-0", "cache-1"]);
  await eventually(async () => {
    const claims = await claimsIn(ns);
    return claims.length === 2 && claims.every((claim) => claim.metadata?.ownerReferences?.some((reference) => reference.kind === "StatefulSet")) ? claims : undefined;
  }, "claims owned by the set", 30_000);
  await main.client.delete("statefulsets", ns, "cache");
  await eventually(async () => ((await claimsIn(ns)).length === 0 || undefined), "claims removed", 30_000);
  t.pass();
});

test.serial("troupe scale sts changes the replicas; get sts and get controllerrevisions print kubectl's columns", async (t) => {
  const ns = await namespace(main.client, "sts-cli");
  const kubelet = markPodsReady(main, ns);
  t.teardown(() => kubelet.stop());
  const cli = (args: string[]) => troupe([...args, "-n", ns, "--server", main.cluster.server.url]);
  await main.client.create(statefulSet(ns, "kv", { replicas: 1 }));
  await podsNamed(ns, ["kv-0"]);
  const scaled = await cli(["scale", "sts", "kv", "--replicas", "2"]);
  t.is(scaled.code, 0, scaled.stderr);
  t.is(scaled.stdout, "statefulset.apps/kv scaled\n");
  await podsNamed(ns, ["kv-0", "kv-1"]);
  await eventually(async () => (await main.client.get<StatefulSetObject>("statefulsets", ns, "kv")).status?.readyReplicas === 2 || undefined, "2 ready", 30_000);
  t.regex((await cli(["get", "sts"])).stdout, /^NAME\s+READY\s+AGE\nkv\s+2\/2\s+\S+\n$/);
  t.regex((await cli(["get", "controllerrevisions"])).stdout, /^NAME\s+CONTROLLER\s+REVISION\s+AGE\nkv-\w+\s+statefulset\.apps\/kv\s+1\s+\S+\n$/);
});

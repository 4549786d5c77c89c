// The StatefulSet controller with the rest of a cluster in this process: a real nats-server, the
// API, the controller manager, the scheduler and two kubelets with the fake driver (the real
// kubelet code path, simulated containers). Creation order and readiness come from the API's watch.
import type { NatsConnection } from "@nats-io/transport-node";
import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { ImageStore } from "../runtime/images/image-store.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import type { PodObject, StatefulSetObject } from "../services/controllers/resources.ts";
import { FakeDriver } from "../services/kubelet/drivers/fake-driver.ts";
import { Kubelet } from "../services/kubelet/kubelet.ts";
import { PodEventRouter } from "../services/kubelet/pod-event-router.ts";
import { SchedulerService } from "../services/scheduler/scheduler-service.ts";
import { eventually, FAST_LEASE, live, namespace, podsIn, startFixture, startManager, stopFixture, type Fixture } from "./helpers/controller-cluster.ts";
import { connectTestClient } from "./helpers/nats.ts";

const logger = createLogger("statefulset-kubelets-test", {}, { level: "error" });
let main: Fixture;
let root: string;
const kubelets: { kubelet: Kubelet; factory: SharedInformerFactory }[] = [];
let scheduler: SchedulerService | undefined;
let schedulerNc: NatsConnection | undefined;

test.before(async () => {
  main = await startFixture();
  await startManager(main);
  root = await mkdtemp(join(tmpdir(), "troupe-sts-kubelets-"));
  schedulerNc = await connectTestClient(main.cluster.server, "troupe-scheduler");
  scheduler = await SchedulerService.start({ nc: schedulerNc, registry: createMetricsRegistry({ service: "troupe-scheduler", defaultMetrics: false }), logger }, { lease: FAST_LEASE });
  const images = await ImageStore.open(main.cluster.nc);
  for (const nodeName of ["sts-node-a", "sts-node-b"]) {
    const factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(main.cluster.nc, { bucket: STATE_BUCKET })), logger);
    const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
    const kubelet = new Kubelet(
      { client: main.client, router, leases: await openLeaseStore(main.cluster.nc), images, driver: new FakeDriver({ logger }), logger },
      { nodeName, rootDir: join(root, nodeName), cpu: "4", memory: "4Gi", statusIntervalMs: 200 },
    );
    await kubelet.start();
    await factory.start();
    kubelets.push({ kubelet, factory });
  }
});

test.after.always(async () => {
  for (const { kubelet, factory } of kubelets) {
    await kubelet.stop(1).catch(() => undefined);
    factory.stop();
  }
  await scheduler?.stop().catch(() => undefined);
  await schedulerNc?.close().catch(() => undefined);
  if (main) await stopFixture(main);
  if (root) await rm(root, { recursive: true, force: true });
});

const ready = (pod: PodObject) => (pod.status?.conditions ?? []).some((condition) => condition.type === "Ready" && condition.status === "True");

test("on fake-driver kubelets an OrderedReady statefulset starts pods 0, 1, 2 each Ready before the next, and a deleted member returns with its claim", async (t) => {
  const ns = await namespace(main.client, "sts-kubelets");
  const events: string[] = [];
  const seenReady = new Set<string>();
  const observe = (pod: PodObject) => {
    if (pod.metadata?.namespace !== ns || !ready(pod) || seenReady.has(pod.metadata?.uid ?? "")) return;
    seenReady.add(pod.metadata?.uid ?? "");
    events.push(`ready ${pod.metadata?.name}`);
  };
  main.pods.addHandlers({
    onAdd: (pod) => {
      if (pod.metadata?.namespace === ns) events.push(`created ${pod.metadata?.name}`);
      observe(pod);
    },
    onUpdate: (_previous, pod) => observe(pod),
  });
  // The claims bind to static volumes (no StorageClass here, so nothing provisions them): a pod
  // whose claim is unbound is not scheduled, as in Kubernetes.
  for (const ordinal of [0, 1, 2]) {
    await main.client.create({
      apiVersion: "v1",
      kind: "PersistentVolume",
      metadata: { name: `${ns}-pv-${ordinal}` },
      spec: { capacity: { storage: "1Gi" }, accessModes: ["ReadWriteOnce"], persistentVolumeReclaimPolicy: "Retain", storageClassName: "", hostPath: { path: join(root, `pv-${ordinal}`) } },
    } as unknown as StatefulSetObject);
  }
  await main.client.create({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "redis", namespace: ns },
    spec: {
      replicas: 3,
      serviceName: "redis-service",
      selector: { matchLabels: { app: "redis" } },
      template: { metadata: { labels: { app: "redis" } }, spec: { containers: [{ name: "redis", image: "host", command: ["redis-server"], volumeMounts: [{ name: "data", mountPath: "/data" }] }] } },
      volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } } }],
    },
  } as StatefulSetObject);
  await eventually(() => (podsIn(main, ns, (pod) => live(pod) && ready(pod)).length === 3 || undefined), "3 Ready pods", 60_000).catch(async (error: unknown) => {
    // What each pod and claim was doing, so a timeout says where the ordered start stopped.
    const claims = await main.client.list<StatefulSetObject>("persistentvolumeclaims", { namespace: ns }).catch(() => ({ items: [] }));
    t.log("events:", events.join(", "));
    t.log("pods:", JSON.stringify(podsIn(main, ns).map((pod) => ({ name: pod.metadata?.name, node: pod.spec?.nodeName, phase: pod.status?.phase, conditions: pod.status?.conditions?.map((c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ""}`) }))));
    t.log("claims:", JSON.stringify(claims.items.map((claim) => ({ name: claim.metadata?.name, status: claim.status }))));
    throw error;
  });
  t.deepEqual(events.slice(0, 6), ["created redis-0", "ready redis-0", "created redis-1", "ready redis-1", "created redis-2", "ready redis-2"]);
  t.true(podsIn(main, ns).every((pod) => Boolean(pod.spec?.nodeName)), "every pod was scheduled");

  const before = podsIn(main, ns, (pod) => pod.metadata?.name === "redis-1")[0];
  await main.client.delete("pods", ns, "redis-1");
  const back = await eventually(() => podsIn(main, ns, (pod) => live(pod) && ready(pod) && pod.metadata?.name === "redis-1" && pod.metadata?.uid !== before.metadata?.uid)[0], "redis-1 back and Ready", 60_000);
  t.is(back.spec?.volumes?.find((volume) => volume.name === "data")?.persistentVolumeClaim?.claimName, "data-redis-1");
});

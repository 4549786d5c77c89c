// Hollow nodes keep running pods with volumes: with the fake driver nothing is written, the
// volumes resolve to nominal paths and the mounts are recorded in the container's spec.
import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { ImageStore } from "../runtime/images/image-store.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../runtime/log.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { FakeDriver } from "../services/kubelet/drivers/fake-driver.ts";
import { Kubelet } from "../services/kubelet/kubelet.ts";
import { PodEventRouter } from "../services/kubelet/pod-event-router.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

let cluster: ApiTestCluster;
let kubelet: Kubelet;
let factory: SharedInformerFactory;
let root: string;
const driver = new FakeDriver();

test.before(async () => {
  cluster = await startApiTestCluster();
  root = await mkdtemp(join(tmpdir(), "troupe-fake-volumes-"));
  const logger = createLogger("kubelet-fake-volumes-test", {}, { level: "error" });
  factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(cluster.nc, { bucket: STATE_BUCKET })), logger);
  const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
  kubelet = new Kubelet(
    { client: new TypedApiClient(cluster.nc), router, leases: await openLeaseStore(cluster.nc), images: await ImageStore.open(cluster.nc), driver, logger },
    { nodeName: "hollow-1", driver: "fake", rootDir: root, cpu: "2", memory: "2Gi", statusIntervalMs: 500 },
  );
  await kubelet.start();
  await factory.start();
});

test.after.always(async () => {
  await kubelet?.stop(1);
  factory?.stop();
  await cluster?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

test("a hollow node runs a pod with configMap, emptyDir and hostPath volumes and records its mounts", async (t) => {
  const client = new TypedApiClient(cluster.nc);
  await client.create({
    apiVersion: "v1", kind: "Pod", metadata: { name: "vols", namespace: "default" },
    spec: {
      nodeName: "hollow-1",
      volumes: [{ name: "cfg", configMap: { name: "not-read-on-hollow-nodes" } }, { name: "scratch", emptyDir: {} }, { name: "host", hostPath: { path: "/no/such/path", type: "Directory" } }],
      containers: [{ name: "main", image: "host", command: ["app"], volumeMounts: [{ name: "cfg", mountPath: "/etc/app", readOnly: true }, { name: "scratch", mountPath: "/work" }, { name: "host", mountPath: "/host" }] }],
    },
  } as Pod);
  const deadline = Date.now() + 20_000;
  let phase: string | undefined;
  while (Date.now() < deadline && phase !== "Running") {
    phase = (await client.get<Pod>("pods", "default", "vols").catch(() => undefined))?.status?.phase ?? undefined;
    if (phase !== "Running") await new Promise((resolve) => setTimeout(resolve, 100));
  }
  t.is(phase, "Running");
  const uid = (await client.get<Pod>("pods", "default", "vols")).metadata?.uid;
  const [container] = await driver.list();
  t.deepEqual(container.spec.mounts, [
    { source: `/fake/pods/${uid}/volumes/kubernetes.io~configmap/cfg`, target: "/etc/app", readOnly: true },
    { source: `/fake/pods/${uid}/volumes/kubernetes.io~empty-dir/scratch`, target: "/work", readOnly: false },
    { source: "/no/such/path", target: "/host", readOnly: false },
  ]);
});

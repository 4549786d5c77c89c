// The kubelet's networking against a real API and nats-server: pod IPs from the node's pod CIDR,
// port mappings in the container status (reachable on podIP:hostPort), the service environment
// variables, probes, and the pod's own resolv.conf.
import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../runtime/controller/shared-informers.ts";
import { ImageStore } from "../runtime/images/image-store.ts";
import { openLeaseStore } from "../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../runtime/log.ts";
import type { Informer } from "../runtime/store/informer.ts";
import { KvStore } from "../runtime/store/kv-store.ts";
import { ObjectRepository } from "../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../runtime/subjects.ts";
import { ProcessDriver } from "../services/kubelet/drivers/process-driver.ts";
import { Kubelet } from "../services/kubelet/kubelet.ts";
import type { Node } from "../services/kubelet/node-object.ts";
import type { Pod } from "../services/kubelet/pod/container-spec.ts";
import { PodEventRouter } from "../services/kubelet/pod-event-router.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";

const NODE = "node-net";
const POD_CIDR = "127.128.201.0/24";

let cluster: ApiTestCluster;
let client: TypedApiClient;
let kubelet: Kubelet;
let factory: SharedInformerFactory;
let services: Informer;
let root: string;

let logger: ReturnType<typeof createLogger>;

/** A kubelet for NODE with its own informers, as a (re)started kubelet process has. */
async function startKubelet(): Promise<void> {
  factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(cluster.nc, { bucket: STATE_BUCKET })), logger);
  const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
  services = factory.informer(findResource("services") as ResourceInfo);
  kubelet = new Kubelet(
    {
      client, router, services, leases: await openLeaseStore(cluster.nc), images: await ImageStore.open(cluster.nc),
      driver: new ProcessDriver({ logger, cgroups: false, podsDir: join(root, "pods") }), logger,
    },
    { nodeName: NODE, rootDir: root, cpu: "2", memory: "2Gi", podCidr: POD_CIDR, crashLoop: { baseMs: 200, maxMs: 1000 }, imagePullBackoffMs: 200, statusIntervalMs: 500 },
  );
  await kubelet.start();
  await factory.start();
}

async function stopKubelet(): Promise<void> {
  await kubelet?.stop(1);
  factory?.stop();
}

test.before(async () => {
  cluster = await startApiTestCluster();
  client = new TypedApiClient(cluster.nc);
  root = await mkdtemp(join(tmpdir(), "troupe-kubelet-net-"));
  logger = createLogger("kubelet-net-test", {}, { level: "error" });
  await startKubelet();
});

test.after.always(async () => {
  await stopKubelet();
  await cluster?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const getPod = (name: string) => () => client.get<Pod>("pods", "default", name);

function pod(name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default" }, spec: { nodeName: NODE, terminationGracePeriodSeconds: 1, containers: [{ name: "main", image: "host", ...container }], ...spec } } as Pod;
}

/** A tiny HTTP server on 0.0.0.0:$PORT answering with its environment as JSON. */
const ENV_SERVER = "require('http').createServer((q, r) => r.end(JSON.stringify(process.env))).listen(Number(process.env.PORT), '0.0.0.0')";

function runningWithPorts(p: Pod): boolean {
  return p.status?.phase === "Running" && Boolean(p.status.containerStatuses?.[0]?.ports?.[0]?.hostPort);
}

/** Running means started, not listening yet: asks until the server answers. */
async function envOf(p: Pod): Promise<Record<string, string>> {
  const port = p.status?.containerStatuses?.[0]?.ports?.[0];
  const ask = async () => (await (await fetch(`http://${port?.hostIP}:${port?.hostPort}/`)).json()) as Record<string, string>;
  return eventually(ask, () => true, `${p.metadata?.name} answering on ${port?.hostIP}:${port?.hostPort}`);
}

test.serial("the node's spec carries its pod CIDR", async (t) => {
  const node = await client.get<Node>("nodes", undefined, NODE);
  t.is(node.spec?.podCIDR, POD_CIDR);
  t.deepEqual(node.spec?.podCIDRs, [POD_CIDR]);
});

test.serial("pods get distinct IPs from the pod CIDR, their port mappings in status, and are reachable on podIP:hostPort", async (t) => {
  const container = { command: [process.execPath, "-e", ENV_SERVER], ports: [{ name: "http", containerPort: 8080 }] };
  await client.create(pod("web-a", container));
  await client.create(pod("web-b", container));
  const a = await eventually(getPod("web-a"), runningWithPorts, "web-a Running with ports");
  const b = await eventually(getPod("web-b"), runningWithPorts, "web-b Running with ports");
  t.regex(a.status?.podIP ?? "", /^127\.128\.201\.\d+$/);
  t.regex(b.status?.podIP ?? "", /^127\.128\.201\.\d+$/);
  t.not(a.status?.podIP, b.status?.podIP);
  t.not(a.status?.podIP, "127.128.201.0");
  t.deepEqual(a.status?.podIPs?.map(({ ip }) => ip), [a.status?.podIP]);
  t.is(a.status?.hostIP, "127.0.0.1");
  const [mapping] = a.status?.containerStatuses?.[0]?.ports ?? [];
  t.like(mapping, { name: "http", containerPort: 8080, protocol: "TCP", hostIP: a.status?.podIP });
  t.true((mapping?.hostPort ?? 0) > 0);

  const env = await envOf(a);
  t.is(env.POD_IP, a.status?.podIP ?? "");
  t.is(env.TROUPE_POD_IP, a.status?.podIP ?? "");
  t.is(env.TROUPE_POD_NAME, "web-a");
  t.is(env.TROUPE_NAMESPACE, "default");
  t.is(env.TROUPE_DNS_SERVER, "127.77.0.10:53");
  t.is(env.PORT, String(mapping?.hostPort));
});

test.serial("a deleted pod's IP is released and a restarted kubelet keeps the IPs its pods report", async (t) => {
  const a = await client.get<Pod>("pods", "default", "web-a");
  await client.delete("pods", "default", "web-a");
  await eventually(async () => (await client.list<Pod>("pods", { namespace: "default", fieldSelector: "metadata.name=web-a" })).items, (items) => items.length === 0, "web-a removed");
  const before = await client.get<Pod>("pods", "default", "web-b");

  await stopKubelet();
  await startKubelet();
  await client.create(pod("web-c", { command: [process.execPath, "-e", ENV_SERVER], ports: [{ containerPort: 8080 }] }));
  const c = await eventually(getPod("web-c"), runningWithPorts, "web-c Running");
  const b = await eventually(getPod("web-b"), (p) => runningWithPorts(p) && p.status?.containerStatuses?.[0]?.containerID !== before.status?.containerStatuses?.[0]?.containerID, "web-b running again under the new kubelet");
  t.is(b.status?.podIP, before.status?.podIP, "web-b kept its IP");
  t.not(c.status?.podIP, b.status?.podIP);
  // web-a's address was released with it; the new kubelet may hand it out again (web-c takes it).
  t.is(c.status?.podIP, a.status?.podIP);
  t.is((await envOf(b)).POD_IP, b.status?.podIP ?? "");
});

test.serial("containers get the Kubernetes service variables of their namespace, unless enableServiceLinks is false", async (t) => {
  await client.create({
    apiVersion: "v1", kind: "Service", metadata: { name: "redis-master", namespace: "default" },
    spec: { clusterIP: "127.77.3.3", selector: { app: "redis" }, ports: [{ port: 6379, targetPort: 6379 }] },
  });
  await client.create({
    apiVersion: "v1", kind: "Service", metadata: { name: "web-front", namespace: "default" },
    spec: { clusterIP: "127.77.3.4", ports: [{ name: "http", port: 80, targetPort: 8080 }, { name: "metrics", port: 9090, targetPort: 9090 }] },
  });
  await client.create({ apiVersion: "v1", kind: "Service", metadata: { name: "headless", namespace: "default" }, spec: { clusterIP: "None", ports: [{ port: 80 }] } });
  await eventually(async () => services.get("default", "web-front"), Boolean, "the kubelet's service informer has the services");

  await client.create(pod("linked", { command: [process.execPath, "-e", ENV_SERVER], ports: [{ containerPort: 8080 }] }));
  const env = await envOf(await eventually(getPod("linked"), runningWithPorts, "linked Running"));
  t.like(env, {
    REDIS_MASTER_SERVICE_HOST: "127.77.3.3",
    REDIS_MASTER_SERVICE_PORT: "6379",
    REDIS_MASTER_PORT: "tcp://127.77.3.3:6379",
    REDIS_MASTER_PORT_6379_TCP: "tcp://127.77.3.3:6379",
    REDIS_MASTER_PORT_6379_TCP_PROTO: "tcp",
    REDIS_MASTER_PORT_6379_TCP_PORT: "6379",
    REDIS_MASTER_PORT_6379_TCP_ADDR: "127.77.3.3",
    WEB_FRONT_SERVICE_PORT: "80",
    WEB_FRONT_SERVICE_PORT_HTTP: "80",
    WEB_FRONT_SERVICE_PORT_METRICS: "9090",
  });
  t.false(Object.keys(env).some((name) => name.startsWith("HEADLESS_")), "a headless service has no variables");

  await client.create(pod("unlinked", { command: [process.execPath, "-e", ENV_SERVER], ports: [{ containerPort: 8080 }] }, { enableServiceLinks: false }));
  const plain = await envOf(await eventually(getPod("unlinked"), runningWithPorts, "unlinked Running"));
  t.false("REDIS_MASTER_SERVICE_HOST" in plain);
  t.truthy(plain.TROUPE_POD_IP);
});

// The kubelet's networking against a real API and nats-server: pod IPs from the node's pod CIDR,
// port mappings in the container status (reachable on podIP:hostPort), the service environment
// variables, probes, and the pod's own resolv.conf.
import test from "ava";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../runtime/api-client.ts";
import { readContainerLog } from "../runtime/kubelet-client/log-client.ts";
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
  if (root) await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
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
    spec: { clusterIP: "127.77.3.3", selector: { app: "redis" }, ports: [{ port: 6379, targetPort: { intVal: 6379 } }] },
  });
  await client.create({
    apiVersion: "v1", kind: "Service", metadata: { name: "web-front", namespace: "default" },
    spec: { clusterIP: "127.77.3.4", ports: [{ name: "http", port: 80, targetPort: { intVal: 8080 } }, { name: "metrics", port: 9090, targetPort: { intVal: 9090 } }] },
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

interface EventShape {
  reason?: string;
  message?: string;
  type?: string;
  involvedObject?: { name?: string };
}

async function eventsAbout(name: string): Promise<EventShape[]> {
  const { items } = await client.list<EventShape & { apiVersion?: string }>("events", { namespace: "default" });
  return items.filter((event) => event.involvedObject?.name === name);
}

function readyOf(p: Pod): { pod?: string; containers?: string; container?: boolean } {
  const conditions = p.status?.conditions ?? [];
  return {
    pod: conditions.find((c) => c.type === "Ready")?.status ?? undefined,
    containers: conditions.find((c) => c.type === "ContainersReady")?.status ?? undefined,
    container: p.status?.containerStatuses?.[0]?.ready ?? undefined,
  };
}

/** Ready while not toggled off: GET /toggle flips /ready between 200 and 503. */
const TOGGLE_SERVER = "let ok = true; require('http').createServer((q, r) => { if (q.url === '/toggle') { ok = !ok; return r.end(String(ok)); } r.statusCode = q.url === '/ready' && ok ? 200 : 503; r.end(ok ? 'ok' : 'not ready'); }).listen(Number(process.env.PORT), '0.0.0.0')";

test.serial("a readiness probe that starts failing takes the pod out of Ready, and back when it passes", async (t) => {
  await client.create(pod("flipper", {
    command: [process.execPath, "-e", TOGGLE_SERVER],
    ports: [{ name: "http", containerPort: 8080 }],
    readinessProbe: { httpGet: { path: "/ready", port: { strVal: "http" } }, periodSeconds: 1, failureThreshold: 1 },
  }));
  const ready = await eventually(getPod("flipper"), (p) => readyOf(p).pod === "True", "flipper Ready");
  t.deepEqual(readyOf(ready), { pod: "True", containers: "True", container: true });
  const port = ready.status?.containerStatuses?.[0]?.ports?.[0];
  const toggle = async () => (await fetch(`http://${port?.hostIP}:${port?.hostPort}/toggle`)).text();

  t.is(await toggle(), "false");
  const notReady = await eventually(getPod("flipper"), (p) => readyOf(p).pod === "False", "flipper not Ready", 8000);
  t.deepEqual(readyOf(notReady), { pod: "False", containers: "False", container: false });
  t.is(notReady.status?.phase, "Running");
  const unhealthy = await eventually(() => eventsAbout("flipper"), (events) => events.some((event) => event.reason === "Unhealthy"), "an Unhealthy event");
  // The first failure may be an attempt before the server listened (failures are rate-limited to one event).
  const event = unhealthy.find((candidate) => candidate.reason === "Unhealthy");
  t.is(event?.type, "Warning");
  t.regex(event?.message ?? "", /^Readiness probe failed: (HTTP probe failed with statuscode: 503 \(not ready\)|Get "http:\/\/127\.128\.201\.\d+:\d+\/ready": connect ECONNREFUSED)/);

  t.is(await toggle(), "true");
  await eventually(getPod("flipper"), (p) => readyOf(p).pod === "True", "flipper Ready again", 8000);
  t.is((await client.get<Pod>("pods", "default", "flipper")).status?.containerStatuses?.[0]?.restartCount, 0, "readiness never restarts");
});

test.serial("a failing liveness probe kills the container and it is restarted, with Unhealthy and Killing events", async (t) => {
  // Healthy for its first 1.5 s, then answers 500 until killed.
  const sickening = "const born = Date.now(); require('http').createServer((q, r) => { r.statusCode = Date.now() - born < 1500 ? 200 : 500; r.end(); }).listen(Number(process.env.PORT), '0.0.0.0')";
  await client.create(pod("sickly", {
    command: [process.execPath, "-e", sickening],
    ports: [{ containerPort: 8080 }],
    livenessProbe: { httpGet: { path: "/healthz", port: { intVal: 8080 } }, periodSeconds: 1, failureThreshold: 2 },
  }, { terminationGracePeriodSeconds: 1 }));
  const restarted = await eventually(getPod("sickly"), (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1, "a liveness restart", 20_000);
  t.truthy(restarted.status?.containerStatuses?.[0]?.lastState?.terminated);
  const events = await eventually(() => eventsAbout("sickly"), (list) => list.some((event) => event.reason === "Killing"), "a Killing event");
  t.true(events.some((event) => event.reason === "Unhealthy" && event.message === "Liveness probe failed: HTTP probe failed with statuscode: 500"), JSON.stringify(events));
  t.true(events.some((event) => event.reason === "Killing" && event.message === "Container main failed liveness probe, will be restarted"));
});

test.serial("an exec probe runs in the container's environment and working directory; a startup probe gates readiness", async (t) => {
  // Ready once it has written its marker file into its working directory, after about a second.
  await client.create(pod("exec-probed", {
    command: ["sh", "-c", "sleep 1; echo up > marker; exec sleep 60"],
    env: [{ name: "EXPECTED", value: "up" }],
    startupProbe: { exec: { command: ["sh", "-c", "test \"$(cat marker)\" = \"$EXPECTED\""] }, periodSeconds: 1, failureThreshold: 10 },
  }, { terminationGracePeriodSeconds: 0 }));
  const starting = await eventually(getPod("exec-probed"), (p) => p.status?.phase === "Running", "exec-probed Running");
  t.false(starting.status?.containerStatuses?.[0]?.started ?? false, "not started before the startup probe passes");
  t.false(starting.status?.containerStatuses?.[0]?.ready ?? false);
  const started = await eventually(getPod("exec-probed"), (p) => readyOf(p).pod === "True", "exec-probed Ready", 10_000);
  t.true(started.status?.containerStatuses?.[0]?.started ?? false);
});

test.serial("bad probe input is a clear message, never a crash: an unknown port name fails readiness, gRPC is ignored", async (t) => {
  await client.create(pod("bad-port", {
    command: ["sleep", "60"], ports: [{ name: "http", containerPort: 8080 }],
    readinessProbe: { tcpSocket: { port: { strVal: "metrics" } }, periodSeconds: 1 },
  }, { terminationGracePeriodSeconds: 0 }));
  await client.create(pod("grpc-probed", { command: ["sleep", "60"], livenessProbe: { grpc: { port: 9000 } } }, { terminationGracePeriodSeconds: 0 }));
  const events = await eventually(() => eventsAbout("bad-port"), (list) => list.some((event) => event.reason === "Unhealthy"), "bad-port Unhealthy");
  t.is(events.find((event) => event.reason === "Unhealthy")?.message, 'Readiness probe failed: probe errored: port name "metrics" is not a declared container port (declared: http)');
  t.is(readyOf(await client.get<Pod>("pods", "default", "bad-port")).pod, "False");

  const grpc = await eventually(getPod("grpc-probed"), (p) => readyOf(p).pod === "True", "grpc-probed Ready (the probe ignored)");
  t.regex(grpc.status?.message ?? "", /container "main": liveness probe: gRPC probes are not supported by Troupe; the probe is ignored/);
  const warnings = await eventually(() => eventsAbout("grpc-probed"), (list) => list.some((event) => event.reason === "ProbeWarning"), "a ProbeWarning event");
  t.is(warnings.find((event) => event.reason === "ProbeWarning")?.type, "Warning");
});

async function logOf(name: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readContainerLog(cluster.nc, NODE, { namespace: "default", pod: name, container: "main" })) lines.push(line.text);
  return lines;
}

test.serial("as root, a container sees its pod's resolv.conf; dnsPolicy Default keeps the host's", async (t) => {
  if (process.getuid?.() !== 0) {
    t.log("not root: containers keep the host's resolver; nothing to check here");
    t.pass();
    return;
  }
  const { readFile } = await import("node:fs/promises");
  const host = await readFile("/etc/resolv.conf", "utf8");
  const show = ["sh", "-c", "cat /etc/resolv.conf; echo \"dns=$TROUPE_DNS_SERVER pid=$$\"; exec sleep 60"];
  await client.create(pod("dns-cluster", { command: show, readinessProbe: { exec: { command: ["grep", "-q", "127.77.0.10", "/etc/resolv.conf"] }, periodSeconds: 1 } }, { terminationGracePeriodSeconds: 0 }));
  await client.create(pod("dns-host", { command: show }, { terminationGracePeriodSeconds: 0, dnsPolicy: "Default" }));
  const cluster = await eventually(() => logOf("dns-cluster"), (lines) => lines.some((line) => line.startsWith("dns=")), "dns-cluster's output");
  t.deepEqual(cluster.slice(0, 3), ["nameserver 127.77.0.10", "search default.svc.cluster.local svc.cluster.local cluster.local", "options ndots:5"]);
  t.regex(cluster.find((line) => line.startsWith("dns=")) ?? "", /^dns=127\.77\.0\.10:53 pid=\d+$/);
  // The exec probe runs in the container's mount namespace, so it sees the pod's file too.
  await eventually(getPod("dns-cluster"), (p) => readyOf(p).pod === "True", "dns-cluster Ready by its exec probe");

  const plain = await eventually(() => logOf("dns-host"), (lines) => lines.some((line) => line.startsWith("dns=")), "dns-host's output");
  t.deepEqual(plain.filter((line) => !line.startsWith("dns=")), host.split("\n").filter((line, index, all) => index < all.length - 1 || line !== ""));
  t.regex(plain.find((line) => line.startsWith("dns=")) ?? "", /^dns=127\.77\.0\.10:53/);
  t.is(await readFile("/etc/resolv.conf", "utf8"), host, "the host's file is untouched");
});

test.serial("in the private mount namespace the container's pid is its main process and signals and exit codes pass through", async (t) => {
  const trap = "trap 'echo got-term; exit 7' TERM; echo pid=$$; while true; do sleep 0.1; done";
  await client.create(pod("dns-exit", { command: ["sh", "-c", trap] }, { restartPolicy: "Never" }));
  const lines = await eventually(() => logOf("dns-exit"), (output) => output.some((line) => line.startsWith("pid=")), "dns-exit's pid");
  const pid = Number(lines.find((line) => line.startsWith("pid="))?.slice(4));
  const { readFile } = await import("node:fs/promises");
  const ledger = JSON.parse(await readFile(join(root, "containers.json"), "utf8")) as { pid: number }[];
  t.true(ledger.some((entry) => entry.pid === pid), `the ledger records the shell's own pid ${pid} (unshare and the mount wrapper exec'd)`);
  process.kill(pid, "SIGTERM");
  const ended = await eventually(getPod("dns-exit"), (p) => p.status?.phase === "Failed", "dns-exit ended by its TERM trap");
  t.is(ended.status?.containerStatuses?.[0]?.state?.terminated?.exitCode, 7);
  t.true((await logOf("dns-exit")).includes("got-term"));
});

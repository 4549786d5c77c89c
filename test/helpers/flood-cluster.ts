// A cluster for the API flood test and benchmark: a nats-server, the API as its own process (the
// flood loads it, not this one), and in this process the controller manager and fake-driver
// kubelets, each on its own connection with its own identity (system:kube-controller-manager,
// system:node:<name>), so flow control classifies them as it would under `troupe up`. Then one
// user floods the API at a fixed rate while another user's requests, the node heartbeats and
// the nodes' Ready conditions are measured.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../../cli/cluster/cluster-services.ts";
import { waitForApi } from "../../cli/cluster/wait-for-api.ts";
import { JsonApiClient, TypedApiClient } from "../../runtime/api-client.ts";
import { eventually } from "./workload-cluster.ts";
import { bindConnectionIdentity } from "../../runtime/auth/connection-identity.ts";
import { encodeIdentityToken } from "../../runtime/auth/identity-token.ts";
import { authenticatedUser, COMPONENT_USERS, nodeUser, type UserInfo } from "../../runtime/auth/user-info.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import { ImageStore } from "../../runtime/images/image-store.ts";
import { openLeaseStore } from "../../runtime/leader-election/lease-lock.ts";
import { createLogger } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { startNatsServer, type NatsServerHandle } from "../../runtime/nats-server.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { nodeNameOfLeaseKey, STATE_BUCKET } from "../../runtime/subjects.ts";
import { ControllerManager } from "../../services/controllers/controller-manager.ts";
import { FakeDriver } from "../../services/kubelet/drivers/fake-driver.ts";
import { Kubelet } from "../../services/kubelet/kubelet.ts";
import { PodEventRouter } from "../../services/kubelet/pod-event-router.ts";
import { REPO_ROOT } from "./troupe-cli.ts";

export const HEARTBEAT_INTERVAL_MS = 1000;
/** The node lifecycle controller's grace (Kubernetes' node-monitor-grace-period, scaled down). */
export const NODE_GRACE_MS = 4000;
export const FLOOD_NAMESPACE = "flood";

export interface FloodClusterOptions {
  nodes: number;
  /** Environment of the API process (TROUPE_API_MAX_INFLIGHT=0 turns flow control off). */
  apiEnv?: Record<string, string>;
  /** ConfigMaps the flood lists each time: the weight of one flood request. */
  floodObjects?: number;
}

export interface FloodCluster {
  server: NatsServerHandle;
  admin: JsonApiClient;
  kubelets: Kubelet[];
  /** A connection bound to `user`'s identity; without one, the identity-less subjects (the cluster admin). */
  connectAs(user?: UserInfo): Promise<NatsConnection>;
  stop(): Promise<void>;
}

const quiet = createLogger("api-flood", {}, { level: "error" });

export async function startFloodCluster(options: FloodClusterOptions): Promise<FloodCluster> {
  const server = await startNatsServer();
  const connections: NatsConnection[] = [];
  const connectAs = async (user?: UserInfo) => {
    const nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    connections.push(nc);
    if (user) bindConnectionIdentity(nc, encodeIdentityToken(user));
    return nc;
  };
  const api: ChildProcess = spawn(process.execPath, [...serviceNodeFlags("services/api/main.ts"), "services/api/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_NATS_URL: server.url, TROUPE_METRICS_PORT: "0", TROUPE_LOG_LEVEL: "error", ...options.apiEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => api.once("exit", resolve));
  const root = await mkdtemp(join(tmpdir(), "troupe-api-flood-"));
  const kubelets: Kubelet[] = [];
  let manager: ControllerManager | undefined;
  let factory: SharedInformerFactory | undefined;
  const stop = async () => {
    for (const kubelet of kubelets) await kubelet.stop(0).catch(() => undefined);
    factory?.stop();
    await manager?.stop().catch(() => undefined);
    for (const nc of connections) await nc.close().catch(() => undefined);
    if (api.exitCode === null && api.signalCode === null) {
      api.kill("SIGTERM");
      await exited;
    }
    await server.destroy();
    await rm(root, { recursive: true, force: true });
  };
  try {
    await waitForApi({ natsUrl: server.url, timeoutMs: 30_000, abort: exited.then(() => { throw new Error("the API process exited"); }) });
    // The test's own connection has no identity: the cluster admin, exempt from flow control.
    const admin = new JsonApiClient(await connectAs(undefined), { timeoutMs: 10_000 });
    await admin.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: FLOOD_NAMESPACE } });
    // Every user may read (ClusterRole view), so what refuses the flood is flow control, not RBAC.
    await admin.create({
      apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", metadata: { name: "flood-readers" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "view" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:authenticated" }],
    });
    const reader = new JsonApiClient(await connectAs(authenticatedUser("flood-probe")), { timeoutMs: 10_000 });
    // RBAC's index learns of the binding through a watch.
    await eventually(() => reader.list("configmaps", { namespace: FLOOD_NAMESPACE }), () => true, "the binding in force", 10_000);
    await Promise.all(Array.from({ length: options.floodObjects ?? 200 }, (_, i) => admin.create({
      apiVersion: "v1", kind: "ConfigMap", metadata: { name: `load-${i}`, namespace: FLOOD_NAMESPACE, labels: { app: "flood" } }, data: { value: "x".repeat(64) },
    })));
    manager = await ControllerManager.start(
      { nc: await connectAs(authenticatedUser(COMPONENT_USERS.controllerManager)), registry: createMetricsRegistry({ service: "troupe-controller-manager", defaultMetrics: false }), logger: quiet },
      { nodeLifecycle: { gracePeriodMs: NODE_GRACE_MS, defaultTolerationSeconds: 30, monitorPeriodMs: 200 }, lease: { leaseDurationMs: 1000, renewDeadlineMs: 700, retryPeriodMs: 150 } },
    );
    await manager.whenSynced();
    // The kubelets read their pods from the state bucket (one informer), and write through the API as themselves.
    const setup = await connectAs(undefined);
    factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(setup, { bucket: STATE_BUCKET })), quiet);
    const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
    const [leases, images] = await Promise.all([openLeaseStore(setup), ImageStore.open(setup)]);
    for (let i = 1; i <= options.nodes; i++) {
      const name = `flood-node-${i}`;
      const client = new TypedApiClient(await connectAs(nodeUser(name)));
      const kubelet = new Kubelet({ client, router, leases, images, driver: new FakeDriver(), logger: quiet }, {
        nodeName: name, driver: "fake", rootDir: join(root, name), heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
      });
      await kubelet.start();
      kubelets.push(kubelet);
    }
    await factory.start();
    return { server, admin, kubelets, connectAs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Each node's heartbeat arrivals, as a watcher of the leases bucket sees them. */
export async function followHeartbeats(cluster: FloodCluster): Promise<{ arrivals: Map<string, number[]>; stop(): void }> {
  const leases = await openLeaseStore(await cluster.connectAs(authenticatedUser("heartbeat-watcher")));
  const watch = await leases.watch("node.>");
  const arrivals = new Map<string, number[]>();
  void (async () => {
    for await (const event of watch) {
      const node = nodeNameOfLeaseKey(event.key);
      if (!node || event.initial || event.type !== "put") continue;
      arrivals.set(node, [...(arrivals.get(node) ?? []), performance.now()]);
    }
  })();
  return { arrivals, stop: () => watch.stop() };
}

/** Every Ready condition each node had since the start, read from the state bucket (not through the API). */
export async function followReadiness(cluster: FloodCluster): Promise<{ notReadyAt: Map<string, number>; stop(): void }> {
  const factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(await cluster.connectAs(undefined), { bucket: STATE_BUCKET })), quiet);
  const nodes = factory.informer<{ metadata?: { name?: string }; status?: { conditions?: { type?: string; status?: string }[] } }>(findResource("nodes") as ResourceInfo);
  const notReadyAt = new Map<string, number>();
  const observe = (node: { metadata?: { name?: string }; status?: { conditions?: { type?: string; status?: string }[] } }) => {
    const name = node.metadata?.name ?? "";
    const ready = node.status?.conditions?.find((condition) => condition.type === "Ready");
    if (ready && ready.status !== "True" && !notReadyAt.has(name)) notReadyAt.set(name, performance.now());
  };
  nodes.addHandlers({ onAdd: observe, onUpdate: (_previous, node) => observe(node) });
  await factory.start();
  return { notReadyAt, stop: () => factory.stop() };
}

export interface FloodResult {
  sent: number;
  ok: number;
  tooManyRequests: number;
  /** Timeouts and other failures. */
  failed: number;
}

/**
 * `user` lists the flood namespace at `rate` requests per second for `durationMs`, open loop, from
 * a process of its own (test/helpers/flood-client.ts).
 */
export async function flood(cluster: FloodCluster, user: UserInfo, rate: number, durationMs: number): Promise<FloodResult> {
  const script = "test/helpers/flood-client.ts";
  const child = spawn(process.execPath, [script, cluster.server.url, encodeIdentityToken(user), FLOOD_NAMESPACE, String(rate), String(durationMs)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...SERVICE_NODE_ENV },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the flood client exited with code ${code}`);
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as FloodResult;
}

/**
 * `user`'s latencies (ms) of a small list (an empty namespace), `rate` a second, open loop (each
 * sent on time, answered or not), until `until` settles; with the API clients' retries of 429s.
 */
export async function measureLatency(cluster: FloodCluster, user: UserInfo, rate: number, until: Promise<unknown>): Promise<{ latencies: number[]; errors: number; errorMessages: string[] }> {
  const client = new JsonApiClient(await cluster.connectAs(user), { timeoutMs: 10_000 });
  const latencies: number[] = [];
  let errors = 0;
  const errorMessages = new Set<string>();
  let done = false;
  void until.then(() => (done = true));
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let sent = 0; !done; sent++) {
    const wait = started + (sent * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    pending.push(client.list("configmaps", { namespace: "default" }).then(() => void latencies.push(performance.now() - t0), (error: Error) => {
      errors++;
      errorMessages.add(`${error.name}: ${error.message}`);
    }));
  }
  await Promise.all(pending);
  return { latencies, errors, errorMessages: [...errorMessages].slice(0, 5) };
}

/** How late each heartbeat came after the one before: the gap beyond the interval, in ms. */
export function heartbeatDelays(arrivals: Map<string, number[]>, from: number, to: number, nodes?: Set<string>): number[] {
  const delays: number[] = [];
  for (const [node, times] of arrivals) {
    if (nodes && !nodes.has(node)) continue;
    for (let i = 1; i < times.length; i++) {
      if (times[i] < from || times[i] > to) continue;
      delays.push(Math.max(0, times[i] - times[i - 1] - HEARTBEAT_INTERVAL_MS));
    }
  }
  return delays;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// A whole cluster for end-to-end tests: a nats-server of its own and every Troupe role as its own
// process (API, scheduler, controller manager, one kubelet per node with the process driver), as
// `troupe up` runs them but under the test's control, so a test can kill one.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { nodeTopologyLabels, podCidrOfNode, SERVICE_NODE_ENV, serviceNodeFlags } from "../../cli/cluster/cluster-services.ts";
import { waitForApi } from "../../cli/cluster/wait-for-api.ts";
import { JsonApiClient, TypedApiClient } from "../../runtime/api-client.ts";
import { buildImages } from "../../runtime/images/image-builder.ts";
import { ImageStore } from "../../runtime/images/image-store.ts";
import { startNatsServer, type NatsServerHandle } from "../../runtime/nats-server.ts";
import { findFreePort } from "../../runtime/free-port.ts";
import type { ClusterNatsSecurity } from "../../cli/cluster/cluster-nats-security.ts";
import { bindSecureConnection, secureConnectionOptions } from "../../runtime/nats-client-security.ts";
import { REPO_ROOT } from "./troupe-cli.ts";

export interface WorkloadClusterOptions {
  nodes?: number;
  /** Extra environment for every service (short timings for tests). */
  env?: Record<string, string>;
  /** Run two schedulers and two controller managers. */
  ha?: boolean;
  /** Run a node proxy (Services, cluster DNS, ingress) next to each kubelet. */
  proxies?: boolean;
  /** Image directories to build and push besides examples/hello/app. */
  images?: string[];
  /** Environment for the kubelets only (on top of `env`). */
  kubeletEnv?: Record<string, string>;
  /** Zones the nodes are spread over round-robin, as `troupe up --zones` does. */
  zones?: readonly string[];
  /** NATS with authentication (and TLS), as `troupe up` runs it: each role connects with its own
   * credentials (test/helpers/secure-cluster.ts). */
  security?: { nats: ClusterNatsSecurity; serverLog: string };
}

/**
 * The addresses of one test cluster. Node proxies share sockets with SO_REUSEPORT, so two test
 * clusters on the same ports would answer each other's clients: each cluster gets its own node
 * address, service range (and with it its cluster DNS address) and ingress port.
 */
export interface ClusterNetwork {
  nodeAddress: string;
  serviceCidr: string;
  clusterDns: string;
  ingressPort: number;
}

function randomNetwork(): ClusterNetwork {
  const byte = () => 1 + Math.floor(Math.random() * 250);
  const servicePrefix = `127.${70 + Math.floor(Math.random() * 40)}.${byte()}`;
  return {
    nodeAddress: `127.1.${byte()}.${byte()}`,
    serviceCidr: `${servicePrefix}.0/24`,
    clusterDns: `${servicePrefix}.10`,
    ingressPort: 20_000 + Math.floor(Math.random() * 9000),
  };
}

export interface RoleProcess {
  name: string;
  process: ChildProcess;
}

export interface WorkloadCluster {
  server: NatsServerHandle;
  nc: NatsConnection;
  json: JsonApiClient;
  typed: TypedApiClient;
  roles: RoleProcess[];
  kubeletDir: string;
  network: ClusterNetwork;
  /** Where each node proxy serves /metrics (http://host:port), in node order; empty without proxies. */
  proxyMetricsUrls: string[];
  /** Where each kubelet serves /metrics, in node order. */
  kubeletMetricsUrls: string[];
  /** Where every role serves /metrics (http://host:port), by role name ("api", "scheduler", "node-1", "proxy-1", ...). */
  metricsUrls: Record<string, string>;
  role(name: string): RoleProcess;
  /** Starts one more kubelet, `node-<index>` (a node joining later), and waits until it is Ready. */
  addNode(index: number): Promise<void>;
  /** SIGKILL a role (a node or leader dying); it is not restarted. */
  kill(name: string): Promise<void>;
  stop(): Promise<void>;
}

const SCRIPTS: Record<string, string> = {
  api: "services/api/main.ts",
  scheduler: "services/scheduler/main.ts",
  controllers: "services/controllers/main.ts",
  kubelet: "services/kubelet/main.ts",
  proxy: "services/proxy/main.ts",
};

function startRole(name: string, script: string, env: Record<string, string>): RoleProcess {
  const child = spawn(process.execPath, [...serviceNodeFlags(script), script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_LOG_LEVEL: "warn", TROUPE_METRICS_PORT: "0", ...env },
    stdio: ["ignore", "ignore", process.env.TROUPE_TEST_SERVICE_LOGS ? "inherit" : "ignore"],
  });
  return { name, process: child };
}

async function stopRole(role: RoleProcess, signal: NodeJS.Signals): Promise<void> {
  if (role.process.exitCode !== null || role.process.signalCode !== null) return;
  const exited = new Promise((resolve) => role.process.once("exit", resolve));
  role.process.kill(signal);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

export async function startWorkloadCluster(options: WorkloadClusterOptions = {}): Promise<WorkloadCluster> {
  const security = options.security;
  const admin = security ? await secureConnectionOptions(security.nats.role("admin")) : undefined;
  const server = await startNatsServer(security ? { extraConfig: () => security.nats.serverConfig(), logFile: security.serverLog, probeConnectOptions: admin?.options } : {});
  const roleEnv = (credentials: string) => security ? security.nats.serviceEnv(credentials) : {};
  const kubeletDir = await mkdtemp(join(tmpdir(), "troupe-e2e-kubelets-"));
  const network = randomNetwork();
  const env = {
    TROUPE_NATS_URL: server.url,
    TROUPE_NODE_ADDRESS: network.nodeAddress,
    TROUPE_SERVICE_CIDR: network.serviceCidr,
    TROUPE_CLUSTER_DNS: network.clusterDns,
    TROUPE_INGRESS_PORT: String(network.ingressPort),
    ...options.env,
  };
  const metricsUrls: Record<string, string> = {};
  // Each role gets a metrics port the kernel just said was free, so tests can scrape every one.
  const metricsPort = async (role: string) => {
    const port = await findFreePort();
    metricsUrls[role] = `http://127.0.0.1:${port}`;
    return { TROUPE_METRICS_PORT: String(port) };
  };
  const roles: RoleProcess[] = [startRole("api", SCRIPTS.api, { ...env, ...roleEnv("api"), ...(await metricsPort("api")) })];
  await waitForApi({ natsUrl: server.url, security: security?.nats.role("admin"), timeoutMs: 30_000, abort: new Promise(() => {}) });
  const nc = await connect({ ...admin?.options, servers: server.url, maxReconnectAttempts: -1 });
  if (admin) bindSecureConnection(nc, admin);
  const images = await ImageStore.open(nc);
  for (const directory of [join(REPO_ROOT, "examples", "hello", "app"), ...(options.images ?? [])]) {
    for (const image of await buildImages(directory)) await images.push(image.manifest, image.archive);
  }
  const copies = options.ha ? 2 : 1;
  for (let i = 1; i <= copies; i++) {
    const suffix = i === 1 ? "" : `-${i}`;
    roles.push(startRole(`scheduler${suffix}`, SCRIPTS.scheduler, { ...env, ...roleEnv("scheduler"), TROUPE_SCHEDULER_NAME: `scheduler${suffix || "-1"}`, ...(await metricsPort(`scheduler${suffix}`)) }));
    roles.push(startRole(`controllers${suffix}`, SCRIPTS.controllers, { ...env, ...roleEnv("controller-manager"), TROUPE_CONTROLLER_MANAGER_NAME: `controllers${suffix || "-1"}`, ...(await metricsPort(`controllers${suffix}`)) }));
  }
  const proxyMetricsUrls: string[] = [];
  const kubeletMetricsUrls: string[] = [];
  // Each kubelet and proxy gets a metrics port the kernel just said was free, so tests can read
  // their metrics (a fixed range would collide with other clusters' ports or ephemeral ports).
  const zoneLabels = (i: number): Record<string, string> => {
    const labels = nodeTopologyLabels(i, options.zones ?? []);
    return labels ? { TROUPE_NODE_LABELS: labels } : {};
  };
  const startNode = async (i: number) => {
    const kubeletPort = await findFreePort();
    kubeletMetricsUrls.push(`http://127.0.0.1:${kubeletPort}`);
    metricsUrls[`node-${i}`] = `http://127.0.0.1:${kubeletPort}`;
    roles.push(startRole(`node-${i}`, SCRIPTS.kubelet, { ...env, ...roleEnv(`kubelet-node-${i}`), ...options.kubeletEnv, TROUPE_METRICS_PORT: String(kubeletPort), TROUPE_NODE_NAME: `node-${i}`, TROUPE_KUBELET_DIR: kubeletDir, TROUPE_NODE_CPU: "2", TROUPE_NODE_MEMORY: "4Gi", TROUPE_POD_CIDR: podCidrOfNode(i), ...zoneLabels(i) }));
    if (options.proxies) {
      const proxyPort = await findFreePort();
      roles.push(startRole(`proxy-${i}`, SCRIPTS.proxy, { ...env, ...roleEnv(`proxy-node-${i}`), TROUPE_NODE_NAME: `node-${i}`, TROUPE_METRICS_PORT: String(proxyPort) }));
      proxyMetricsUrls.push(`http://127.0.0.1:${proxyPort}`);
      metricsUrls[`proxy-${i}`] = `http://127.0.0.1:${proxyPort}`;
    }
  };
  for (let i = 1; i <= (options.nodes ?? 3); i++) await startNode(i);
  // Every node registered and Ready before a test places pods (kubelets start in parallel).
  const json = new JsonApiClient(nc);
  const nodeCount = options.nodes ?? 3;
  const readyNodes = async () => (await json.list("nodes")).items
    .filter((node) => ((node.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"))
    .map((node) => (node.metadata as { name?: string } | undefined)?.name ?? "");
  await eventually(readyNodes, (nodes) => nodes.length >= nodeCount, "every node Ready", 60_000);
  const role = (name: string) => {
    const found = roles.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no role ${name}`);
    return found;
  };
  return {
    server, nc, roles, kubeletDir, role, network, proxyMetricsUrls, kubeletMetricsUrls, metricsUrls,
    json,
    typed: new TypedApiClient(nc),
    kill: (name) => stopRole(role(name), "SIGKILL"),
    async addNode(index) {
      await startNode(index);
      await eventually(readyNodes, (nodes) => nodes.includes(`node-${index}`), `node-${index} Ready`, 60_000);
    },
    async stop() {
      // Kubelets first, so they stop their containers while the API still answers.
      for (const current of [...roles].reverse()) await stopRole(current, "SIGTERM");
      await nc.close().catch(() => undefined);
      await server.destroy();
      await rm(kubeletDir, { recursive: true, force: true });
    },
  };
}

export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => last);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Runs kubelets: `node services/kubelet/main.ts`. One node by default; with the fake driver,
// TROUPE_HOLLOW_NODES=N runs N hollow nodes in this process sharing one pod informer.
// Environment: TROUPE_NATS_URL, TROUPE_NODE_NAME (default: the host name), TROUPE_DRIVER
// (process | fake), TROUPE_KUBELET_DIR (logs and image cache; default ~/.troupe/kubelet/<node>),
// TROUPE_NODE_CPU, TROUPE_NODE_MEMORY, TROUPE_MAX_PODS, TROUPE_NODE_LABELS (key=value,...: extra Node
// labels such as topology.kubernetes.io/zone, as the kubelet's --node-labels), TROUPE_HEARTBEAT_MS,
// TROUPE_CRASHLOOP_BASE_MS, TROUPE_NODE_ADDRESS, TROUPE_POD_CIDR (e.g. 127.128.1.0/24),
// TROUPE_CLUSTER_DNS (127.77.0.10), TROUPE_CLUSTER_DOMAIN (cluster.local), TROUPE_METRICS_PORT/HOST,
// TROUPE_LOG_LEVEL, OTEL_EXPORTER_OTLP_ENDPOINT, TROUPE_KUBELET_TERMINATION_HOLD (on | off: hold
// SIGTERM until the node proxies stopped routing to the pod; default on),
// TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS (5000); TROUPE_KUBELET_USAGE_INTERVAL (1s | 250ms | off:
// container usage sampling, docs/autoscaling.md); TROUPE_LOGS_MAX_AGE (24h), TROUPE_LOGS_MAX_BYTES
// (1Gi): the logs stream's retention (docs/logging.md); TROUPE_KUBELET_PROXY=1 also runs the node proxy
// in this process (configured as services/proxy/proxy-from-env.ts says). NATS credentials:
// TROUPE_NATS_CREDS and TROUPE_NATS_TLS_CA/CERT/KEY (the kubelet's own, runtime/nats-client-security.ts);
// TROUPE_POD_NATS_CREDS, TROUPE_POD_NATS_TLS_CERT/KEY are given to containers as theirs (with the same CA).
import { hostname, homedir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../../runtime/api-client.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import { startHealthServer } from "../../runtime/health-server.ts";
import { ImageStore } from "../../runtime/images/image-store.ts";
import { openLeaseStore } from "../../runtime/leader-election/lease-lock.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { natsClientSecurityEnv, natsClientSecurityFromEnv } from "../../runtime/nats-client-security.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { retry } from "../../runtime/retry.ts";
import { parseMilliseconds, parseNodeLabels, parseSwitch, parseUsageInterval } from "./options.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../../runtime/subjects.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { FakeDriver } from "./drivers/fake-driver.ts";
import { ProcessDriver } from "./drivers/process-driver.ts";
import type { Driver, DriverName } from "./drivers/types.ts";
import { Kubelet } from "./kubelet.ts";
import { createKubeletMetrics } from "./metrics.ts";
import { PodEventRouter } from "./pod-event-router.ts";
import { parseReservation } from "./node-allocatable.ts";
import { startProxyFromEnv } from "../proxy/proxy-from-env.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { EventRecorder } from "../../runtime/events/event-recorder.ts";
import { buildLocalPathProvisioner } from "./storage/local-path-provisioner.ts";
import { createProvisionerMetrics } from "./storage/provisioner-metrics.ts";
import { logsRetentionFromEnv, type LogsRetention } from "../../runtime/logs/logs-retention.ts";

const env = process.env;
const nodeName = env.TROUPE_NODE_NAME ?? hostname();
const driverName = (env.TROUPE_DRIVER ?? "process") as DriverName;
const hollow = Number(env.TROUPE_HOLLOW_NODES ?? 0);
const logger = createLogger("kubelet", { node: nodeName }, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: "troupe-kubelet", resourceAttributes: { "k8s.node.name": nodeName }, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: "troupe-kubelet" });

if (driverName !== "process" && driverName !== "fake") {
  logger.error(`TROUPE_DRIVER must be "process" or "fake", not "${driverName}"`);
  process.exit(2);
}
let logsRetention: LogsRetention;
try {
  logsRetention = logsRetentionFromEnv(env);
} catch (error) {
  logger.error((error as Error).message);
  process.exit(2);
}
if (hollow > 0 && driverName !== "fake") {
  logger.error("TROUPE_HOLLOW_NODES needs TROUPE_DRIVER=fake");
  process.exit(2);
}

function newDriver(): Driver {
  return driverName === "fake" ? new FakeDriver() : new ProcessDriver({ logger, podPidsLimit: env.TROUPE_POD_MAX_PIDS ? Number(env.TROUPE_POD_MAX_PIDS) : undefined });
}

try {
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: `troupe-kubelet-${nodeName}`, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const state = await retry(() => KvStore.open(nc, { bucket: STATE_BUCKET }), { what: "open the state bucket", logger });
  const [leases, images] = await Promise.all([openLeaseStore(nc), ImageStore.open(nc)]);
  const client = new TypedApiClient(nc);
  const factory = new SharedInformerFactory(new ObjectRepository(state), logger);
  const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
  const services = factory.informer(findResource("services") as ResourceInfo);
  const metrics = createKubeletMetrics(registry);
  const names = hollow > 0 ? Array.from({ length: hollow }, (_, i) => `${nodeName}-${i + 1}`) : [nodeName];
  const kubelets = names.map((name) => new Kubelet({ client, router, services, leases, images, metrics, driver: newDriver(), logger: logger.child({ node: name }) }, {
    nodeName: name,
    driver: driverName,
    rootDir: env.TROUPE_KUBELET_DIR ? join(env.TROUPE_KUBELET_DIR, name) : join(homedir(), ".troupe", "kubelet", name),
    cpu: env.TROUPE_NODE_CPU,
    memory: env.TROUPE_NODE_MEMORY,
    maxPods: env.TROUPE_MAX_PODS ? Number(env.TROUPE_MAX_PODS) : undefined,
    labels: parseNodeLabels("TROUPE_NODE_LABELS", env.TROUPE_NODE_LABELS),
    systemReserved: parseReservation(env.TROUPE_SYSTEM_RESERVED),
    kubeReserved: parseReservation(env.TROUPE_KUBE_RESERVED),
    evictionHard: parseReservation(env.TROUPE_EVICTION_HARD, "<"),
    heartbeatIntervalMs: env.TROUPE_HEARTBEAT_MS ? Number(env.TROUPE_HEARTBEAT_MS) : undefined,
    crashLoop: env.TROUPE_CRASHLOOP_BASE_MS ? { baseMs: Number(env.TROUPE_CRASHLOOP_BASE_MS) } : undefined,
    volumeSyncPeriodMs: env.TROUPE_VOLUME_SYNC_MS ? Number(env.TROUPE_VOLUME_SYNC_MS) : undefined,
    natsUrl: env.TROUPE_NATS_URL,
    podNatsSecurityEnv: podNatsSecurityEnv(env),
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    address: env.TROUPE_NODE_ADDRESS,
    // One CIDR for one node; hollow nodes (benchmarks) give their pods the node address.
    podCidr: hollow > 0 ? undefined : env.TROUPE_POD_CIDR,
    clusterDns: env.TROUPE_CLUSTER_DNS,
    clusterDomain: env.TROUPE_CLUSTER_DOMAIN,
    usageIntervalMs: parseUsageInterval("TROUPE_KUBELET_USAGE_INTERVAL", env.TROUPE_KUBELET_USAGE_INTERVAL),
    terminationHold: parseSwitch("TROUPE_KUBELET_TERMINATION_HOLD", env.TROUPE_KUBELET_TERMINATION_HOLD),
    terminationHoldTimeoutMs: parseMilliseconds("TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS", env.TROUPE_KUBELET_TERMINATION_HOLD_TIMEOUT_MS),
    logsRetention,
  }));
  // The local-path provisioner of this process's nodes: volumes live in each node's root dir.
  const provisioner = buildLocalPathProvisioner(factory, {
    client, logger: logger.child({ component: "local-path-provisioner" }),
    nodes: new Map(kubelets.map((kubelet) => [kubelet.options.nodeName, kubelet.options.rootDir])),
    recorder: new EventRecorder(client, { component: "troupe.io/local-path", host: nodeName, logger }),
    metrics: createProvisionerMetrics(registry),
  }, { registry, logger });
  // Each kubelet follows its pods, and the informers hold the cluster's pods, before its node is
  // registered (schedulable): every bind to it then arrives as a change, with its trace.
  for (const kubelet of kubelets) await kubelet.followPods();
  await factory.start();
  for (const kubelet of kubelets) await kubelet.start();
  for (const controller of provisioner) controller.start();
  const proxy = env.TROUPE_KUBELET_PROXY === "1" && hollow === 0 ? await startProxyFromEnv({ nc, registry, logger: logger.child({ component: "proxy" }) }, nodeName, env) : undefined;
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => factory.hasSynced() && (proxy?.ready ?? true), live: () => !nc.isClosed() },
  });
  logger.info("kubelet ready", { nodes: names.length, driver: driverName, metrics: `${health.url}/metrics` });
  drainOnSignals(nc, {
    logger,
    // Before the connection drains: stopping containers posts their last status and lease.
    beforeDrain: [async () => {
      await proxy?.stop();
      await Promise.all(kubelets.map((kubelet) => kubelet.stop()));
      await Promise.all(provisioner.map((controller) => controller.stop()));
      factory.stop();
    }],
    onShutdown: [() => health.close(), () => telemetry.shutdown()],
  });
} catch (error) {
  logger.error("kubelet failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

/** What containers get to reach NATS: the pods' credentials and client certificate, the cluster CA. */
function podNatsSecurityEnv(env: Record<string, string | undefined>): Record<string, string> {
  return natsClientSecurityEnv(natsClientSecurityFromEnv({
    TROUPE_NATS_CREDS: env.TROUPE_POD_NATS_CREDS,
    TROUPE_NATS_TLS_CA: env.TROUPE_NATS_TLS_CA,
    TROUPE_NATS_TLS_CERT: env.TROUPE_POD_NATS_TLS_CERT,
    TROUPE_NATS_TLS_KEY: env.TROUPE_POD_NATS_TLS_KEY,
  }));
}

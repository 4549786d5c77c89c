// The supervisor: the process that owns a local cluster. It takes the $TROUPE_HOME lock,
// starts nats-server and each service, waits until the API answers, writes the context file,
// restarts whatever dies, and on SIGTERM/SIGINT stops the services, then nats-server, in order.
import { findFreePort } from "../../runtime/free-port.ts";
import { startNatsServer, type NatsServerHandle } from "../../runtime/nats-server.ts";
import { ClusterStartError } from "./errors.ts";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { clusterServices, REPO_ROOT, SERVICE_NODE_ENV, serviceNodeFlags, type ClusterService } from "./cluster-services.ts";
import { ensureEncryptionConfig } from "./encryption-config-file.ts";
import { ensureHomeDirs, logFile, removeContext, writeContext, type ClusterContext, type TroupeHome } from "./home.ts";
import { watchNatsServer } from "./nats-watchdog.ts";
import { ServiceProcess, type ServiceEvent } from "./service-process.ts";
import { acquireSupervisorLock } from "./supervisor-lock.ts";
import { tellLauncher } from "./supervisor-messages.ts";
import { ensureDefaultStorageClass } from "./default-storage-class.ts";
import { waitForApi } from "./wait-for-api.ts";
import { ensureClusterPki } from "./cluster-pki.ts";
import { kubeconfigYaml, writeKubeconfig } from "./kubeconfig.ts";
import { DEFAULT_KUBE_API_PORT } from "../../services/kube-api/options.ts";
import { waitForKubeApi } from "./wait-for-kube-api.ts";
import { ensureClusterMeshEventsStream } from "./mesh-events-stream.ts";
import { prepareClusterNatsSecurity } from "./cluster-nats-security.ts";
import { startCertificateRenewer } from "./nats-cert-rotation.ts";
import { DEFAULT_NATS_CERT_DAYS } from "./nats-tls.ts";
import { secureConnectionOptions } from "../../runtime/nats-client-security.ts";
import { startPrometheusRole, type PrometheusRole } from "./prometheus-role.ts";
import { writeConsoleToken } from "./console-token.ts";
import { waitForConsole } from "./wait-for-console.ts";
import { DEFAULT_TRACE_SAMPLING, type TraceSampling } from "./trace-sampling.ts";
import { defaultNodeGroup, startSupervisorNodeProvider, writeClusterAutoscalerConfig, type SupervisorNodeProvider } from "./node-groups.ts";

/** The kubeconfig's cluster and context name unless TROUPE_CLUSTER_NAME says otherwise. */
const DEFAULT_CLUSTER_NAME = "troupe";

export interface SupervisorOptions {
  home: TroupeHome;
  syncAlways: boolean;
  nodes: number;
  /** --max-nodes: the cluster autoscaler's node group "default" adds up to maxNodes - nodes nodes (cli/cluster/node-groups.ts). */
  maxNodes?: number;
  /** Zones the nodes are spread over, round-robin (--zones). */
  zones?: readonly string[];
  ha: boolean;
  /** Run prometheus as one more role, scraping every other (cli/cluster/prometheus-role.ts). */
  prometheus?: boolean;
  env: Record<string, string | undefined>;
  /** Which traces the services record and send to the collector (--trace-sampling). */
  traceSampling?: TraceSampling;
  /** Foreground clusters stop when their launcher goes away (its terminal closed). */
  stopWithLauncher: boolean;
  startTimeoutMs?: number;
  /** Progress and trouble, one line each. */
  log: (line: string) => void;
}

/** Runs the cluster until asked to stop; resolves to the exit code. */
export async function runSupervisor(options: SupervisorOptions): Promise<number> {
  const stopRequested = Promise.withResolvers<string>();
  const onSignal = (signal: NodeJS.Signals) => stopRequested.resolve(signal);
  const onDisconnect = () => stopRequested.resolve("launcher exited");
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  if (options.stopWithLauncher) process.once("disconnect", onDisconnect);
  try {
    const lock = await acquireSupervisorLock(options.home);
    try {
      await runCluster(options, stopRequested.promise);
      return 0;
    } finally {
      await lock.release();
    }
  } catch (error) {
    options.log(`error: ${(error as Error).message}`);
    tellLauncher({ type: "failed", message: (error as Error).message });
    return 1;
  } finally {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
    process.off("disconnect", onDisconnect);
    // An open IPC channel would keep this process alive after its cluster is gone.
    if (process.connected) process.disconnect();
  }
}

async function runCluster(options: SupervisorOptions, stopRequested: Promise<string>): Promise<void> {
  const { home, log } = options;
  const services: ServiceProcess[] = [];
  let nats: NatsServerHandle | undefined;
  let stopWatchdog = () => {};
  let stopRenewer = () => {};
  let prometheus: PrometheusRole | undefined;
  let nodeProvider: SupervisorNodeProvider | undefined;
  // Once stopping, the context file is gone and must stay gone.
  let stopping = false;
  try {
    await ensureHomeDirs(home);
    await removeContext(home);
    const encryptionConfig = await ensureEncryptionConfig(home);
    const clusterName = options.env.TROUPE_CLUSTER_NAME || DEFAULT_CLUSTER_NAME;
    const pki = await ensureClusterPki(home, clusterName);
    const certificateDays = natsCertificateDays(options.env.TROUPE_NATS_CERT_DAYS);
    // Credentials for every node the cluster may have, those the autoscaler adds included.
    const security = await prepareClusterNatsSecurity(home, options.maxNodes ?? options.nodes, { ca: pki.ca, certificateDays });
    const nodeGroups = options.maxNodes === undefined ? [] : [defaultNodeGroup(options.nodes, options.maxNodes)];
    const clusterAutoscalerConfig = nodeGroups.length > 0 ? await writeClusterAutoscalerConfig(home, nodeGroups, options.env) : undefined;
    const supervisorSecurity = security.role("supervisor");
    nats = await startNatsServer({
      storeDir: home.natsDir,
      syncAlways: options.syncAlways,
      logFile: logFile(home, "nats-server"),
      extraConfig: () => security.serverConfig(),
      probeConnectOptions: (await secureConnectionOptions(supervisorSecurity)).options,
    });
    const server = nats;
    const context: ClusterContext = { natsUrl: server.url, pid: process.pid, startedAt: new Date().toISOString(), services: [], natsSecurity: security.role("admin") };
    const natsEntry = { name: "nats-server", pid: server.pid, logFile: logFile(home, "nats-server") };
    context.services.push(natsEntry);

    const onEvent = (event: ServiceEvent) => {
      const entry = context.services.find((candidate) => candidate.name === event.name);
      if (event.type === "exited") {
        const how = event.signal ? `signal ${event.signal}` : `code ${event.code}`;
        const next = event.restartInMs === undefined ? "" : `; restarting in ${event.restartInMs}ms`;
        log(`${event.name} (pid ${event.pid}) exited with ${how}${next}; see ${entry?.logFile}`);
      } else if (entry) {
        entry.pid = event.pid;
        log(`${event.name} restarted (pid ${event.pid})`);
        void writeContext(home, context);
        void prometheus?.writeTargets(context.services);
      }
    };
    const startService = async (definition: ClusterService): Promise<ServiceProcess> => {
      const metricsPort = await findFreePort();
      const serviceLog = logFile(home, definition.name);
      const service = new ServiceProcess({
        name: definition.name,
        command: process.execPath,
        args: [...serviceNodeFlags(definition.script), definition.script],
        cwd: REPO_ROOT,
        env: {
          ...options.env,
          ...SERVICE_NODE_ENV,
          ...definition.env,
          ...security.serviceEnv(definition.credentials),
          TROUPE_NATS_URL: server.url,
          TROUPE_METRICS_PORT: String(metricsPort),
          TROUPE_METRICS_PORT_FALLBACK: "1",
          TROUPE_LOG_LEVEL: options.env.TROUPE_LOG_LEVEL || "info",
        },
        logFile: serviceLog,
        onEvent,
      });
      service.start();
      services.push(service);
      context.services.push({ name: definition.name, pid: service.pid, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`, logFile: serviceLog });
      return service;
    };

    // Any service dying before the cluster is up fails the start-up, with its log to look at;
    // so does a stop request.
    const failure = Promise.withResolvers<never>();
    failure.promise.catch(() => undefined);
    const watchStartup = (service: ServiceProcess) => {
      void service.exited.then((exit) => {
        const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
        failure.reject(new ClusterStartError(`${service.name} exited with ${how} during start-up; see ${logFile(home, service.name)}`));
      });
    };
    void stopRequested.then((reason) => failure.reject(new ClusterStartError(`start-up interrupted (${reason})`)));
    // The API first, alone: it is what clients wait for, and the other services need it; starting
    // every process at once would make them all load their code on the same few cores.
    const kubeApiUrlFile = join(home.dir, "kube-api.url");
    await rm(kubeApiUrlFile, { force: true });
    const kubeApi = { port: DEFAULT_KUBE_API_PORT, certFile: pki.kubeApiCertFile, keyFile: pki.kubeApiKeyFile, clientCaFile: pki.caCertFile, urlFile: kubeApiUrlFile };
    const consoleUrlFile = join(home.dir, "console.url");
    await rm(consoleUrlFile, { force: true });
    const consoleLayout = { port: await findFreePort(), urlFile: consoleUrlFile, contextFile: home.contextFile };
    const layout = { nodes: options.nodes, zones: options.zones, ha: options.ha, kubeletDir: join(home.dir, "kubelet"), encryptionConfig, kubeApi, clusterAutoscalerConfig,
      identities: { clusterCaFile: pki.caCertFile, tokenIssuerKey: security.tokenIssuerKey }, console: consoleLayout,
      tracing: { collectorPort: await findFreePort(), sampling: options.traceSampling ?? DEFAULT_TRACE_SAMPLING, upstreamEndpoint: options.env.OTEL_EXPORTER_OTLP_ENDPOINT } };
    const [first, ...rest] = clusterServices(layout);
    watchStartup(await startService(first));
    await waitForApi({ natsUrl: server.url, security: supervisorSecurity, timeoutMs: options.startTimeoutMs ?? 60_000, abort: failure.promise });
    await ensureDefaultStorageClass(server.url, supervisorSecurity);
    await ensureClusterMeshEventsStream(server.url, supervisorSecurity);
    for (const definition of rest) watchStartup(await startService(definition));
    if (options.maxNodes !== undefined) {
      // The kubelets the autoscaler may add, defined as the fixed ones are (tracing, proxy, credentials).
      const kubeletDefinitions = new Map(clusterServices({ ...layout, nodes: options.maxNodes })
        .map((definition) => [Number(/^kubelet-node-(\d+)$/.exec(definition.name)?.[1] ?? 0), definition] as const)
        .filter(([index]) => index > options.nodes));
      nodeProvider = await startSupervisorNodeProvider({
        natsUrl: server.url, security: supervisorSecurity, groups: nodeGroups, nodes: options.nodes, kubeletDefinitions, log,
        startService: async (definition) => {
          const service = await startService(definition);
          if (stopping) return service;
          void writeContext(home, context);
          void prometheus?.writeTargets(context.services);
          return service;
        },
        forgetService: (service) => {
          services.splice(services.indexOf(service), 1);
          context.services = context.services.filter((entry) => entry.name !== service.name);
          if (stopping) return;
          void writeContext(home, context);
          void prometheus?.writeTargets(context.services);
        },
      });
      log(`cluster autoscaler: node group ${nodeGroups[0].name} adds up to ${nodeGroups[0].maxSize} nodes (node-${options.nodes + 1} .. node-${options.maxNodes})`);
    }
    const kubeApiUrl = await waitForKubeApi({ urlFile: kubeApiUrlFile, caPem: pki.ca.certPem, timeoutMs: options.startTimeoutMs ?? 60_000, abort: failure.promise });
    context.kubeApiUrl = kubeApiUrl;
    context.kubeconfig = await writeKubeconfig(home, kubeconfigYaml(clusterName, kubeApiUrl, pki.ca, pki.admin));
    if (options.prometheus) {
      prometheus = await startPrometheusRole({ home, env: options.env, services: context.services, onEvent, natsUrl: server.url, adminSecurity: security.role("admin"), log });
      services.push(prometheus.service);
      context.services.push(prometheus.entry);
      context.prometheusUrl = prometheus.url;
      await prometheus.writeTargets(context.services);
    }
    context.consoleUrl = await waitForConsole({ urlFile: consoleUrlFile, timeoutMs: options.startTimeoutMs ?? 60_000, abort: failure.promise });
    context.consoleTokenFile = await writeConsoleToken(home);
    for (const service of services) service.enableRestarts();
    stopRenewer = startCertificateRenewer({ home, ca: pki.ca, days: certificateDays, reload: () => server.reload(), log });
    stopWatchdog = watchNatsServer(server, {
      log,
      onRestarted: () => {
        natsEntry.pid = server.pid;
        void writeContext(home, context);
      },
    });
    await writeContext(home, context);
    tellLauncher({ type: "ready", context });
    log(`cluster ready: ${server.url}`);
    log(`stopping (${await stopRequested})`);
  } finally {
    stopWatchdog();
    stopRenewer();
    await prometheus?.stopDiscovery();
    // The context goes first, so no client picks up a cluster that is shutting down; then the
    // services, so they drain while NATS is still there; nats-server last.
    stopping = true;
    await removeContext(home);
    await nodeProvider?.stop();
    for (const service of services.reverse()) await service.stop();
    await nats?.stop();
    log("stopped");
  }
}

/** TROUPE_NATS_CERT_DAYS: the NATS certificates' lifetime (fractions allowed, for trying renewal out). */
function natsCertificateDays(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_NATS_CERT_DAYS;
  const days = Number(value);
  if (!Number.isFinite(days) || days <= 0) throw new ClusterStartError(`TROUPE_NATS_CERT_DAYS: Invalid value: "${value}": must be a positive number of days`);
  return days;
}

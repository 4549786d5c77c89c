// The node agent: registers its Node, renews its lease, and runs the pods bound to it through a
// driver, one pod worker actor per pod. Many kubelets can share one process and one pod informer
// (hollow nodes with the fake driver).
import { hostRunAsContext } from "./security/host-run-as.ts";
import { join } from "node:path";
import type { SpanContext } from "@opentelemetry/api";
import { ApiError } from "../../runtime/api-errors.ts";
import type { TypedApiClient } from "../../runtime/api-client/typed-api-client.ts";
import { ImagePuller } from "../../runtime/images/image-puller.ts";
import type { ImageStore } from "../../runtime/images/image-store.ts";
import type { Logger } from "../../runtime/log.ts";
import { UsageSampler } from "./usage/usage-sampler.ts";
import type { UsageTarget } from "./usage/usage-sample.ts";
import { retry } from "../../runtime/retry.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import type { Store } from "../../runtime/store/types.ts";
import type { Service } from "./network/service-env.ts";
import type { Driver } from "./drivers/types.ts";
import { ContainerLedger } from "./container-ledger.ts";
import { EventRecorder } from "../../runtime/events/event-recorder.ts";
import { createKubeletMetrics, type KubeletMetrics } from "./metrics.ts";
import { TerminationHold } from "./lifecycle/termination-hold.ts";
import { envReferences } from "./env-references.ts";
import type { PodEventRouter } from "./pod-event-router.ts";
import { ensureLogsStream } from "../../runtime/logs/logs-stream.ts";
import { publishContainerLog, type PublishedLog } from "./log-publisher.ts";
import { LogPodsBucket } from "../../runtime/logs/log-pods-bucket.ts";
import { LogPodRecords } from "./log-pod-records.ts";
import { LogServer, type LogSource } from "./log-server.ts";
import { StreamServer } from "./streams/stream-server.ts";
import { NodeHeartbeat } from "./node-heartbeat.ts";
import { PodAddresses } from "./network/pod-addresses.ts";
import { isReady, nodeObject, nodeStatus, podCidrSpec, type Node } from "./node-object.ts";
import { resolveKubeletOptions, type KubeletOptions, type ResolvedKubeletOptions } from "./options.ts";
import type { Pod } from "./pod/container-spec.ts";
import { PodWorker } from "./pod/pod-worker.ts";
import type { PodSnapshot } from "./pod-snapshot.ts";
import { ServiceAccountTokens } from "./volumes/service-account-tokens.ts";
import type { PodWorkerContext } from "./pod/pod-worker-context.ts";

type DriverCapabilities = Awaited<ReturnType<Driver["capabilities"]>>;

export interface KubeletDeps {
  client: TypedApiClient;
  /** Routes the events of pods bound to this node (one router per process, over the pod informer). */
  router: PodEventRouter;
  /** The shared Service informer (one per process, however many kubelets): service variables. */
  services?: Informer;
  leases: Store;
  images: ImageStore;
  driver: Driver;
  logger: Logger;
  /** Shared by every kubelet of the process; a private registry when absent. */
  metrics?: KubeletMetrics;
  /** The clock the token manager rotates ServiceAccount tokens by (tests move it on). */
  tokenClock?: () => number;
}

export class Kubelet {
  readonly options: ResolvedKubeletOptions;
  private readonly deps: KubeletDeps;
  private readonly workers = new Map<string, PodWorker>();
  private readonly heartbeat: NodeHeartbeat;
  private readonly addresses: PodAddresses;
  private context: PodWorkerContext | undefined;
  private statusTimer: NodeJS.Timeout | undefined;
  private logServer: LogServer | undefined;
  private streamServer: StreamServer | undefined;
  /** Who ran here, for reading logs by selector after the pods are gone (process driver only, as the logs stream). */
  private logPodRecords: LogPodRecords | undefined;
  private stopped = false;
  private removePodSource: (() => void) | undefined;
  /** Samples and publishes the pods' CPU and memory (services/kubelet/usage); absent with the fake driver. */
  usageSampler: UsageSampler | undefined;
  private removeUsageSource: (() => void) | undefined;
  private capabilities: DriverCapabilities | undefined;
  #following: Promise<void> | undefined;

  constructor(deps: KubeletDeps, options: KubeletOptions) {
    this.deps = deps;
    this.options = resolveKubeletOptions(options);
    this.heartbeat = new NodeHeartbeat({ store: deps.leases, nodeName: this.options.nodeName, intervalMs: this.options.heartbeatIntervalMs, logger: deps.logger });
    // A bad pod CIDR throws here: the operator's mistake stops the kubelet before it registers.
    this.addresses = new PodAddresses({ nodeAddress: this.options.address, podCidr: this.options.podCidr, whenPodsSynced: () => deps.router.whenSynced() });
  }

  /**
   * Prepares the pods' context and joins the pod router: from here every pod event of this node
   * reaches this kubelet. main.ts calls it, then starts the informers and waits for their sync,
   * and only then `start()` registers the node: a pod can be bound here only once the node is
   * registered, so its bind reaches the kubelet as a change (with its trace, docs/tracing.md),
   * never inside the informer's first snapshot. Idempotent; `start()` calls it too.
   */
  async followPods(): Promise<void> {
    this.#following ??= this.#prepare();
    return this.#following;
  }

  /** Registers the node (after `followPods()`, which it calls when not done yet); call factory.start() after. */
  async start(): Promise<void> {
    await this.followPods();
    const { client, driver, logger } = this.deps;
    const capabilities = this.capabilities as DriverCapabilities;
    const context = this.context as PodWorkerContext;
    // The API may still be starting (troupe up starts every service at once): wait for it.
    await retry(() => this.register(capabilities), { what: "register the node", logger });
    await this.heartbeat.start();
    this.removePodSource = context.metrics.addPodSource(() => this.podSnapshots());
    this.logServer = new LogServer(client.nc, this.options.nodeName, (request) => this.locateLog(request), logger);
    this.logServer.start();
    this.streamServer = new StreamServer({ nc: client.nc, nodeName: this.options.nodeName, driver, metrics: context.metrics, logger, locate: (namespace, pod) => this.locatePod(namespace, pod) });
    this.streamServer.start();
    // Simulated containers (the fake driver) use nothing: hollow nodes publish no usage.
    if (driver.name !== "fake") {
      this.usageSampler = new UsageSampler({ nc: client.nc, nodeName: this.options.nodeName, intervalMs: this.options.usageIntervalMs, targets: () => this.usageTargets(), logger });
      this.usageSampler.start();
      const sampler = this.usageSampler;
      this.removeUsageSource = context.metrics.addUsageSource(() => sampler.latest);
    }
    this.statusTimer = setInterval(() => void this.ensureReadyStatus(capabilities), this.options.statusIntervalMs);
    this.statusTimer.unref();
  }

  async #prepare(): Promise<void> {
    const { client, driver, logger } = this.deps;
    const capabilities = await driver.capabilities();
    const ledger = new ContainerLedger(this.options.rootDir);
    const reaped = await ledger.reap(logger);
    if (reaped > 0) logger.warn("killed containers a previous kubelet of this node left running", { node: this.options.nodeName, count: reaped });
    const limitsMessage = capabilities.cgroups ? "" : `resource limits are not enforced on node ${this.options.nodeName}: ${capabilities.reason ?? "no usable cgroups"}`;
    const metrics = this.deps.metrics ?? createKubeletMetrics();
    const publishLog = this.options.driver === "process" ? await this.logPublisher(metrics) : undefined;
    const nodeLogger = logger.child({ node: this.options.nodeName });
    this.context = {
      client, driver, ledger, publishLog, addresses: this.addresses,
      terminationHold: this.options.terminationHold && driver.name !== "fake" ? new TerminationHold(client.nc, metrics, nodeLogger) : undefined,
      events: new EventRecorder(client, { component: "kubelet", host: this.options.nodeName, logger }),
      metrics,
      probes: driver.name !== "fake", logger: nodeLogger, options: this.options, limitsMessage,
      logDir: join(this.options.rootDir, "logs"),
      puller: new ImagePuller(this.deps.images, join(this.options.rootDir, "images")),
      references: (pod, container) => envReferences(client, pod, container),
      tokens: new ServiceAccountTokens({
        request: (namespace, serviceAccount, request) => client.createToken(namespace, serviceAccount, request),
        onRequest: (result) => metrics.serviceAccountTokenRequests.inc({ result }),
        ...(this.deps.tokenClock ? { now: this.deps.tokenClock, jitterMs: () => 0 } : {}),
      }),
      servicesIn: (namespace) => (this.deps.services?.list((service) => service.metadata?.namespace === namespace) ?? []) as Service[],
      runAs: driver.name === "fake" ? undefined : await hostRunAsContext(),
    };
    this.capabilities = capabilities;
    this.deps.router.add(this.options.nodeName, this);
  }

  private async logPublisher(metrics: KubeletMetrics): Promise<(log: PublishedLog) => void> {
    const { client, logger } = this.deps;
    const retention = this.options.logsRetention;
    await retry(() => ensureLogsStream(client.nc, retention), { what: "create the logs stream", logger });
    const bucket = await retry(() => LogPodsBucket.ensure(client.nc, retention), { what: "create the log pods bucket", logger });
    this.logPodRecords = new LogPodRecords(bucket, logger, (result) => metrics.logPodRecordWrites.inc({ result }));
    return (log) => void publishContainerLog(client.nc, log, logger, () => metrics.logLinesPublished.inc());
  }

  get podCount(): number {
    return this.workers.size;
  }

  private async register(capabilities: DriverCapabilities): Promise<void> {
    const node = nodeObject(this.options, capabilities, new Date().toISOString(), this.addresses.podCidr);
    try {
      await this.deps.client.create<Node>(node);
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === "AlreadyExists")) throw error;
      // A restarted kubelet: keep the node's spec (cordoned, taints) but its pod CIDR, refresh labels and status.
      const current = await this.deps.client.get<Node>("nodes", undefined, this.options.nodeName);
      const labelled = await this.deps.client.update<Node>({
        ...current,
        metadata: { ...current.metadata, labels: { ...current.metadata?.labels, ...node.metadata?.labels } },
        spec: { ...current.spec, ...podCidrSpec(this.addresses.podCidr) },
      });
      await this.deps.client.updateStatus<Node>({ ...labelled, status: node.status });
    }
    this.deps.logger.info("node registered", { node: this.options.nodeName, driver: this.options.driver, cpu: this.options.cpu, memory: this.options.memory, podCidr: this.addresses.podCidr ?? "" });
  }

  /** After an outage the node lifecycle controller may have marked the node NotReady: re-post. */
  private async ensureReadyStatus(capabilities: DriverCapabilities): Promise<void> {
    if (this.stopped) return;
    try {
      const node = await this.deps.client.get<Node>("nodes", undefined, this.options.nodeName);
      if (!isReady(node)) await this.deps.client.updateStatus<Node>({ ...node, status: nodeStatus(this.options, capabilities, new Date().toISOString()) });
    } catch (error) {
      this.deps.logger.warn("node status check failed", { node: this.options.nodeName, error });
    }
  }

  private locateLog(request: { namespace: string; pod: string; container: string; previous: boolean }): LogSource | string {
    const worker = [...this.workers.values()].find((candidate) => candidate.isPod(request.namespace, request.pod));
    if (!worker) return `pod "${request.pod}" is not running on node ${this.options.nodeName}`;
    return worker.logOf(request.container, request.previous)
      ?? (request.previous ? `previous terminated container "${request.container}" in pod "${request.pod}" not found` : `container "${request.container}" in pod "${request.pod}" has not started`);
  }

  private locatePod(namespace: string, pod: string): ReturnType<PodWorker["streamTargets"]> | string {
    const worker = [...this.workers.values()].find((candidate) => candidate.isPod(namespace, pod) && !candidate.finished);
    return worker?.streamTargets() ?? `pod "${pod}" is not running on node ${this.options.nodeName}`;
  }

  private usageTargets(): UsageTarget[] {
    return [...this.workers.values()].flatMap((worker) => worker.usageTarget() ?? []);
  }

  private *podSnapshots(): Iterable<PodSnapshot> {
    for (const worker of this.workers.values()) {
      const snapshot = worker.snapshot();
      if (snapshot) yield snapshot;
    }
  }

  podChanged(pod: Pod, trigger?: SpanContext): void {
    if (this.stopped || !this.context || pod.spec?.nodeName !== this.options.nodeName) return;
    this.addresses.observe(pod);
    const uid = pod.metadata?.uid ?? "";
    let worker = this.workers.get(uid);
    if (!worker || worker.finished) {
      // A pod marked for deletion that never ran here still gets a worker: it confirms the deletion.
      worker = new PodWorker(this.context, pod);
      this.workers.set(uid, worker);
      if (!pod.metadata?.deletionTimestamp) this.logPodRecords?.started(pod);
    }
    worker.update(pod, trigger);
  }

  podDeleted(pod: Pod): void {
    const uid = pod.metadata?.uid ?? "";
    // The pod is gone from the API: its address may go to another pod.
    this.addresses.release(uid);
    this.logPodRecords?.deleted(pod);
    const worker = this.workers.get(uid);
    if (!worker) return;
    this.workers.delete(uid);
    worker.remove();
  }

  async stop(graceSeconds = 10): Promise<void> {
    this.stopped = true;
    this.removePodSource?.();
    clearInterval(this.statusTimer);
    await this.usageSampler?.stop();
    this.removeUsageSource?.();
    this.heartbeat.stop();
    this.logServer?.stop();
    this.streamServer?.stop();
    // Workers first: otherwise they would restart the containers the driver is stopping.
    for (const worker of this.workers.values()) worker.halt();
    await this.deps.driver.close(graceSeconds);
  }
}

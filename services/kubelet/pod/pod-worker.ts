// One pod on this node, as an actor: every change (a new pod version, a container exit, a retry
// timer) is handled in order on one chain. It pulls images, starts containers through the
// driver, restarts them by the restart policy with crash-loop back-off, reports status, and on
// deletion stops the containers within the grace period and confirms the deletion.
import type { SpanContext } from "@opentelemetry/api";
import { processUser } from "../security/run-as.ts";
import { ATTR_CONTAINER_IMAGE_NAME, ATTR_K8S_CONTAINER_NAME, ATTR_K8S_NAMESPACE_NAME, ATTR_K8S_NODE_NAME, ATTR_K8S_POD_NAME } from "../../../runtime/semconv.ts";
import { StartupTrace } from "./startup-trace.ts";
import type { ApiObject } from "../../../runtime/store/object-repository.ts";
import { ApiError } from "../../../runtime/api-errors.ts";
import type { ContainerExit, ContainerHandle } from "../drivers/types.ts";
import { containerLogPath } from "../logs/log-paths.ts";
import { ContainerConfigError, containerSpec, HOST_IMAGE, type Container, type Pod } from "./container-spec.ts";
import { CONTAINER_TOKEN_ENV } from "../container-ledger.ts";
import { SERVICE_ACCOUNT_TOKEN_FILE_ENV } from "../../../runtime/volumes/service-account.ts";
import { containerStatus, type ContainerRuntimeState } from "./container-runtime-state.ts";
import { nextRestartDelay, resolveCrashLoopOptions, shouldRestart, type RestartPolicy } from "./crash-loop-backoff.ts";
import { podStatus } from "./pod-status.ts";
import { laterPod } from "./pod-version.ts";
import { podEnv } from "../network/pod-env.ts";
import { podResolvConf } from "../network/resolv-conf.ts";
import { ContainerProber, hasProbes } from "../probe/container-prober.ts";
import { probeTitle, type ResolvedProbe } from "../probe/probe-spec.ts";
import { UnhealthyEventLimiter } from "../probe/unhealthy-event-limiter.ts";
import type { PodWorkerContext } from "./pod-worker-context.ts";
import type { ImagePullResult } from "../metrics.ts";
import { podSnapshot, type PodSnapshot } from "../pod-snapshot.ts";
import type { UsageTarget } from "../usage/usage-sample.ts";
import { PodVolumes } from "../volumes/pod-volumes.ts";
import { volumeWaiting } from "../volumes/errors.ts";
import { VolumeMountsUnsupportedError } from "../drivers/errors.ts";
import { withInitContainers } from "../lifecycle/init-status.ts";
import { runLifecycleHook } from "../lifecycle/lifecycle-hooks.ts";
import { holdBudgetMs } from "../lifecycle/termination-hold-decisions.ts";
import { endpointPorts } from "../lifecycle/endpoint-ports.ts";

const DEFAULT_GRACE_SECONDS = 30;
/** How long a postStart hook may run (Kubernetes bounds it only by the container's life). */
const HOOK_TIMEOUT_MS = 30_000;
/** At most one Unhealthy Event per container and probe type in this time. */
const UNHEALTHY_EVENT_INTERVAL_MS = 30_000;

export class PodWorker {
  private readonly ctx: PodWorkerContext;
  private pod: Pod;
  private readonly containers = new Map<string, ContainerRuntimeState>();
  private chain: Promise<void> = Promise.resolve();
  private terminating = false;
  private done = false;
  private lastPublished = "";
  /** The pod's IP, held from the first sync until the pod is gone. */
  private podIP: string | undefined;
  /** Why the pod has no IP yet (the pod CIDR is full), shown in its status. */
  private sandboxError: string | undefined;
  private sandboxRetry: NodeJS.Timeout | undefined;
  private readonly unhealthyEvents = new UnhealthyEventLimiter(UNHEALTHY_EVENT_INTERVAL_MS);
  private readonly startTime = new Date().toISOString();
  private readonly volumes: PodVolumes;
  /** The last volume set-up failure told in an Event (told once until it changes). */
  private volumeError: string | undefined;
  private volumeTimer: NodeJS.Timeout | undefined;
  /** Set when an emptyDir outgrew its sizeLimit: the pod is Failed and nothing restarts. */
  private evicted: string | undefined;
  /** The pod's trace from the bind to its first Ready status update (startup-trace.ts). */
  private readonly startup: StartupTrace;
  /** The pod startup SLI runs from here to all containers Ready, less the time spent pulling images. */
  private readonly seenAt = performance.now();
  private pullMs = 0;
  private startObserved = false;
  /** The status last computed (published or not), for the kubelet's pod gauges. */
  private lastStatus: Parameters<typeof podSnapshot>[1] | undefined;

  constructor(ctx: PodWorkerContext, pod: Pod) {
    this.ctx = ctx;
    this.pod = pod;
    this.startup = new StartupTrace({
      [ATTR_K8S_POD_NAME]: pod.metadata?.name ?? "", [ATTR_K8S_NAMESPACE_NAME]: pod.metadata?.namespace ?? "", [ATTR_K8S_NODE_NAME]: ctx.options.nodeName,
    });
    this.volumes = new PodVolumes({ client: ctx.client, podDir: ctx.driver.podDir(pod.metadata?.uid ?? ""), logger: ctx.logger, tokens: ctx.tokens });
  }

  /** A new version of the pod from the informer; `trigger`: the trace context of that change. */
  update(pod: Pod, trigger?: SpanContext): void {
    this.pod = pod;
    this.startup.observe(trigger);
    this.enqueue(() => this.sync());
  }

  /** The pod is gone from the API (deleted without grace): kill what runs, right away. */
  remove(): void {
    this.enqueue(() => this.terminate(0, false));
  }

  get finished(): boolean {
    return this.done;
  }

  isPod(namespace: string, name: string): boolean {
    return this.pod.metadata?.namespace === namespace && this.pod.metadata?.name === name;
  }

  /** Where a container's log is: its current run, or with `previous` the run before; `exited`
   * settles when the current run ends (a follower stops there). */
  logOf(containerName: string, previous: boolean): { path: string; exited?: Promise<unknown> } | undefined {
    const state = this.containers.get(containerName);
    if (!state) return undefined;
    const restart = previous ? state.restartCount - 1 : state.restartCount;
    if (restart < 0) return undefined;
    const meta = this.pod.metadata ?? {};
    const path = containerLogPath(this.ctx.logDir, { namespace: meta.namespace ?? "", podName: meta.name ?? "", podUid: meta.uid ?? "", containerName }, restart);
    return { path, exited: previous ? undefined : state.handle?.exited };
  }

  /** What exec and port-forward reach: the pod's address and its running app containers, in spec order. */
  streamTargets(): { podIP: string; defaultContainer: string | undefined; running: ContainerHandle[] } {
    const containers = this.pod.spec?.containers ?? [];
    const running = containers.flatMap((container) => this.containers.get(container.name ?? "")?.handle ?? []);
    const annotated = this.pod.metadata?.annotations?.["kubectl.kubernetes.io/default-container"];
    return { podIP: this.podIP ?? this.ctx.options.address, defaultContainer: annotated || containers[0]?.name, running };
  }

  /** The pod and its containers' processes, for usage sampling; undefined once the worker is done. */
  usageTarget(): UsageTarget | undefined {
    if (this.done) return undefined;
    const meta = this.pod.metadata ?? {};
    const containers = [...this.containers.entries()].flatMap(([name, state]) => (state.handle ? [{ name, id: state.handle.id, pid: state.handle.pid, cgroup: state.handle.cgroup }] : []));
    return { namespace: meta.namespace ?? "default", name: meta.name ?? "", uid: meta.uid ?? "", labels: { ...meta.labels }, containers };
  }

  /** The pod for the kubelet's gauges; undefined once the worker is done. */
  snapshot(): PodSnapshot | undefined {
    if (this.done) return undefined;
    const pids = [...this.containers.values()].flatMap((state) => (state.handle?.pid === undefined ? [] : [state.handle.pid]));
    return podSnapshot(this.pod.metadata?.namespace ?? "default", this.lastStatus ?? { phase: "Pending" }, pids);
  }

  private countPull(result: ImagePullResult, startedAt: number): void {
    this.ctx.metrics.imagePulls.inc({ result });
    if (result === "cached") return;
    const elapsedMs = performance.now() - startedAt;
    this.pullMs += elapsedMs;
    this.ctx.metrics.imagePullDuration.observe(elapsedMs / 1000);
  }

  /** Once per pod: the first status with every container Ready ends its startup SLI. */
  private observeStart(conditions: readonly { type?: string; status?: string }[] | undefined): void {
    if (this.startObserved || !conditions?.some((condition) => condition.type === "Ready" && condition.status === "True")) return;
    this.startObserved = true;
    this.ctx.metrics.podStartSli.observe(Math.max(0, performance.now() - this.seenAt - this.pullMs) / 1000);
  }

  /** The kubelet is shutting down: stop acting (no restarts, no API writes); the driver stops the containers. */
  halt(): void {
    this.terminating = true;
    this.done = true;
    clearTimeout(this.sandboxRetry);
    clearInterval(this.volumeTimer);
    for (const state of this.containers.values()) {
      clearTimeout(state.retryTimer);
      state.prober?.stop();
    }
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((error) => this.ctx.logger.error("pod worker step failed", { pod: this.podKey, error }));
  }

  private get podKey(): string {
    return `${this.pod.metadata?.namespace}/${this.pod.metadata?.name}`;
  }

  private async sync(): Promise<void> {
    if (this.done || this.terminating) return;
    if (this.pod.metadata?.deletionTimestamp) {
      const grace = this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
      return this.terminate(grace, true);
    }
    if (this.evicted) return this.publishStatus();
    if (!(await this.ensurePodIP())) return this.publishStatus();
    if (!(await this.ensureVolumes())) return this.publishStatus();
    if (await this.ensureInitialized()) for (const container of this.pod.spec?.containers ?? []) await this.ensureRunning(container);
    await this.publishStatus();
  }

  /** Init containers run one at a time, in order, each to completion, before any app container. */
  private async ensureInitialized(): Promise<boolean> {
    for (const container of this.pod.spec?.initContainers ?? []) {
      const state = this.state(container);
      if (state.finished?.exitCode === 0) continue;
      if (!state.finished) await this.ensureRunning(container);
      for (const app of this.pod.spec?.containers ?? []) this.state(app).waiting ??= { reason: "PodInitializing", message: "" };
      return false;
    }
    return true;
  }

  private isInit(name: string): boolean {
    return (this.pod.spec?.initContainers ?? []).some((container) => container.name === name);
  }

  /** Like a sandbox, the pod gets its address before any container starts (POD_IP, status.podIP). */
  private async ensurePodIP(): Promise<boolean> {
    if (this.podIP) return true;
    try {
      this.podIP = await this.ctx.addresses.addressOf(this.pod);
      this.sandboxError = undefined;
      return true;
    } catch (error) {
      this.sandboxError = (error as Error).message;
      this.ctx.logger.warn("pod has no IP", { pod: this.podKey, error });
      clearTimeout(this.sandboxRetry);
      this.sandboxRetry = setTimeout(() => this.enqueue(() => this.sync()), this.ctx.options.imagePullBackoffMs * 5);
      this.sandboxRetry.unref();
      return false;
    }
  }

  /** Volumes before containers; a failure keeps the containers waiting, retried like a sandbox. */
  private async ensureVolumes(): Promise<boolean> {
    try {
      await this.volumes.setUp(this.pod);
      this.volumeError = undefined;
      this.startVolumeSync();
      return true;
    } catch (error) {
      const { reason, message, event } = volumeWaiting(error);
      for (const container of this.pod.spec?.containers ?? []) {
        const state = this.state(container);
        if (!state.handle && !state.finished) state.waiting = { reason, message };
      }
      if (message !== this.volumeError) void this.ctx.events.record(this.pod as ApiObject, "Warning", event, message);
      this.volumeError = message;
      this.ctx.logger.info("pod volumes not ready", { pod: this.podKey, message });
      clearTimeout(this.sandboxRetry);
      this.sandboxRetry = setTimeout(() => this.enqueue(() => this.sync()), this.ctx.options.volumeSyncPeriodMs);
      this.sandboxRetry.unref();
      return false;
    }
  }

  /** Kubernetes' periodic volume re-sync: changed ConfigMaps/Secrets reach the files; emptyDir sizeLimits are checked. */
  private startVolumeSync(): void {
    if (this.volumeTimer || !this.pod.spec?.volumes?.length || !this.ctx.driver.podDir(this.pod.metadata?.uid ?? "")) return;
    this.volumeTimer = setInterval(() => this.enqueue(async () => {
      if (this.done || this.terminating || this.evicted) return;
      await this.volumes.refresh(this.pod).catch((error) => this.ctx.logger.warn("volume re-sync failed", { pod: this.podKey, error }));
      const exceeded = await this.volumes.sizeLimitExceeded(this.pod);
      if (exceeded) await this.evict(exceeded);
    }), this.ctx.options.volumeSyncPeriodMs);
    this.volumeTimer.unref();
  }

  private async evict(message: string): Promise<void> {
    this.evicted = message;
    clearInterval(this.volumeTimer);
    void this.ctx.events.record(this.pod as ApiObject, "Warning", "Evicted", message);
    const grace = this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
    for (const state of this.containers.values()) {
      clearTimeout(state.retryTimer);
      state.prober?.stop();
      if (state.handle) void this.ctx.driver.stop(state.handle.id, Number(grace)).catch((error) => this.ctx.logger.warn("stopping an evicted container failed", { pod: this.podKey, error }));
    }
    await this.publishStatus();
  }

  private state(container: Container): ContainerRuntimeState {
    let state = this.containers.get(container.name ?? "");
    if (!state) {
      state = { name: container.name ?? "", image: container.image ?? "", imageID: "", restartCount: 0, history: { consecutiveCrashes: 0 }, pullFailures: 0 };
      this.containers.set(state.name, state);
    }
    return state;
  }

  private retryLater(state: ContainerRuntimeState, delayMs: number): void {
    clearTimeout(state.retryTimer);
    state.retryTimer = setTimeout(() => {
      state.retryTimer = undefined;
      this.enqueue(() => this.sync());
    }, delayMs);
    state.retryTimer.unref();
  }

  private async ensureRunning(container: Container): Promise<void> {
    const state = this.state(container);
    if (state.handle || state.retryTimer || state.finished) return;
    let image;
    if (container.image !== HOST_IMAGE) {
      const pullStarted = performance.now();
      try {
        const pullPolicy = (container.imagePullPolicy || "IfNotPresent") as "Always" | "IfNotPresent" | "Never";
        image = await this.startup.span("kubelet pull image", { [ATTR_K8S_CONTAINER_NAME]: state.name, [ATTR_CONTAINER_IMAGE_NAME]: container.image ?? "" },
          () => this.ctx.puller.pull(container.image ?? "", pullPolicy));
        state.imageID = image.manifest.digest;
        state.pullFailures = 0;
        this.countPull(image.cached ? "cached" : "pulled", pullStarted);
      } catch (error) {
        this.countPull("failed", pullStarted);
        state.pullFailures++;
        state.waiting = { reason: state.pullFailures > 1 ? "ImagePullBackOff" : "ErrImagePull", message: (error as Error).message };
        this.retryLater(state, Math.min(this.ctx.options.imagePullBackoffMs * 2 ** (state.pullFailures - 1), 300_000));
        return;
      }
    }
    const meta = this.pod.metadata ?? {};
    const logPath = containerLogPath(this.ctx.logDir, { namespace: meta.namespace ?? "", podName: meta.name ?? "", podUid: meta.uid ?? "", containerName: state.name }, state.restartCount);
    let handle: ContainerHandle;
    const token = this.ctx.ledger.newToken();
    try {
      const podIP = this.podIP ?? this.ctx.options.address;
      const { natsUrl, podNatsSecurityEnv, clusterDns, clusterDomain, otlpEndpoint } = this.ctx.options;
      const services = this.ctx.servicesIn(meta.namespace ?? "default");
      const tokenFile = this.volumes.tokenFileFor(this.pod, container);
      const extraEnv = {
        ...podEnv({ pod: this.pod, podIP, natsUrl, natsSecurityEnv: podNatsSecurityEnv, clusterDns, services, otlpEndpoint }),
        [CONTAINER_TOKEN_ENV]: token,
        ...(tokenFile ? { [SERVICE_ACCOUNT_TOKEN_FILE_ENV]: tokenFile } : {}),
      };
      const spec = containerSpec({
        pod: this.pod, container, restartCount: state.restartCount, image, logPath, extraEnv,
        addresses: { podIP, hostIP: this.ctx.options.address },
        resolvConf: podResolvConf({ dnsPolicy: this.pod.spec?.dnsPolicy, hostNetwork: this.pod.spec?.hostNetwork ?? false, namespace: meta.namespace ?? "default", clusterDns, clusterDomain }),
        nodeBinary: this.ctx.options.nodeBinary,
        references: await this.ctx.references(this.pod, container),
      });
      const user = this.ctx.runAs ? processUser(this.pod, container, this.ctx.runAs) : undefined;
      const mounts = await this.volumes.mountsFor(container, this.pod);
      handle = await this.startup.span("kubelet start container", { [ATTR_K8S_CONTAINER_NAME]: state.name }, () => this.ctx.driver.start({ ...spec, user, mounts }));
    } catch (error) {
      const reason = error instanceof ContainerConfigError ? "CreateContainerConfigError" : error instanceof VolumeMountsUnsupportedError ? "CreateContainerError" : "RunContainerError";
      if (error instanceof VolumeMountsUnsupportedError && state.waiting?.message !== error.message) void this.ctx.events.record(this.pod as ApiObject, "Warning", "FailedMount", error.message);
      state.waiting = { reason, message: (error as Error).message };
      this.retryLater(state, this.ctx.options.imagePullBackoffMs);
      return;
    }
    state.handle = handle;
    state.waiting = undefined;
    const hookFailure = await runLifecycleHook(container.lifecycle?.postStart, { handle, podIP: this.podIP ?? this.ctx.options.address, driver: this.ctx.driver }, HOOK_TIMEOUT_MS);
    if (hookFailure) {
      void this.ctx.events.record(this.pod as ApiObject, "Warning", "FailedPostStartHook", hookFailure);
      void this.ctx.driver.stop(handle.id, Number(this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS)).catch((error) => this.ctx.logger.warn("killing a container after its postStart hook failed", { pod: this.podKey, error }));
    }
    this.startProber(state, container, handle);
    this.ctx.ledger.record(handle.pid, token);
    this.ctx.publishLog?.({ namespace: meta.namespace ?? "", pod: meta.name ?? "", uid: meta.uid ?? "", container: state.name, restartCount: state.restartCount, path: logPath, exited: handle.exited });
    void handle.exited.then((exit) => {
      this.ctx.ledger.forget(token);
      this.enqueue(() => this.onExit(state, handle, exit));
    });
  }

  private async onExit(state: ContainerRuntimeState, handle: ContainerHandle, exit: ContainerExit): Promise<void> {
    if (state.handle !== handle) return;
    state.handle = undefined;
    state.prober?.stop();
    state.prober = undefined;
    state.lastExit = exit;
    if (this.terminating || this.done) return;
    const init = this.isInit(state.name);
    if (init && exit.exitCode === 0) {
      state.finished = exit;
      await this.sync();
      return;
    }
    if (this.evicted) {
      state.finished = exit;
      await this.publishStatus();
      return;
    }
    const podPolicy = (this.pod.spec?.restartPolicy || "Always") as RestartPolicy;
    // An init container that succeeded is done; one that failed is retried unless the policy is Never.
    const policy = init && podPolicy === "Always" ? "OnFailure" : podPolicy;
    if (!shouldRestart(policy, exit.exitCode)) {
      state.finished = exit;
      await this.publishStatus();
      return;
    }
    const ranMs = exit.finishedAt.getTime() - exit.startedAt.getTime();
    const { delayMs, history } = nextRestartDelay(state.history, ranMs, resolveCrashLoopOptions(this.ctx.options.crashLoop));
    state.history = history;
    state.restartCount++;
    this.ctx.metrics.containerRestarts.inc();
    if (delayMs > 0) {
      state.waiting = { reason: "CrashLoopBackOff", message: `back-off ${Math.round(delayMs / 1000)}s restarting failed container=${state.name} pod=${this.pod.metadata?.name}` };
      this.retryLater(state, delayMs);
      await this.publishStatus();
      return;
    }
    await this.sync();
  }

  /** Probes run from the container's start until it stops; the fake driver's containers need none. */
  private startProber(state: ContainerRuntimeState, container: Container, handle: ContainerHandle): void {
    if (!this.ctx.probes || !hasProbes(container)) return;
    const prober = new ContainerProber({
      container, handle, podIP: this.podIP ?? this.ctx.options.address, driver: this.ctx.driver, metrics: this.ctx.metrics,
      onChange: () => this.enqueue(() => this.publishStatus()),
      onFailure: (probe, outcome, fatal) => this.enqueue(() => this.probeFailed(state, handle, probe, outcome.message, fatal)),
    });
    state.prober = prober;
    for (const warning of prober.warnings) void this.ctx.events.record(this.pod as ApiObject, "Warning", "ProbeWarning", warning);
    prober.start();
  }

  private async probeFailed(state: ContainerRuntimeState, handle: ContainerHandle, probe: ResolvedProbe, message: string, fatal: boolean): Promise<void> {
    if (state.handle !== handle || this.terminating || this.done) return;
    const text = `${probeTitle(probe.type)} probe failed: ${message}`;
    this.ctx.logger.info("container probe failed", { pod: this.podKey, container: state.name, probeType: probe.type, fatal, message });
    if (fatal || this.unhealthyEvents.allow(`${state.name}/${probe.type}`)) void this.ctx.events.record(this.pod as ApiObject, "Warning", "Unhealthy", text);
    if (!fatal) return;
    const verb = probe.type === "startup" ? "failed startup probe" : "failed liveness probe";
    void this.ctx.events.record(this.pod as ApiObject, "Normal", "Killing", `Container ${state.name} ${verb}, will be restarted`);
    const grace = probe.terminationGracePeriodSeconds ?? this.pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS;
    // Not awaited: the grace period must not hold up this pod's other work; the exit comes as usual.
    void this.ctx.driver.stop(handle.id, Number(grace)).catch((error) => this.ctx.logger.warn("killing an unhealthy container failed", { pod: this.podKey, error }));
  }

  private async terminate(graceSeconds: number, confirm: boolean): Promise<void> {
    if (this.done) return;
    this.terminating = true;
    clearInterval(this.volumeTimer);
    for (const state of this.containers.values()) {
      clearTimeout(state.retryTimer);
      state.prober?.stop();
    }
    const started = Date.now();
    // Observed while the preStop hooks run; SIGTERM waits for both (docs/kubelet.md, "Termination").
    const held = this.holdForProxies(graceSeconds);
    await Promise.all([...this.containers.values()].map(async (state) => {
      if (!state.handle) return;
      const hooked = await this.preStop(state.name, state.handle, graceSeconds);
      const waited = await held;
      if (!state.handle) return;
      // What the hook and the hold took comes out of the grace period, leaving SIGTERM at least 2 s as Kubernetes does.
      const grace = hooked || waited ? Math.max(2, graceSeconds - (Date.now() - started) / 1000) : graceSeconds;
      await this.ctx.driver.stop(state.handle.id, grace).catch((error) => this.ctx.logger.warn("container stop failed", { pod: this.podKey, error }));
    }));
    for (const state of this.containers.values()) if (state.lastExit) await this.ctx.driver.remove(state.lastExit.id).catch(() => undefined);
    await this.volumes.tearDown(this.pod);
    await this.ctx.driver.removePod(this.pod.metadata?.uid ?? "").catch((error) => this.ctx.logger.warn("could not remove the pod's directory", { pod: this.podKey, error }));
    this.done = true;
    if (!confirm) return;
    // The containers are gone: tell the API it may remove the pod now.
    const meta = this.pod.metadata ?? {};
    await this.ctx.client.delete("pods", meta.namespace ?? "", meta.name ?? "", { gracePeriodSeconds: 0, preconditions: { uid: meta.uid ?? "" } }).catch((error) => {
      if (!(error instanceof ApiError && (error.reason === "NotFound" || error.reason === "Conflict"))) this.ctx.logger.warn("could not confirm pod deletion", { pod: this.podKey, error });
    });
  }

  /** The preStop hook, within the grace period; the caller gives SIGTERM what is left (at least 2 s, as Kubernetes gives). */
  private async preStop(name: string, handle: ContainerHandle, graceSeconds: number): Promise<boolean> {
    const handler = [...(this.pod.spec?.containers ?? []), ...(this.pod.spec?.initContainers ?? [])].find((container) => container.name === name)?.lifecycle?.preStop;
    if (!handler || graceSeconds <= 0) return false;
    const failure = await runLifecycleHook(handler, { handle, podIP: this.podIP ?? this.ctx.options.address, driver: this.ctx.driver }, graceSeconds * 1000);
    if (failure) void this.ctx.events.record(this.pod as ApiObject, "Warning", "FailedPreStopHook", failure);
    return true;
  }

  /** Until every node proxy stopped sending the pod new connections, bounded by the hold's budget; nothing to wait for without an IP or a running container. */
  private async holdForProxies(graceSeconds: number): Promise<boolean> {
    const hold = this.ctx.terminationHold;
    const budgetMs = holdBudgetMs(graceSeconds, this.ctx.options.terminationHoldTimeoutMs);
    const handles = [...this.containers.values()].map((state) => state.handle);
    if (!hold || budgetMs <= 0 || !this.podIP || !handles.some(Boolean)) return false;
    const meta = this.pod.metadata ?? {};
    await hold.hold({ namespace: meta.namespace ?? "", name: meta.name ?? "", ip: this.podIP, ports: endpointPorts(handles) }, budgetMs);
    return true;
  }

  private async publishStatus(): Promise<void> {
    const podIP = this.podIP ?? "";
    const states = (this.pod.spec?.containers ?? []).map((container) => this.state(container));
    const statuses = states.map((state) => containerStatus(state, podIP));
    const warnings = states.flatMap((state) => state.prober?.warnings ?? []);
    const initStatuses = (this.pod.spec?.initContainers ?? []).map((container) => containerStatus(this.state(container), podIP));
    const evicted = this.evicted ? { phase: "Failed", reason: "Evicted", message: this.evicted } : {};
    const status = { ...withInitContainers(this.pod, podStatus(this.pod, statuses, {
      hostIP: this.ctx.options.address, podIP, startTime: this.startTime, now: new Date().toISOString(),
      message: this.sandboxError ? `pod IP not allocated: ${this.sandboxError}` : [this.ctx.limitsMessage, ...warnings].filter(Boolean).join("; "),
      reason: this.sandboxError ? "FailedCreatePodSandBox" : undefined,
    }), initStatuses), ...evicted };
    this.lastStatus = status;
    this.observeStart(status.conditions);
    const fingerprint = JSON.stringify({ ...status, conditions: status.conditions?.map(({ lastTransitionTime: _t, ...rest }) => rest) });
    if (fingerprint === this.lastPublished) return;
    const ready = status.conditions?.some((condition) => condition.type === "Ready" && condition.status === "True") ?? false;
    if (ready && this.startup.active) this.noteFirstReady();
    try {
      const updated = await this.startup.statusUpdate(ready, () => this.ctx.client.updateStatus<ApiObject>({ ...this.pod, status } as ApiObject));
      // Not the reply blindly: an update (a deletion) the informer brought meanwhile is newer, and
      // dropping it would leave the deletion unseen, the pod never confirmed gone.
      this.pod = laterPod(this.pod, updated as Pod);
      this.lastPublished = fingerprint;
    } catch (error) {
      if (error instanceof ApiError && error.reason === "Conflict") {
        // Someone else wrote the pod meanwhile; the informer brings the new version and another sync.
        return;
      }
      if (!(error instanceof ApiError && error.reason === "NotFound")) this.ctx.logger.warn("pod status update failed", { pod: this.podKey, error });
    }
  }

  /** The first time every container is ready: by a readiness probe's success, or at once without one. */
  private noteFirstReady(): void {
    const containers = this.pod.spec?.containers ?? [];
    const probed = this.ctx.probes && containers.some((container) => container.readinessProbe);
    this.startup.probeSuccess(probed ? "readiness" : "none", containers.map((container) => container.name ?? ""));
  }
}

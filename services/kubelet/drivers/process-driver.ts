// The default driver: every container is a host process group with its output in a CRI log, its
// declared ports mapped to free host ports, and cgroup limits (v2, else v1) where the host allows them.
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { detectMountNamespaceSupport, type MountNamespaceSupport } from "./mount-namespace-support.ts";
import { CriLogWriter } from "../logs/cri-log-writer.ts";
import { cgroupLimits } from "./cgroup-limits.ts";
import { detectCgroupBackend } from "./cgroup-backend.ts";
import type { CgroupBackend } from "./cgroup-backend.ts";
import { buildContainerEnv } from "./container-env.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";
import type { CgroupUsagePaths } from "../usage/cgroup-usage.ts";
import { ContainerTable } from "./container-table.ts";
import { execInContainer } from "./process-exec.ts";
import { spawnInContainer } from "./process-exec-stream.ts";
import { CgroupSetupError, ContainerNotRunningError, ContainerStartError, ExecutableNotFoundError, HostPortAllocationError, InvalidContainerSpecError, VolumeMountsUnsupportedError } from "./errors.ts";
import { HostPortAllocator } from "./host-ports.ts";
import { prepareWorkingDir, resolveExecutable } from "./launch-paths.ts";
import { ProcessContainer, type MountNamespace } from "./process-container.ts";
import { resolveProcessDriverOptions } from "./process-driver-options.ts";
import type { ProcessDriverOptions, ResolvedProcessDriverOptions } from "./process-driver-options.ts";
import { validateContainerSpec } from "./validate-spec.ts";
import type { ContainerConsole, ContainerExit, ContainerHandle, ContainerInfo, ContainerSpec, Driver, DriverCapabilities, ExecResult, ExitListener, StreamingExec } from "./types.ts";

export class ProcessDriver implements Driver {
  readonly name = "process";
  readonly #options: ResolvedProcessDriverOptions;
  readonly #table: ContainerTable;
  readonly #ports: HostPortAllocator;
  readonly #running = new Map<string, ProcessContainer>();
  #cgroupSupport: Promise<CgroupBackend> | undefined;
  #mountNamespaceSupport: Promise<MountNamespaceSupport> | undefined;
  /** Starts under way: close() waits for them, so none of them outlives the driver. */
  readonly #starting = new Set<Promise<unknown>>();
  #closed = false;

  constructor(options: ProcessDriverOptions = {}) {
    this.#options = resolveProcessDriverOptions(options);
    this.#table = new ContainerTable(this.#options.logger);
    this.#ports = new HostPortAllocator(this.#options.hostIp);
  }

  async capabilities(): Promise<DriverCapabilities> {
    const support = await this.#detectCgroups();
    return support.usable ? { cgroups: true, cgroupVersion: support.version } : { cgroups: false, reason: support.reason };
  }

  start(spec: ContainerSpec): Promise<ContainerHandle> {
    if (this.#closed) return Promise.reject(new ContainerStartError(spec.containerName ?? "", { cause: new Error("the driver is closed") }));
    const starting = this.#start(spec);
    this.#starting.add(starting);
    const forget = () => this.#starting.delete(starting);
    starting.then(forget, forget);
    return starting;
  }

  async #start(spec: ContainerSpec): Promise<ContainerHandle> {
    validateContainerSpec(spec);
    const limits = cgroupLimits(spec.resources, this.#options.podPidsLimit);
    const release = this.#table.reserve(spec);
    try {
      const support = await this.#detectCgroups();
      const hostPorts = await this.#ports.allocate(spec.ports ?? []);
      const env = buildContainerEnv(this.#options.baseEnv, spec, hostPorts);
      // As container runtimes do for a terminal, a TERM the container did not set.
      if (spec.tty && env.TERM === undefined) env.TERM = "xterm";
      let log: CriLogWriter | undefined;
      let cgroup: ContainerCgroup | undefined;
      try {
        const cwd = await prepareWorkingDir(spec, this.#options.podsDir);
        const mountNamespace = await this.#mountNamespace(spec);
        const [command, ...args] = [...spec.command, ...(spec.args ?? [])];
        const executable = await resolveExecutable(command, spec.rootDir, cwd, env.PATH);
        log = await CriLogWriter.open(spec.logPath);
        const id = randomBytes(16).toString("hex");
        if (support.usable) cgroup = await support.create(spec.podUid, spec.containerName, limits);
        const { logger, outputDrainMs } = this.#options;
        const container = await ProcessContainer.start({ id, spec, executable, args, env, cwd, log, cgroup, mountNamespace, outputDrainMs, logger });
        return this.#track(id, spec, env, hostPorts, container, cgroup?.usagePaths);
      } catch (error) {
        this.#ports.release(hostPorts);
        await cgroup?.remove().catch(() => undefined);
        await log?.close().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      throw isTypedStartFailure(error) ? error : new ContainerStartError(spec.containerName, { cause: error });
    } finally {
      release();
    }
  }

  async stop(id: string, gracePeriodSeconds: number): Promise<ContainerExit> {
    const handle = this.#table.get(id);
    const container = this.#running.get(id);
    if (container) await container.stop(gracePeriodSeconds);
    return handle.exited;
  }

  async exec(id: string, command: string[], timeoutMs: number): Promise<ExecResult> {
    const container = this.#running.get(id);
    if (!container) throw new ContainerNotRunningError(id);
    return execInContainer(container.execTarget, command, timeoutMs);
  }

  async execStreaming(id: string, command: string[], options: { tty?: boolean } = {}): Promise<StreamingExec> {
    const container = this.#running.get(id);
    if (!container) throw new ContainerNotRunningError(id);
    return spawnInContainer(container.execTarget, command, options);
  }

  async attach(id: string): Promise<ContainerConsole> {
    const container = this.#running.get(id);
    if (!container) throw new ContainerNotRunningError(id);
    return { stdin: container.stdin, resize: (size) => container.resize(size) };
  }

  async remove(id: string): Promise<void> {
    await this.stop(id, 0);
    this.#table.delete(id);
  }

  async removePod(podUid: string): Promise<void> {
    // A uid is one path segment; anything else must not turn into a path outside podsDir.
    if (!podUid || podUid.includes("/") || podUid === "." || podUid === "..") return;
    await rm(join(this.#options.podsDir, podUid), { recursive: true, force: true });
  }

  async list(): Promise<ContainerInfo[]> {
    return this.#table.list();
  }

  onExit(listener: ExitListener): () => void {
    return this.#table.onExit(listener);
  }

  async close(gracePeriodSeconds: number): Promise<void> {
    // A start that was under way when the kubelet began to stop ends as a running container:
    // wait for it, so it is stopped with the others instead of outliving the kubelet.
    this.#closed = true;
    await Promise.allSettled(this.#starting);
    await Promise.all([...this.#running.keys()].map((id) => this.stop(id, gracePeriodSeconds)));
  }

  podDir(podUid: string): string | undefined {
    return join(this.#options.podsDir, podUid);
  }

  /**
   * The container's bind mounts: its volumeMounts and the pod's resolv.conf (written into the
   * pod's directory). Both need a private mount namespace; without one a container with
   * volumeMounts is refused (never run with different paths), while one without keeps the host's
   * resolver (and still has TROUPE_DNS_SERVER).
   */
  async #mountNamespace(spec: ContainerSpec): Promise<MountNamespace | undefined> {
    const binds = [...(spec.mounts ?? [])];
    if (spec.resolvConf !== undefined) {
      const dir = join(this.#options.podsDir, spec.podUid);
      await mkdir(dir, { recursive: true });
      const file = join(dir, "resolv.conf");
      await writeFile(file, spec.resolvConf);
      if (this.#options.privateResolvConf) binds.unshift({ source: file, target: "/etc/resolv.conf", readOnly: false });
    }
    if (binds.length === 0) return undefined;
    const detect = () => (this.#options.mountNamespaces ? detectMountNamespaceSupport() : Promise.resolve<MountNamespaceSupport>({ usable: false, reason: "mount namespaces are turned off in the driver options" }));
    this.#mountNamespaceSupport ??= detect().then((support) => {
      if (support.usable) this.#options.logger.info("containers get their pod's resolv.conf and volumes in a private mount namespace");
      else this.#options.logger.warn("containers keep the host's resolv.conf and cannot mount volumes", { reason: support.reason });
      return support;
    });
    const support = await this.#mountNamespaceSupport;
    if (!support.usable) {
      if (spec.mounts?.some((mount) => !mount.optional)) throw new VolumeMountsUnsupportedError(spec.containerName, support.reason);
      return undefined;
    }
    return { binds, unshare: support.unshare, nsenter: support.nsenter };
  }

  #detectCgroups(): Promise<CgroupBackend> {
    const { cgroups, cgroupRoot } = this.#options;
    this.#cgroupSupport ??= cgroups
      ? detectCgroupBackend(cgroupRoot)
      : Promise.resolve({ usable: false, reason: "cgroups are turned off in the kubelet options" });
    return this.#cgroupSupport;
  }

  #track(id: string, spec: ContainerSpec, env: Record<string, string>, hostPorts: Record<number, number>, container: ProcessContainer, cgroup: CgroupUsagePaths | undefined): ContainerHandle {
    this.#running.set(id, container);
    const handle: ContainerHandle = {
      id,
      spec,
      pid: container.pid,
      ...(cgroup ? { cgroup } : {}),
      hostPorts,
      env,
      startedAt: container.startedAt,
      // Bookkeeping and listeners run before anyone awaiting `exited` sees the exit.
      exited: container.ended.then((exit) => {
        this.#running.delete(id);
        this.#ports.release(hostPorts);
        this.#table.recordExit(exit);
        return exit;
      }),
    };
    this.#table.add(handle);
    return handle;
  }
}

function isTypedStartFailure(error: unknown): boolean {
  return (
    error instanceof InvalidContainerSpecError ||
    error instanceof ExecutableNotFoundError ||
    error instanceof CgroupSetupError ||
    error instanceof HostPortAllocationError ||
    error instanceof ContainerStartError ||
    error instanceof VolumeMountsUnsupportedError
  );
}

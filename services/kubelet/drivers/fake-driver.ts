// A simulated runtime for hollow nodes: the real kubelet code path with no processes, sockets or
// files, cheap enough for thousands of nodes in one process. Containers run until stopped (they
// honour SIGTERM at once) or until a test ends them with crash(). Always named "fake", so a node
// running it can say so.
import { setTimeout as sleep } from "node:timers/promises";
import { cgroupLimits } from "./cgroup-limits.ts";
import { buildContainerEnv } from "./container-env.ts";
import { ContainerTable } from "./container-table.ts";
import { AttachUnsupportedError, ContainerNotRunningError, HostPortAllocationError, StreamingExecUnsupportedError } from "./errors.ts";
import { containerExit } from "./exit-status.ts";
import { resolveFakeDriverOptions } from "./fake-driver-options.ts";
import type { FakeDriverOptions, ResolvedFakeDriverOptions } from "./fake-driver-options.ts";
import { validateContainerSpec } from "./validate-spec.ts";
import type {
  ContainerConsole,
  ContainerExit,
  ContainerHandle,
  ContainerInfo,
  ContainerPortSpec,
  ContainerSpec,
  Driver,
  DriverCapabilities,
  ExecResult,
  ExitListener,
  HostPorts,
  StreamingExec,
} from "./types.ts";

type EndContainer = (code: number | null, signal: NodeJS.Signals | null, stopRequested: boolean) => void;

export class FakeDriver implements Driver {
  readonly name = "fake";
  readonly #options: ResolvedFakeDriverOptions;
  readonly #table: ContainerTable;
  readonly #running = new Map<string, EndContainer>();
  readonly #freePorts: number[] = [];
  #nextPort: number;
  #nextId = 1;

  constructor(options: FakeDriverOptions = {}) {
    this.#options = resolveFakeDriverOptions(options);
    this.#table = new ContainerTable(this.#options.logger);
    this.#nextPort = this.#options.firstHostPort;
  }

  async capabilities(): Promise<DriverCapabilities> {
    return { cgroups: false, reason: "fake driver: containers are simulated, nothing runs" };
  }

  async start(spec: ContainerSpec): Promise<ContainerHandle> {
    validateContainerSpec(spec);
    // Same answer as the process driver for bad quantities, though nothing is enforced.
    cgroupLimits(spec.resources);
    const release = this.#table.reserve(spec);
    try {
      if (this.#options.startDelayMs > 0) await sleep(this.#options.startDelayMs);
      const hostPorts = this.#allocatePorts(spec.ports ?? []);
      const id = `fake-${this.#nextId++}`;
      const startedAt = new Date();
      let resolveEnd!: (exit: ContainerExit) => void;
      const ended = new Promise<ContainerExit>((resolve) => (resolveEnd = resolve));
      this.#running.set(id, (code, signal, stopRequested) => {
        this.#running.delete(id);
        resolveEnd(containerExit({ id, code, signal, oomKilled: false, stopRequested, startedAt, finishedAt: new Date() }));
      });
      const handle: ContainerHandle = {
        id,
        spec,
        pid: undefined,
        hostPorts,
        env: buildContainerEnv(this.#options.baseEnv, spec, hostPorts),
        startedAt,
        exited: ended.then((exit) => {
          this.#freePorts.push(...Object.values(hostPorts));
          this.#table.recordExit(exit);
          return exit;
        }),
      };
      this.#table.add(handle);
      return handle;
    } finally {
      release();
    }
  }

  /** Ends a running container as if its process exited with `exitCode` (tests, failure drills). */
  crash(id: string, exitCode: number): void {
    this.#table.get(id);
    this.#running.get(id)?.(exitCode, null, false);
  }

  async stop(id: string, gracePeriodSeconds: number): Promise<ContainerExit> {
    const handle = this.#table.get(id);
    this.#running.get(id)?.(null, gracePeriodSeconds > 0 ? "SIGTERM" : "SIGKILL", true);
    return handle.exited;
  }

  /** Simulated containers pass every command (exec probes always succeed on hollow nodes). */
  async exec(id: string): Promise<ExecResult> {
    if (!this.#running.has(id)) throw new ContainerNotRunningError(id);
    return { exitCode: 0, output: "", timedOut: false };
  }

  /** A simulated container has no process to run a command beside. */
  async execStreaming(id: string, _command: string[]): Promise<StreamingExec> {
    if (!this.#running.has(id)) throw new ContainerNotRunningError(id);
    throw new StreamingExecUnsupportedError("fake");
  }

  /** A simulated container has no stdio to attach to. */
  async attach(id: string): Promise<ContainerConsole> {
    if (!this.#running.has(id)) throw new ContainerNotRunningError(id);
    throw new AttachUnsupportedError("fake");
  }

  async remove(id: string): Promise<void> {
    await this.stop(id, 0);
    this.#table.delete(id);
  }

  /** Nothing is written for a simulated pod: its volumes and mounts are only recorded in the container's spec. */
  podDir(): string | undefined {
    return undefined;
  }

  async removePod(): Promise<void> {
    // Hollow pods have nothing on disk.
  }

  async list(): Promise<ContainerInfo[]> {
    return this.#table.list();
  }

  onExit(listener: ExitListener): () => void {
    return this.#table.onExit(listener);
  }

  async close(gracePeriodSeconds: number): Promise<void> {
    await Promise.all([...this.#running.keys()].map((id) => this.stop(id, gracePeriodSeconds)));
  }

  #allocatePorts(ports: ContainerPortSpec[]): HostPorts {
    const hostPorts: HostPorts = {};
    const { lastHostPort, firstHostPort } = this.#options;
    for (const containerPort of new Set(ports.map((port) => port.containerPort))) {
      const hostPort = this.#freePorts.pop() ?? (this.#nextPort <= lastHostPort ? this.#nextPort++ : undefined);
      if (hostPort === undefined) {
        this.#freePorts.push(...Object.values(hostPorts));
        throw new HostPortAllocationError(`fake host ports ${firstHostPort}-${lastHostPort} are all in use`);
      }
      hostPorts[containerPort] = hostPort;
    }
    return hostPorts;
  }
}

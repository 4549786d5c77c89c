// The kubelet's container runtime contract. A driver runs containers and reports how they end;
// what to run, when to restart and what the pod status says stay in the kubelet. Implementations:
// ProcessDriver (host process groups) and FakeDriver (simulated, for hollow nodes).
import type { Writable } from "node:stream";
import type { CgroupUsagePaths } from "../usage/cgroup-usage.ts";

export const DRIVER_NAMES = ["process", "fake"] as const;
export type DriverName = (typeof DRIVER_NAMES)[number];

export interface ContainerPortSpec {
  /** IANA service name; exported to the process as PORT_<NAME>. */
  name?: string;
  containerPort: number;
  protocol?: "TCP" | "UDP" | "SCTP";
}

/** Kubernetes quantities as written in the manifest ("500m", "128Mi"). */
export interface ContainerResources {
  limits?: Record<string, string>;
  requests?: Record<string, string>;
}

/** A volumeMount: `source` on the host appears at `target` inside the container. */
export interface MountSpec {
  source: string;
  target: string;
  readOnly: boolean;
  /** Left out, not refused, where the driver cannot mount (the ServiceAccount token, which the container also finds through its environment). */
  optional?: boolean;
}

export interface ContainerSpec {
  namespace: string;
  podName: string;
  podUid: string;
  containerName: string;
  restartCount: number;
  /** argv[0..]: a relative path with a "/" is resolved against rootDir, a bare name on PATH. */
  command: string[];
  args?: string[];
  env?: Record<string, string>;
  /** Default: rootDir, else a per-pod directory. A relative path is taken from rootDir. */
  workingDir?: string;
  ports?: ContainerPortSpec[];
  resources?: ContainerResources;
  /** The unpacked process image; undefined for a host command. */
  rootDir?: string;
  /** Where the CRI-format log of this run goes (see logs/log-paths.ts). */
  logPath: string;
  /** The pod's resolv.conf; undefined keeps the host's resolver (dnsPolicy Default). */
  resolvConf?: string;
  /** The container's volumeMounts, bind-mounted in its private mount namespace (process driver). */
  mounts?: MountSpec[];
  /** Keep the container's stdin open for attach (otherwise it reads end-of-file at once). */
  stdin?: boolean;
  /** Close that stdin once the first attach that wrote to it ends (the kubelet decides when). */
  stdinOnce?: boolean;
  /** Run the container on a terminal of its own (its stderr then comes on stdout). */
  tty?: boolean;
  /** The user and group the process runs as (runAsUser/runAsGroup); undefined: as the kubelet. */
  user?: { uid: number; gid: number };
}

/**
 * Why a container ended: Kubernetes' Completed/Error/OOMKilled, plus Killed when the driver
 * stopped it and a signal ended it (a crash by signal, such as SIGSEGV, is an Error).
 */
export const EXIT_REASONS = ["Completed", "Error", "OOMKilled", "Killed"] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export interface ContainerExit {
  id: string;
  /** As Kubernetes reports it: the status, or 128 + the signal number when a signal ended it. */
  exitCode: number;
  signal: NodeJS.Signals | null;
  reason: ExitReason;
  startedAt: Date;
  finishedAt: Date;
}

/** Host port for each declared containerPort. */
export type HostPorts = Record<number, number>;

export interface ContainerHandle {
  readonly id: string;
  readonly spec: ContainerSpec;
  /** Process (and process group) id; undefined where no process exists (fake). */
  readonly pid: number | undefined;
  /** Its cgroup's usage files, when it runs in one (services/kubelet/usage). */
  readonly cgroup?: CgroupUsagePaths;
  readonly hostPorts: HostPorts;
  /** The environment the container was given, PORT variables included. */
  readonly env: Record<string, string>;
  readonly startedAt: Date;
  /** Settles (never rejects) when the container has ended and its log is flushed. */
  readonly exited: Promise<ContainerExit>;
}

export interface ContainerInfo extends Omit<ContainerHandle, "exited"> {
  readonly state: "running" | "exited";
  readonly exit: ContainerExit | undefined;
}

export type ExitListener = (exit: ContainerExit, container: ContainerHandle) => void;

export interface DriverCapabilities {
  /** Whether resource limits are enforced (cgroups). */
  cgroups: boolean;
  /** With which cgroup version, when they are. */
  cgroupVersion?: "v1" | "v2";
  /** When cgroups is false, why (the cause only; the kubelet says what it means in its status). */
  reason?: string;
}

/** What a command run in a container (an exec probe) ended with. */
export interface ExecResult {
  exitCode: number;
  /** stdout and stderr interleaved, cut at a few KiB. */
  output: string;
  timedOut: boolean;
}

/** A command started in a running container with its stdio as streams (CRI's Exec). */
export interface StreamingExec {
  readonly stdin: NodeJS.WritableStream;
  readonly stdout: NodeJS.ReadableStream;
  readonly stderr: NodeJS.ReadableStream;
  /** Settles (never rejects) with the exit code: 128 + the signal number when a signal ended it. */
  readonly exited: Promise<number>;
  /** Sets the terminal size of a command run with `tty`; nothing without one. */
  resize(size: { width: number; height: number }): void;
  /** Kills the command's process group (the caller went away). */
  kill(): void;
}

/** A running container's own stdio as attach reaches it (CRI's Attach); its output is read from its log. */
export interface ContainerConsole {
  /** The container's stdin pipe, shared by every attach; undefined unless it was started with `stdin`. */
  readonly stdin: Writable | undefined;
  /** Sets the size of the container's terminal (started with `tty`); nothing without one. */
  resize(size: { width: number; height: number }): void;
}

export interface Driver {
  readonly name: DriverName;
  capabilities(): Promise<DriverCapabilities>;
  /** Resolves once the container runs; rejects when it could not be started. */
  start(spec: ContainerSpec): Promise<ContainerHandle>;
  /**
   * SIGTERM to the container's processes, SIGKILL to those left after the grace period; resolves
   * with the exit. An exited container just returns its exit.
   */
  stop(id: string, gracePeriodSeconds: number): Promise<ContainerExit>;
  /**
   * Runs `command` in a running container (its environment, working directory and, where the
   * driver gives it one, mount namespace), killing it after `timeoutMs`: CRI's ExecSync.
   */
  exec(id: string, command: string[], timeoutMs: number): Promise<ExecResult>;
  /**
   * Starts `command` in a running container with streamed stdin/stdout/stderr (`kubectl exec`),
   * with `tty` on a terminal of its own (its stderr then comes on stdout, as on any terminal);
   * rejects when the container is not running or the driver cannot run commands in it.
   */
  execStreaming(id: string, command: string[], options?: { tty?: boolean }): Promise<StreamingExec>;
  /**
   * The running container's stdin and terminal, for `kubectl attach`; rejects when the container
   * is not running or the driver has no process to attach to.
   */
  attach(id: string): Promise<ContainerConsole>;
  /** Forgets an exited container; a running one is killed first, as CRI's RemoveContainer. */
  remove(id: string): Promise<void>;
  /** Removes what the pod had on the node (its directory: working dir, resolv.conf) once its containers are removed, as CRI's RemovePodSandbox. */
  removePod(podUid: string): Promise<void>;
  /** Where the pod's files (volumes) go on the node; undefined when the driver keeps none (fake). */
  podDir(podUid: string): string | undefined;
  /** Containers started and not yet removed, running or exited. */
  list(): Promise<ContainerInfo[]>;
  /** Calls `listener` once per container end; returns the unsubscribe function. */
  onExit(listener: ExitListener): () => void;
  /** Stops every running container (the kubelet is shutting down) and releases resources. */
  close(gracePeriodSeconds: number): Promise<void>;
}

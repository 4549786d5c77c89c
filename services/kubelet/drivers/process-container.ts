// One running process container: a detached child (its own process group) whose output goes to
// the CRI log, optionally inside a cgroup. When the main process ends, what is left of the group
// is killed, as a container's processes die with its init, and the log is flushed before the
// exit is reported.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../../runtime/log.ts";
import type { CriLogWriter } from "../logs/cri-log-writer.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";
import { ContainerStartError } from "./errors.ts";
import { containerExit } from "./exit-status.ts";
import { signalGroup } from "./process-group.ts";
import type { ExecTarget } from "./process-exec.ts";
import { resizeTty, ttyArgv } from "./process-tty.ts";
import type { ContainerExit, ContainerSpec, MountSpec } from "./types.ts";
import { setprivArgv, spawnIds, type ProcessUserIds } from "./process-user.ts";

// Joins the cgroup(s) before exec'ing the command, so not even its first instruction (or a child
// forked at once) runs outside the limits. The arguments are the cgroup.procs files (one per v1
// controller, one on v2), "--", then the command.
const SHELL = "/bin/sh";
const JOIN_CGROUP_THEN_EXEC = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"';
// The shell exports PWD; the container's environment is only what its spec says.
const UNSET_PWD = "unset PWD; ";
// In a private mount namespace (unshare execs, it does not fork), bind-mounts each (source,
// target, ro|rw) triple given before "--" (the pod's resolv.conf over /etc/resolv.conf, the
// volumeMounts), creating a missing mount point (a directory, or an empty file for a file),
// remounting read-only where asked, then execs the command after "--": the pid stays the
// container's main process throughout. A failed mount ends the container before its command runs.
const MOUNT_THEN_EXEC = [
  'while [ "$1" != -- ]; do',
  'if [ -d "$1" ]; then mkdir -p "$2"; elif [ ! -e "$2" ]; then mkdir -p "$(dirname "$2")" && : > "$2"; fi &&',
  'mount --bind "$1" "$2" && { [ "$3" != ro ] || mount -o remount,bind,ro "$2"; } || exit 1;',
  'shift 3; done; shift; exec "$@"',
].join(" ");
const MOUNT_WRAPPER_NAME = "troupe-mounts";
/** Past this a slow wrapper counts as started anyway (its command then sees its mounts a little late). */
const MOUNTS_MADE_TIMEOUT_MS = 10_000;

/** The bind mounts of one container, made in its own private mount namespace. */
export interface MountNamespace {
  binds: MountSpec[];
  unshare: string;
  /** To run exec probes in the same namespace; absent: they see the host's files. */
  nsenter: string | undefined;
}

export interface ProcessLaunch {
  id: string;
  spec: ContainerSpec;
  executable: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  log: CriLogWriter;
  cgroup: ContainerCgroup | undefined;
  mountNamespace: MountNamespace | undefined;
  /** How long output pipes may stay open after the exit (held by a process that left the group). */
  outputDrainMs: number;
  logger: Logger;
}

/** What to spawn: the command (on a terminal of its own with `tty`), inside the resolv.conf mount wrapper, inside the cgroup join. */
export function launchArgv(launch: Pick<ProcessLaunch, "executable" | "args" | "cgroup" | "mountNamespace"> & { env?: Record<string, string>; tty?: boolean; user?: ProcessUserIds }): string[] {
  let argv = [launch.executable, ...launch.args];
  // Behind root-only wrappers the command itself drops to the container's user.
  if (launch.user && (launch.cgroup || launch.mountNamespace)) argv = setprivArgv(launch.user, argv);
  if (launch.tty) argv = ttyArgv(argv);
  const unsetPwd = launch.env?.PWD === undefined ? UNSET_PWD : "";
  const ns = launch.mountNamespace;
  if (ns) {
    const triples = ns.binds.flatMap((bind) => [bind.source, bind.target, bind.readOnly ? "ro" : "rw"]);
    argv = [ns.unshare, "--mount", "--propagation", "private", "--", SHELL, "-c", unsetPwd + MOUNT_THEN_EXEC, MOUNT_WRAPPER_NAME, ...triples, "--", ...argv];
  }
  if (launch.cgroup) argv = joinCgroupArgv(launch.cgroup.procsFiles, argv, unsetPwd);
  return argv;
}

/** `argv` run inside the cgroup(s) whose cgroup.procs files are given (an exec joins its container's). */
export function joinCgroupArgv(procsFiles: string[], argv: string[], unsetPwd = UNSET_PWD): string[] {
  return [SHELL, "-c", unsetPwd + JOIN_CGROUP_THEN_EXEC, "troupe-join-cgroup", ...procsFiles, "--", ...argv];
}

/**
 * Resolves once the mount wrapper has exec'd the command (its argv no longer names the wrapper),
 * so that a container counts as started, and postStart hooks or probes run, only with its
 * volumes in place; or once the process ended (a failed mount).
 */
async function mountsMade(pid: number, ended: Promise<unknown>): Promise<void> {
  let over = false;
  void ended.then(() => (over = true));
  const marker = `\0${MOUNT_WRAPPER_NAME}\0`;
  const deadline = Date.now() + MOUNTS_MADE_TIMEOUT_MS;
  for (let waitMs = 1; !over && Date.now() < deadline; waitMs = Math.min(waitMs * 2, 50)) {
    // Empty while the process is between two execs: keep waiting.
    const argv = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined);
    if (argv === undefined) return;
    if (argv && !argv.includes(marker)) return;
    await sleep(waitMs);
  }
}

export class ProcessContainer {
  readonly pid: number;
  readonly startedAt: Date;
  /** Settles once the container has ended, its leftovers are killed and its log is flushed. */
  readonly ended: Promise<ContainerExit>;
  /** The container's stdin pipe when its spec asked for `stdin` (for attach). */
  readonly stdin: Writable | undefined;
  readonly #launch: ProcessLaunch;
  #termSent = false;
  #stopRequested = false;

  private constructor(launch: ProcessLaunch, child: ChildProcess, exited: Promise<[number | null, NodeJS.Signals | null]>) {
    this.#launch = launch;
    this.pid = child.pid as number;
    this.stdin = launch.spec.stdin ? child.stdin ?? undefined : undefined;
    this.startedAt = new Date();
    const output = Promise.all([launch.log.capture(child.stdout!, "stdout"), launch.log.capture(child.stderr!, "stderr")]);
    this.ended = exited.then(([code, signal]) => this.#finish(child, code, signal, output));
  }

  /** Spawns the process; resolves once it runs, rejects with ContainerStartError otherwise. */
  static async start(launch: ProcessLaunch): Promise<ProcessContainer> {
    const { stdin, tty } = launch.spec;
    const { user } = launch.spec;
    const wrapped = Boolean(launch.cgroup || launch.mountNamespace);
    let argv: string[];
    try {
      argv = launchArgv({ ...launch, tty, user });
    } catch (error) {
      throw new ContainerStartError(launch.spec.containerName, { cause: error });
    }
    const [file, ...args] = argv;
    // A terminal's relay (script) gets a pipe even without `stdin`: end-of-file on its input would end it.
    const child = spawn(file, args, { cwd: launch.cwd, env: launch.env, detached: true, stdio: [stdin || tty ? "pipe" : "ignore", "pipe", "pipe"], ...(wrapped ? {} : spawnIds(user)) });
    // Writes after the container exited fail with EPIPE: the attach that made them just ends.
    child.stdin?.on("error", () => undefined);
    // Listening before the first await: a process can exit before "spawn" is handled.
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once("exit", (code, signal) => resolve([code, signal])));
    try {
      await new Promise((resolve, reject) => {
        child.once("spawn", resolve);
        child.once("error", reject);
      });
    } catch (error) {
      throw new ContainerStartError(launch.spec.containerName, { cause: error });
    }
    child.on("error", (error) => launch.logger.warn("container process error", { containerId: launch.id, error }));
    const container = new ProcessContainer(launch, child, exited);
    if (launch.mountNamespace) await mountsMade(container.pid, container.ended);
    return container;
  }

  /** Where commands run "in" this container (exec probes). */
  get execTarget(): ExecTarget {
    const { env, cwd, mountNamespace, cgroup, spec } = this.#launch;
    return { env, cwd, mountNamespace: mountNamespace?.nsenter ? { pid: this.pid, nsenter: mountNamespace.nsenter } : undefined, cgroupProcs: cgroup?.procsFiles, user: spec.user };
  }

  /** Sets the size of the container's terminal; nothing for a container without `tty`. */
  resize(size: { width: number; height: number }): void {
    // The wrappers (cgroup join, mount namespace) exec, so the pid is script's own.
    if (this.#launch.spec.tty) void resizeTty(this.pid, size);
  }

  /** SIGTERM, then SIGKILL after the grace period; a second call with a shorter grace cuts it short. */
  async stop(gracePeriodSeconds: number): Promise<ContainerExit> {
    this.#stopRequested = true;
    if (gracePeriodSeconds > 0) {
      if (!this.#termSent) {
        this.#termSent = true;
        signalGroup(this.pid, "SIGTERM");
      }
      const timeout = new AbortController();
      const endedInTime = await Promise.race([
        this.ended.then(() => true),
        sleep(gracePeriodSeconds * 1000, false, { signal: timeout.signal }).catch(() => false),
      ]);
      timeout.abort();
      if (endedInTime) return this.ended;
    }
    await this.#killAll();
    return this.ended;
  }

  async #killAll(): Promise<void> {
    signalGroup(this.pid, "SIGKILL");
    await this.#launch.cgroup?.killAll().catch((error: unknown) => this.#warn("killing the cgroup failed", error));
  }

  async #finish(
    child: ChildProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
    output: Promise<unknown>,
  ): Promise<ContainerExit> {
    const finishedAt = new Date();
    // Decided now: a stop() arriving while we clean up did not end this process.
    const stopRequested = this.#stopRequested;
    const { cgroup, log, outputDrainMs } = this.#launch;
    await this.#killAll();
    const patience = new AbortController();
    const drained = await Promise.race([
      output.then(() => true),
      sleep(outputDrainMs, false, { signal: patience.signal }).catch(() => true),
    ]);
    patience.abort();
    if (!drained) {
      this.#warn("output still open after the container exited; a process left its process group", undefined);
      child.stdout?.destroy();
      child.stderr?.destroy();
      await output;
    }
    const oomKilled = (await cgroup?.oomKilled().catch((error: unknown) => this.#warn("reading the cgroup's OOM kill count failed", error))) ?? false;
    await cgroup?.remove().catch((error: unknown) => this.#warn("removing the cgroup failed", error));
    await log.close().catch((error: unknown) => this.#warn("closing the container log failed", error));
    return containerExit({
      id: this.#launch.id,
      code,
      signal,
      oomKilled,
      stopRequested,
      startedAt: this.startedAt,
      finishedAt,
    });
  }

  #warn(message: string, error: unknown): undefined {
    this.#launch.logger.warn(message, { containerId: this.#launch.id, container: this.#launch.spec.containerName, error });
    return undefined;
  }
}

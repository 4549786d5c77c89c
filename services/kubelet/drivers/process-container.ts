// One running process container: a detached child (its own process group) whose output goes to
// the CRI log, optionally inside a cgroup. When the main process ends, what is left of the group
// is killed, as a container's processes die with its init, and the log is flushed before the
// exit is reported.
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../../runtime/log.ts";
import type { CriLogWriter } from "../logs/cri-log-writer.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";
import { ContainerStartError } from "./errors.ts";
import { containerExit } from "./exit-status.ts";
import { signalGroup } from "./process-group.ts";
import type { ExecTarget } from "./process-exec.ts";
import type { ContainerExit, ContainerSpec } from "./types.ts";

// Joins the cgroup(s) before exec'ing the command, so not even its first instruction (or a child
// forked at once) runs outside the limits. The arguments are the cgroup.procs files (one per v1
// controller, one on v2), "--", then the command.
const SHELL = "/bin/sh";
const JOIN_CGROUP_THEN_EXEC = 'while [ "$1" != -- ]; do echo $$ > "$1" || exit 125; shift; done; shift; exec "$@"';
// The shell exports PWD; the container's environment is only what its spec says.
const UNSET_PWD = "unset PWD; ";
// In a private mount namespace (unshare execs, it does not fork), puts the pod's resolv.conf over
// the host's, then execs the command: the pid stays the container's main process throughout.
// $0 is the pod's resolv.conf, "$@" the command.
const MOUNT_RESOLV_CONF_THEN_EXEC = 'mount --bind "$0" /etc/resolv.conf && exec "$@"';

/** The pod's resolv.conf, bind-mounted in a private mount namespace. */
export interface ResolvConfMount {
  file: string;
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
  resolvConf: ResolvConfMount | undefined;
  /** How long output pipes may stay open after the exit (held by a process that left the group). */
  outputDrainMs: number;
  logger: Logger;
}

/** What to spawn: the command, inside the resolv.conf mount wrapper, inside the cgroup join. */
export function launchArgv(launch: Pick<ProcessLaunch, "executable" | "args" | "cgroup" | "resolvConf"> & { env?: Record<string, string> }): string[] {
  let argv = [launch.executable, ...launch.args];
  const unsetPwd = launch.env?.PWD === undefined ? UNSET_PWD : "";
  if (launch.resolvConf) argv = [launch.resolvConf.unshare, "--mount", "--propagation", "private", "--", SHELL, "-c", unsetPwd + MOUNT_RESOLV_CONF_THEN_EXEC, launch.resolvConf.file, ...argv];
  if (launch.cgroup) argv = [SHELL, "-c", unsetPwd + JOIN_CGROUP_THEN_EXEC, "troupe-join-cgroup", ...launch.cgroup.procsFiles, "--", ...argv];
  return argv;
}

export class ProcessContainer {
  readonly pid: number;
  readonly startedAt: Date;
  /** Settles once the container has ended, its leftovers are killed and its log is flushed. */
  readonly ended: Promise<ContainerExit>;
  readonly #launch: ProcessLaunch;
  #termSent = false;
  #stopRequested = false;

  private constructor(launch: ProcessLaunch, child: ChildProcess, exited: Promise<[number | null, NodeJS.Signals | null]>) {
    this.#launch = launch;
    this.pid = child.pid as number;
    this.startedAt = new Date();
    const output = Promise.all([launch.log.capture(child.stdout!, "stdout"), launch.log.capture(child.stderr!, "stderr")]);
    this.ended = exited.then(([code, signal]) => this.#finish(child, code, signal, output));
  }

  /** Spawns the process; resolves once it runs, rejects with ContainerStartError otherwise. */
  static async start(launch: ProcessLaunch): Promise<ProcessContainer> {
    const [file, ...args] = launchArgv(launch);
    const child = spawn(file, args, { cwd: launch.cwd, env: launch.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
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
    return new ProcessContainer(launch, child, exited);
  }

  /** Where commands run "in" this container (exec probes). */
  get execTarget(): ExecTarget {
    const { env, cwd, resolvConf } = this.#launch;
    return { env, cwd, mountNamespace: resolvConf?.nsenter ? { pid: this.pid, nsenter: resolvConf.nsenter } : undefined };
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

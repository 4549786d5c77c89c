// Runs a command "in" a process container (CRI's ExecSync, used by exec probes): the container's
// environment and working directory, inside its mount namespace when it has a private one (so it
// sees the same /etc/resolv.conf), in its own process group that is killed on timeout.
import { setprivArgv, spawnIds, type ProcessUserIds } from "./process-user.ts";
import { spawn } from "node:child_process";
import { signalGroup } from "./process-group.ts";
import type { ExecResult } from "./types.ts";

const OUTPUT_LIMIT = 4096;

export interface ExecTarget {
  env: Record<string, string>;
  cwd: string;
  /** The container's private mount namespace (its main process), to enter with nsenter. */
  mountNamespace?: { pid: number; nsenter: string };
  /** The container's cgroup.procs files: a streamed exec joins its cgroup (its limits count it). */
  cgroupProcs?: string[];
  /** The container's runAsUser/runAsGroup: commands run in it run as that user too. */
  user?: ProcessUserIds;
}

export function execInContainer(target: ExecTarget, command: string[], timeoutMs: number): Promise<ExecResult> {
  const ns = target.mountNamespace;
  // nsenter would start in the namespace's root directory: --wd keeps the container's.
  let asUser = command;
  try {
    if (ns && target.user) asUser = setprivArgv(target.user, command);
  } catch (error) {
    return Promise.resolve({ exitCode: 126, output: (error as Error).message, timedOut: false });
  }
  const argv = ns ? [ns.nsenter, `--target=${ns.pid}`, "--mount", `--wd=${target.cwd}`, "--", ...asUser] : command;
  return new Promise((resolve) => {
    let output = "";
    let timedOut = false;
    let settled = false;
    const finish = (result: ExecResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    // The lookup of a bare command name uses the container's PATH (env), as execvp in it would.
    const child = spawn(argv[0], argv.slice(1), { cwd: target.cwd, env: target.env, detached: true, stdio: ["ignore", "pipe", "pipe"], ...(ns ? {} : spawnIds(target.user)) });
    const collect = (chunk: Buffer) => {
      if (output.length < OUTPUT_LIMIT) output += chunk.toString("utf8");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) signalGroup(child.pid, "SIGKILL");
    }, timeoutMs);
    child.once("error", (error) => finish({ exitCode: 127, output: `exec ${JSON.stringify(command)}: ${error.message}`, timedOut: false }));
    child.once("close", (code, signal) => finish({ exitCode: code ?? 128 + (signal ? 9 : 0), output: output.slice(0, OUTPUT_LIMIT), timedOut }));
  });
}

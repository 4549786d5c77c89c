// Runs a command in a process container with its stdio as streams (CRI's Exec, for `kubectl
// exec` / `troupe exec`): the container's environment and working directory, its mount namespace
// when it has a private one, its cgroup when it has one, in a process group of its own; with
// `tty`, on a pseudo-terminal of its own (process-tty.ts).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { PassThrough } from "node:stream";
import { joinCgroupArgv } from "./process-container.ts";
import { setprivArgv, spawnIds } from "./process-user.ts";
import type { ExecTarget } from "./process-exec.ts";
import { signalGroup } from "./process-group.ts";
import { resizeTty, ttyArgv } from "./process-tty.ts";
import type { StreamingExec } from "./types.ts";

/** What a shell answers when it cannot find or run a command. */
const EXIT_CANNOT_RUN = 127;

export function spawnInContainer(target: ExecTarget, command: string[], options: { tty?: boolean } = {}): StreamingExec {
  const ns = target.mountNamespace;
  const wrapped = Boolean(ns || target.cgroupProcs?.length);
  const asUser = wrapped && target.user ? setprivArgv(target.user, command) : command;
  const inner = options.tty ? ttyArgv(asUser) : asUser;
  let argv = ns ? [ns.nsenter, `--target=${ns.pid}`, "--mount", `--wd=${target.cwd}`, "--", ...inner] : inner;
  if (target.cgroupProcs?.length) argv = joinCgroupArgv(target.cgroupProcs, argv);
  // As Kubernetes runtimes do for a terminal, a TERM the container did not set.
  const env = options.tty ? { TERM: "xterm", ...target.env } : target.env;
  const child = spawn(argv[0], argv.slice(1), { cwd: target.cwd, env, detached: true, stdio: ["pipe", "pipe", "pipe"], ...(wrapped ? {} : spawnIds(target.user)) });
  // stderr ends when the process is done (its pipes closed), after a failed spawn with the reason.
  const stderr = new PassThrough();
  child.stderr.pipe(stderr, { end: false });
  let stderrEnded = false;
  const endStderr = (text = "") => {
    if (stderrEnded) return;
    stderrEnded = true;
    child.stderr.unpipe(stderr);
    stderr.end(text);
  };
  child.stdin.on("error", () => undefined);
  const exited = new Promise<number>((resolve) => {
    child.once("error", (error) => {
      endStderr(`exec ${JSON.stringify(command)}: ${error.message}\n`);
      resolve(EXIT_CANNOT_RUN);
    });
    child.once("close", (code, signal) => {
      endStderr();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    stderr,
    exited,
    resize(size) {
      // The wrappers (nsenter, the cgroup join) exec, so the pid is script's own.
      if (options.tty && child.pid) void resizeTty(child.pid, size);
    },
    kill() {
      if (child.pid && child.exitCode === null && child.signalCode === null) signalGroup(child.pid, "SIGKILL");
    },
  };
}

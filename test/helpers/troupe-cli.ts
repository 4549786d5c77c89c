// Runs the `troupe` CLI as a subprocess, the way a user runs it, and collects what it printed.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../cli/troupe.ts", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
}

export function troupe(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const child = spawnTroupe(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin?.end(options.stdin ?? "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}


/** A CLI process to interact with (a watch, a foreground `up`); the caller ends it. */
export interface RunningCli {
  child: ChildProcess;
  /** Exit code once the process and its output streams closed. */
  exited: Promise<number | null>;
  /** Resolves with all the stream printed so far once `pattern` matches it, earlier output included. */
  waitFor(stream: "stdout" | "stderr", pattern: RegExp, timeoutMs?: number): Promise<string>;
}

export function startTroupe(args: readonly string[], options: CliOptions = {}): RunningCli {
  const child = spawnTroupe(args, options);
  const output = { stdout: "", stderr: "" };
  const waiters = new Set<() => void>();
  for (const stream of ["stdout", "stderr"] as const) {
    child[stream]?.setEncoding("utf8").on("data", (chunk: string) => {
      output[stream] += chunk;
      for (const wake of waiters) wake();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  return {
    child,
    exited,
    waitFor(stream, pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(output[stream])) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(output[stream]);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${pattern} on ${stream}; got:\n${output[stream]}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

function spawnTroupe(args: readonly string[], options: CliOptions): ChildProcess {
  // The variables that choose a cluster are cleared, so only what the test passes counts.
  const env = { ...process.env, TROUPE_NATS_URL: undefined, OTEL_EXPORTER_OTLP_ENDPOINT: undefined, ...options.env };
  return spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
}

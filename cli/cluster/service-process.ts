// One Troupe service run as a child process of the supervisor: output appended to its log
// file, restarted with exponential backoff when it dies (once restarts are enabled), and
// stopped with SIGTERM, then SIGKILL if it does not exit in time.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { Backoff, type BackoffOptions } from "../../runtime/backoff.ts";

export interface ServiceProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  logFile: string;
  backoff?: BackoffOptions;
  /** A run at least this long counts as healthy: the next crash restarts without delay growth. */
  stableAfterMs?: number;
  stopTimeoutMs?: number;
  /** Told about every exit and restart, for the supervisor's log and the context file. */
  onEvent?: (event: ServiceEvent) => void;
}

export type ServiceEvent =
  | { type: "exited"; name: string; pid: number; code: number | null; signal: string | null; restartInMs: number | undefined }
  | { type: "restarted"; name: string; pid: number };

export interface ServiceExit {
  code: number | null;
  signal: string | null;
}

export class ServiceProcess {
  readonly name: string;
  readonly #options: ServiceProcessOptions;
  readonly #backoff: Backoff;
  #child: ChildProcess | undefined;
  #startedAt = 0;
  #restarting = false;
  #stopping = false;
  #exited: Promise<ServiceExit> = new Promise(() => {});
  #restartTimer: AbortController | undefined;

  constructor(options: ServiceProcessOptions) {
    this.name = options.name;
    this.#options = options;
    this.#backoff = new Backoff(options.backoff ?? { baseMs: 200, maxMs: 30_000 });
  }

  get pid(): number {
    return this.#child?.pid ?? 0;
  }

  /** Settles when the current process exits; during start-up an exit means it failed. */
  get exited(): Promise<ServiceExit> {
    return this.#exited;
  }

  start(): void {
    const log = openSync(this.#options.logFile, "a");
    try {
      const child = spawn(this.#options.command, [...this.#options.args], {
        cwd: this.#options.cwd,
        env: this.#options.env,
        stdio: ["ignore", log, log],
      });
      this.#child = child;
      this.#startedAt = Date.now();
      this.#exited = new Promise((resolve) => {
        child.once("exit", (code, signal) => resolve({ code, signal }));
        // A failed spawn (missing executable) emits "error" instead of "exit".
        child.once("error", () => resolve({ code: null, signal: null }));
      });
      void this.#exited.then((exit) => this.#onExit(child, exit));
    } finally {
      // The child holds its own copy of the descriptor.
      closeSync(log);
    }
  }

  /** From now on an unexpected exit restarts the process. */
  enableRestarts(): void {
    this.#restarting = true;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    this.#restartTimer?.abort();
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timeout = this.#options.stopTimeoutMs ?? 10_000;
    // Unreferenced, so a prompt exit does not leave this timer holding the process open.
    const killed = await Promise.race([this.#exited.then(() => false), sleep(timeout, true, { ref: false })]);
    if (killed) {
      child.kill("SIGKILL");
      await this.#exited;
    }
  }

  #onExit(child: ChildProcess, exit: ServiceExit): void {
    if (this.#stopping || child !== this.#child) return;
    if (Date.now() - this.#startedAt >= (this.#options.stableAfterMs ?? 30_000)) this.#backoff.reset();
    const restartInMs = this.#restarting ? this.#backoff.next() : undefined;
    this.#options.onEvent?.({ type: "exited", name: this.name, pid: child.pid ?? 0, ...exit, restartInMs });
    if (restartInMs === undefined) return;
    const timer = new AbortController();
    this.#restartTimer = timer;
    sleep(restartInMs, undefined, { signal: timer.signal }).then(
      () => {
        this.start();
        this.#options.onEvent?.({ type: "restarted", name: this.name, pid: this.pid });
      },
      // Aborted by stop(): stay down.
      () => undefined,
    );
  }
}

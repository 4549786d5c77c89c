// A throwaway local cluster, started the way a user starts one (`troupe up -d` in a fresh
// temporary TROUPE_HOME), for the benchmarks that measure start-up and footprint. Whatever
// happens — a failed start, a `troupe down` that fails, Ctrl-C — no process of it outlives
// the benchmark.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessAlive, readContext, troupeHome, type ClusterContext } from "../../cli/cluster/home.ts";
import { killGroup } from "../../cli/cluster/launcher.ts";
import { lockHolder } from "../../cli/cluster/supervisor-lock.ts";

const CLI_ENTRY = join(import.meta.dirname, "..", "..", "cli", "troupe.ts");
// `troupe up` gives up on its own after 60 s; past this, the command itself is stuck.
const COMMAND_TIMEOUT_MS = 90_000;

export interface TroupeRun {
  code: number | null;
  output: string;
  /** From spawn until the process exited. */
  elapsedMs: number;
}

export class LocalCluster {
  readonly home: string;

  private constructor(home: string) {
    this.home = home;
  }

  static async create(): Promise<LocalCluster> {
    const cluster = new LocalCluster(await mkdtemp(join(tmpdir(), "troupe-bench-")));
    live.add(cluster.home);
    guardExit();
    return cluster;
  }

  /** Runs `troupe ARGS` against this cluster's home; output is kept for error messages. */
  troupe(args: readonly string[]): Promise<TroupeRun> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
        env: { ...process.env, TROUPE_HOME: this.home },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
      const timer = setTimeout(() => child.kill("SIGKILL"), COMMAND_TIMEOUT_MS);
      child.once("error", reject);
      child.once("exit", (code) => {
        const elapsedMs = performance.now() - started;
        clearTimeout(timer);
        // "exit" can come before the last output; "close" follows once the pipes are drained.
        child.once("close", () => resolve({ code, output, elapsedMs }));
      });
    });
  }

  /** `troupe up -d`; resolves to its wall time (it exits only once the API answers). */
  async up(): Promise<number> {
    return (await this.#expectSuccess(["up", "-d"])).elapsedMs;
  }

  /** Resolves once every service of the cluster answers its readiness check (/readyz). */
  async waitForReadyServices(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const urls = (await this.context()).services.flatMap((service) => (service.metricsUrl ? [service.metricsUrl.replace(/\/metrics$/, "/readyz")] : []));
    for (const url of urls) {
      while (!(await fetch(url).then((response) => response.ok, () => false))) {
        if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
        await sleep(100);
      }
    }
  }

  async apply(path: string): Promise<void> {
    await this.#expectSuccess(["apply", "-f", path, "-R"]);
  }

  async context(): Promise<ClusterContext> {
    const context = await readContext(troupeHome({ TROUPE_HOME: this.home }));
    if (!context) throw new Error(`no context.json in ${this.home}: the cluster is not running`);
    return context;
  }

  /** `troupe down`; if that fails, kills the supervisor's process group; then removes the home. */
  async destroy(): Promise<void> {
    const home = troupeHome({ TROUPE_HOME: this.home });
    // Read before `down`, which removes both files.
    const supervisor = (await lockHolder(home)) ?? (await readContext(home))?.pid;
    let stopped = supervisor === undefined;
    try {
      if (supervisor !== undefined) {
        const down = await this.troupe(["down", "--timeout", "15s"]);
        stopped = down.code === 0;
        if (!stopped) console.error(`troupe down failed (${down.code}), killing the cluster:\n${down.output}`);
      }
    } finally {
      // The group outlives a dead supervisor: its services may still run.
      if (supervisor !== undefined && !stopped) killGroup(supervisor);
      const killed = killProcessesOf(this.home);
      // Let them go before the home is removed: a dying nats-server may still touch its store.
      for (let waited = 0; killed.some(isProcessAlive) && waited < 5_000; waited += 50) await sleep(50);
      await rm(this.home, { recursive: true, force: true });
      live.delete(this.home);
    }
  }

  async #expectSuccess(args: readonly string[]): Promise<TroupeRun> {
    const run = await this.troupe(args);
    if (run.code !== 0) throw new Error(`troupe ${args.join(" ")} exited with ${run.code}:\n${run.output}`);
    return run;
  }
}

const live = new Set<string>();
let guarded = false;

/** Ctrl-C or process.exit() skips every `finally`: clusters still running are killed on exit. */
function guardExit(): void {
  if (guarded) return;
  guarded = true;
  process.on("exit", () => {
    for (const home of live) {
      killProcessesOf(home);
      rmSync(home, { recursive: true, force: true });
    }
  });
  // Without a handler these signals end the process without the "exit" event.
  process.once("SIGINT", () => process.exit(130));
  process.once("SIGTERM", () => process.exit(143));
}

/**
 * SIGKILLs every process started with TROUPE_HOME=home: the launcher, the supervisor and its
 * services all inherit it. This also finds a supervisor that had not yet written its pid file,
 * or one that left its process group. Linux only (/proc); elsewhere the group kill has to do.
 */
function killProcessesOf(home: string): number[] {
  const marker = `\0TROUPE_HOME=${home}\0`;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const killed: number[] = [];
  for (const entry of entries) {
    try {
      if (!`\0${readFileSync(`/proc/${entry}/environ`, "latin1")}`.includes(marker)) continue;
      process.kill(Number(entry), "SIGKILL");
      killed.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return killed;
}

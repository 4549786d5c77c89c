// A Troupe service run as its own process against a benchmark's nats-server, as `troupe up` runs
// it (same node flags and compile cache), with its metrics port known so the benchmark can read /readyz and /metrics.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SERVICE_NODE_ENV, serviceNodeFlags } from "../../cli/cluster/cluster-services.ts";
import { findFreePort } from "../../runtime/free-port.ts";

export interface BenchService {
  readonly process: ChildProcess;
  readonly metricsUrl: string;
  /** Polls `/metrics` until `check` accepts the text. */
  waitForMetrics(check: (text: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  metrics(): Promise<string>;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/** `nodeFlags`: by default those `troupe up` gives the service `script`. */
export async function startBenchService(
  script: string,
  natsUrl: string,
  env: Record<string, string> = {},
  nodeFlags: readonly string[] = serviceNodeFlags(script),
): Promise<BenchService> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...nodeFlags, join(import.meta.dirname, "..", "..", script)], {
    env: { ...process.env, ...SERVICE_NODE_ENV, TROUPE_NATS_URL: natsUrl, TROUPE_METRICS_PORT: String(port), TROUPE_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const metrics = async () => (await fetch(`${base}/metrics`)).text();
  return {
    process: child,
    metricsUrl: `${base}/metrics`,
    metrics,
    async waitForMetrics(check, what, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`${script} exited with code ${child.exitCode} while waiting for ${what}`);
        const text = await metrics().catch(() => "");
        if (check(text)) return text;
        if (Date.now() > deadline) throw new Error(`${script}: timed out waiting for ${what}`);
        await sleep(50);
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** User + system CPU time a process has used so far, from /proc/<pid>/stat (Linux; 100 ticks/s). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces) start at the state, field 3.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU time the whole machine spent busy so far (every process, any container sharing the kernel),
 * from the first line of /proc/stat (Linux; 100 ticks/s): on a shared machine, the busy time
 * beyond a benchmark's own processes is what others took from it.
 */
export async function machineBusySeconds(): Promise<number> {
  const [user, nice, system, , , irq, softirq, steal] = (await readFile("/proc/stat", "utf8")).split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** The value of the series `name` whose labels include `labels`, from Prometheus text; or undefined. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    if (!line.startsWith(name) || (line[name.length] !== "{" && line[name.length] !== " ")) continue;
    const space = line.lastIndexOf(" ");
    if (wanted.every((pair) => line.slice(name.length, space).includes(pair))) return Number(line.slice(space + 1));
  }
  return undefined;
}

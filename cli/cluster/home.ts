// $TROUPE_HOME: where a local cluster keeps its state, logs and the context file through which
// every other `troupe` command finds it. Distinct homes give independent clusters.
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";

export interface TroupeHome {
  dir: string;
  /** Written once the cluster answers; removed when it stops. */
  contextFile: string;
  /** Holds the supervisor's pid while `troupe up` runs, so a second `up` is refused. */
  lockFile: string;
  /** JetStream store of the cluster's nats-server: the cluster state survives restarts. */
  natsDir: string;
  logsDir: string;
}

export interface ServiceEntry {
  name: string;
  pid: number;
  metricsUrl?: string;
  logFile: string;
}

export interface ClusterContext {
  natsUrl: string;
  /** Pid of the supervisor (`troupe up`) process; `troupe down` signals it. */
  pid: number;
  startedAt: string;
  services: ServiceEntry[];
  /** The Kubernetes REST front end (kubectl) and the kubeconfig that reaches it. */
  kubeApiUrl?: string;
  kubeconfig?: string;
  /** `troupe up --prometheus`: the cluster's Prometheus (UI and HTTP API). */
  prometheusUrl?: string;
  /** How the CLI authenticates to NATS as the cluster's admin (as a kubeconfig names its client
   * certificate): the admin's .creds file and TLS files. Absent on a NATS without auth. */
  natsSecurity?: NatsClientSecurity;
}

export function troupeHome(env: Record<string, string | undefined> = process.env): TroupeHome {
  const dir = resolve(env.TROUPE_HOME || join(homedir(), ".troupe"));
  return {
    dir,
    contextFile: join(dir, "context.json"),
    lockFile: join(dir, "up.pid"),
    natsDir: join(dir, "nats"),
    logsDir: join(dir, "logs"),
  };
}

export function logFile(home: TroupeHome, role: string): string {
  return join(home.logsDir, `${role}.log`);
}

export async function ensureHomeDirs(home: TroupeHome): Promise<void> {
  await mkdir(home.natsDir, { recursive: true });
  await mkdir(home.logsDir, { recursive: true });
}

export async function readContext(home: TroupeHome): Promise<ClusterContext | undefined> {
  let text: string;
  try {
    text = await readFile(home.contextFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return JSON.parse(text) as ClusterContext;
}

let contextWrites = 0;

/** Replaces the file atomically, so a concurrent reader never sees half a context. */
export async function writeContext(home: TroupeHome, context: ClusterContext): Promise<void> {
  // Unique per write: two restarts can write the context at the same time.
  const temporary = `${home.contextFile}.${process.pid}.${++contextWrites}.tmp`;
  await writeFile(temporary, `${JSON.stringify(context, null, 2)}\n`);
  await rename(temporary, home.contextFile);
}

export async function removeContext(home: TroupeHome): Promise<void> {
  await rm(home.contextFile, { force: true });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A detached supervisor's parent is init (or a container's pid 1), which may reap it late; until
 * then signal 0 still finds the exited process. Linux shows it as state Z in /proc.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    // No /proc (macOS) or the process just went: signal 0 already answered.
    return false;
  }
}

// The `troupe up` process the user runs. It starts the supervisor as a child in its own
// process group, so a Ctrl-C in the terminal reaches only this process, which then asks the
// supervisor to stop everything in order. With -d it returns once the cluster is ready and
// leaves the supervisor running in the background.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SERVICE_NODE_ENV } from "./cluster-services.ts";
import { ClusterAlreadyRunningError, ClusterStartError } from "./errors.ts";
import { ensureHomeDirs, logFile, type ClusterContext, type TroupeHome } from "./home.ts";
import { lockHolder } from "./supervisor-lock.ts";
import type { SupervisorMessage } from "./supervisor-messages.ts";

export interface LaunchOptions {
  home: TroupeHome;
  detach: boolean;
  syncAlways: boolean;
  nodes: number;
  /** --max-nodes: the cluster autoscaler adds nodes up to this many (cli/cluster/node-groups.ts). */
  maxNodes?: number;
  /** --zones, already checked; empty: none. */
  zones?: readonly string[];
  ha: boolean;
  prometheus?: boolean;
  /** --trace-sampling as given; the supervisor parses it. */
  traceSampling?: string;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
}

export interface LaunchedCluster {
  context: ClusterContext;
  supervisorPid: number;
  /** Where a detached supervisor writes; in the foreground it shares our terminal. */
  supervisorLog: string | undefined;
  /** Foreground: the supervisor's exit code once it stopped. Detached: already 0. */
  exited: Promise<number>;
}

const CLI_ENTRY = fileURLToPath(new URL("../troupe.ts", import.meta.url));

export async function launchCluster(options: LaunchOptions): Promise<LaunchedCluster> {
  const holder = await lockHolder(options.home);
  if (holder !== undefined) throw new ClusterAlreadyRunningError(options.home.dir, holder);
  await ensureHomeDirs(options.home);
  const supervisorLog = options.detach ? logFile(options.home, "supervisor") : undefined;
  const output = supervisorLog === undefined ? "inherit" : openSync(supervisorLog, "a");
  const args = [CLI_ENTRY, "up", "--supervise"];
  if (options.syncAlways) args.push("--sync-always");
  args.push("--nodes", String(options.nodes));
  if (options.maxNodes !== undefined) args.push("--max-nodes", String(options.maxNodes));
  if (options.zones && options.zones.length > 0) args.push("--zones", options.zones.join(","));
  if (options.ha) args.push("--ha");
  if (options.prometheus) args.push("--prometheus");
  if (options.traceSampling !== undefined) args.push("--trace-sampling", options.traceSampling);
  if (options.detach) args.push("--detach");
  let supervisor: ChildProcess;
  try {
    supervisor = spawn(process.execPath, args, {
      detached: true,
      stdio: ["ignore", output, output, "ipc"],
      env: { ...options.env, ...SERVICE_NODE_ENV, TROUPE_HOME: options.home.dir },
    });
  } finally {
    if (typeof output === "number") closeSync(output);
  }
  const exited = new Promise<number>((resolve) => supervisor.once("exit", (code) => resolve(code ?? 1)));
  const stopForwarding = forwardSignals(supervisor, options.log);
  void exited.then(stopForwarding);
  let context: ClusterContext;
  try {
    context = await readiness(supervisor, supervisorLog);
  } catch (error) {
    stopForwarding();
    throw error;
  }
  if (!options.detach) return { context, supervisorPid: supervisor.pid ?? 0, supervisorLog, exited };
  stopForwarding();
  supervisor.disconnect();
  supervisor.unref();
  return { context, supervisorPid: supervisor.pid ?? 0, supervisorLog, exited: Promise.resolve(0) };
}

function readiness(supervisor: ChildProcess, supervisorLog: string | undefined): Promise<ClusterContext> {
  return new Promise((resolve, reject) => {
    supervisor.on("message", (message: SupervisorMessage) => {
      if (message.type === "ready") resolve(message.context);
      else reject(new ClusterStartError(message.message));
    });
    supervisor.once("exit", (code, signal) => {
      const where = supervisorLog ? `; see ${supervisorLog}` : "";
      reject(new ClusterStartError(`the cluster supervisor exited with ${signal ?? `code ${code}`} before the cluster was ready${where}`));
    });
    supervisor.once("error", (error) => reject(new ClusterStartError(`could not start the cluster supervisor: ${error.message}`, { cause: error })));
  });
}

/** Ctrl-C asks the supervisor to stop the cluster; a second one kills it outright. */
function forwardSignals(supervisor: ChildProcess, log: (line: string) => void): () => void {
  let interrupts = 0;
  const onSignal = () => {
    interrupts++;
    if (interrupts === 1) {
      log("stopping the cluster (Ctrl-C again to kill it)");
      supervisor.kill("SIGTERM");
    } else if (supervisor.pid) {
      // The supervisor leads its own process group: this takes its services with it.
      killGroup(supervisor.pid);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

export function killGroup(leaderPid: number): void {
  try {
    process.kill(-leaderPid, "SIGKILL");
  } catch (error) {
    // ESRCH: every process of the group is gone already.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

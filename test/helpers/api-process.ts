// The API service as its own process (`node services/api/main.ts`), as `troupe up` runs it,
// against a given nats-server: for tests that drive it from outside, like the CLI's.
import { spawn, type ChildProcess } from "node:child_process";
import { waitForApi } from "../../cli/cluster/wait-for-api.ts";
import { REPO_ROOT } from "./troupe-cli.ts";

export interface ApiProcess {
  process: ChildProcess;
  /** SIGTERM and wait for the exit, so it drains while NATS is still there. */
  stop(): Promise<void>;
}

export async function startApiProcess(natsUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["services/api/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, TROUPE_NATS_URL: natsUrl, TROUPE_METRICS_PORT: "0", TROUPE_LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForApi({ natsUrl, timeoutMs: 30_000, abort: new Promise(() => {}) });
  return {
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

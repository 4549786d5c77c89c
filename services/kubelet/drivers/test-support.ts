// Helpers shared by the driver tests.
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExecutionContext } from "ava";
import { containerLogPath } from "../logs/log-paths.ts";
import type { ContainerSpec } from "./types.ts";

export async function scratchDir(t: ExecutionContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-driver-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A container of a fresh pod whose log goes under `logDir`; runs `script` with this Node. */
export function nodeContainer(logDir: string, script: string, overrides: Partial<ContainerSpec> = {}): ContainerSpec {
  const ref = { namespace: "default", podName: "web", podUid: randomUUID(), containerName: "app", ...overrides };
  const restartCount = overrides.restartCount ?? 0;
  return {
    ...ref,
    restartCount,
    command: [process.execPath, "-e", script],
    logPath: containerLogPath(logDir, ref, restartCount),
    ...overrides,
  };
}

/** A script that runs until a signal ends it; Node's default SIGTERM action is to die. */
export const RUN_FOREVER = "setInterval(() => {}, 1000)";

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The log file's text, or "" while it does not exist. */
export async function logText(path: string): Promise<string> {
  return readFile(path, "utf8").catch(() => "");
}

/** True once `pid` is gone or a zombie (dead, waiting for init to reap it). */
export async function processGone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

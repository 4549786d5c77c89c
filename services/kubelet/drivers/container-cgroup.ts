// One container's cgroup, <root>/<podUid>/<container>: limits written before the process joins,
// OOM kills read from memory.events, everything in it killable at once, removed after the exit.
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { CgroupLimits } from "./cgroup-limits.ts";
import { enableControllers } from "./cgroup-support.ts";
import { CgroupSetupError } from "./errors.ts";

const REMOVE_ATTEMPTS = 10;
const REMOVE_RETRY_MS = 50;

export class ContainerCgroup {
  readonly path: string;
  readonly #podDir: string;
  /** oom_kill already counted when we took the directory over (a leftover of a failed cleanup). */
  readonly #oomKillsBefore: number;

  private constructor(path: string, podDir: string, oomKillsBefore: number) {
    this.path = path;
    this.#podDir = podDir;
    this.#oomKillsBefore = oomKillsBefore;
  }

  static async create(root: string, podUid: string, containerName: string, limits: CgroupLimits): Promise<ContainerCgroup> {
    const podDir = join(root, podUid);
    const path = join(podDir, containerName);
    try {
      await mkdir(podDir, { recursive: true });
      await enableControllers(podDir);
      await mkdir(path, { recursive: true });
      await writeFile(join(path, "memory.max"), limits.memoryMax);
      await writeFile(join(path, "cpu.max"), limits.cpuMax);
      if (limits.cpuWeight !== undefined) await writeFile(join(path, "cpu.weight"), limits.cpuWeight);
      // On OOM kill the whole container, not one random process of it (as Kubernetes does on v2).
      await writeFile(join(path, "memory.oom.group"), "1").catch(ignoreMissing);
      return new ContainerCgroup(path, podDir, await oomKills(path));
    } catch (error) {
      await rmdir(path).catch(() => undefined);
      await rmdir(podDir).catch(() => undefined);
      throw new CgroupSetupError(path, { cause: error });
    }
  }

  /** Writing a pid here moves that process (and its future children) into the cgroup. */
  get procsFile(): string {
    return join(this.path, "cgroup.procs");
  }

  async oomKilled(): Promise<boolean> {
    return (await oomKills(this.path)) > this.#oomKillsBefore;
  }

  /** Kills every process in the cgroup, also those that left the process group (kernel 5.14+). */
  async killAll(): Promise<void> {
    await writeFile(join(this.path, "cgroup.kill"), "1").catch(ignoreMissing);
  }

  /** Removes the container's directory, and the pod's once it has no containers left. */
  async remove(): Promise<void> {
    // Killed processes leave the cgroup a moment after they are reaped: retry while busy.
    for (let attempt = 1; ; attempt++) {
      try {
        await rmdir(this.path);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ENOENT") break;
        if (code !== "EBUSY" || attempt === REMOVE_ATTEMPTS) throw error;
        await sleep(REMOVE_RETRY_MS);
      }
    }
    await rmdir(this.#podDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOTEMPTY" && error.code !== "EBUSY" && error.code !== "ENOENT") throw error;
    });
  }
}

async function oomKills(path: string): Promise<number> {
  const events = await readFile(join(path, "memory.events"), "utf8").catch(ignoreMissing);
  const match = /^oom_kill (\d+)$/m.exec(events ?? "");
  return match ? Number(match[1]) : 0;
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === "ENOENT") return undefined;
  throw error;
}

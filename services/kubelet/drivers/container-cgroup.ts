// One container's cgroup, <root>/<podUid>/<container>: limits written before the process joins,
// OOM kills read from memory.events, everything in it killable at once, removed after the exit.
// ContainerCgroup is what the process driver needs of either cgroup version.
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CgroupLimits } from "./cgroup-limits.ts";
import { removeCgroupDir } from "./cgroup-dirs.ts";
import { enableControllers } from "./cgroup-support.ts";
import { CgroupSetupError } from "./errors.ts";
import type { CgroupUsagePaths } from "../usage/cgroup-usage.ts";

export interface ContainerCgroup {
  /** Writing a pid to each of these moves that process (and its future children) into the cgroup(s). */
  readonly procsFiles: string[];
  /** Where its CPU and memory usage are read (services/kubelet/usage). */
  readonly usagePaths: CgroupUsagePaths;
  /** Whether the kernel OOM-killed a process in it since it was created. */
  oomKilled(): Promise<boolean>;
  /** Kills every process in it, also those that left the process group. */
  killAll(): Promise<void>;
  /** Removes the container's directories, and the pod's once it has no containers left. */
  remove(): Promise<void>;
}

export class ContainerCgroupV2 implements ContainerCgroup {
  readonly path: string;
  readonly #podDir: string;
  /** oom_kill already counted when we took the directory over (a leftover of a failed cleanup). */
  readonly #oomKillsBefore: number;

  private constructor(path: string, podDir: string, oomKillsBefore: number) {
    this.path = path;
    this.#podDir = podDir;
    this.#oomKillsBefore = oomKillsBefore;
  }

  static async create(root: string, podUid: string, containerName: string, limits: CgroupLimits): Promise<ContainerCgroupV2> {
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
      await writeFile(join(path, "pids.max"), limits.pidsMax).catch(ignoreMissing);
      return new ContainerCgroupV2(path, podDir, await oomKills(path));
    } catch (error) {
      await rmdir(path).catch(() => undefined);
      await rmdir(podDir).catch(() => undefined);
      throw new CgroupSetupError(path, { cause: error });
    }
  }

  get procsFiles(): string[] {
    return [join(this.path, "cgroup.procs")];
  }

  get usagePaths(): CgroupUsagePaths {
    return { version: "v2", dir: this.path };
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
    await removeCgroupDir(this.path);
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

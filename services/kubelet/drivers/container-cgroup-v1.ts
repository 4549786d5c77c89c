// One container's cgroups on a v1 host: <controller root>/<podUid>/<container> in each controller
// (cpu, memory, and cpuacct, pids where mounted), limits written before the process joins, OOM
// kills read from memory.oom_control's oom_kill counter, removed after the exit.
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CgroupLimits } from "./cgroup-limits.ts";
import type { CgroupV1Roots } from "./cgroup-v1-support.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";
import { killCgroupProcesses, removeCgroupDir } from "./cgroup-dirs.ts";
import { CgroupSetupError } from "./errors.ts";
import type { CgroupUsagePaths } from "../usage/cgroup-usage.ts";

export class ContainerCgroupV1 implements ContainerCgroup {
  /** The container's directory per controller, deduplicated (co-mounted controllers share one). */
  readonly dirs: string[];
  readonly usagePaths: CgroupUsagePaths;
  readonly #memoryDir: string;
  readonly #podDirs: string[];
  readonly #oomKillsBefore: number;

  private constructor(dirs: string[], podDirs: string[], memoryDir: string, oomKillsBefore: number, cpuacctDir: string) {
    this.dirs = dirs;
    this.usagePaths = { version: "v1", cpuacctDir, memoryDir };
    this.#podDirs = podDirs;
    this.#memoryDir = memoryDir;
    this.#oomKillsBefore = oomKillsBefore;
  }

  static async create(roots: CgroupV1Roots, podUid: string, containerName: string, limits: CgroupLimits): Promise<ContainerCgroupV1> {
    const dir = (root: string) => join(root, podUid, containerName);
    const all = [...new Set(Object.values(roots))];
    const dirs = all.map(dir);
    const podDirs = all.map((root) => join(root, podUid));
    try {
      for (const path of dirs) await mkdir(path, { recursive: true });
      await writeFile(join(dir(roots.memory), "memory.limit_in_bytes"), limits.memoryLimitInBytes);
      await writeFile(join(dir(roots.cpu), "cpu.cfs_period_us"), limits.cpuCfsPeriodUs);
      await writeFile(join(dir(roots.cpu), "cpu.cfs_quota_us"), limits.cpuCfsQuotaUs);
      if (limits.cpuShares !== undefined) await writeFile(join(dir(roots.cpu), "cpu.shares"), limits.cpuShares);
      if (roots.pids !== undefined) await writeFile(join(dir(roots.pids), "pids.max"), limits.pidsMax);
      const memoryDir = dir(roots.memory);
      return new ContainerCgroupV1(dirs, podDirs, memoryDir, await oomKills(memoryDir), dir(roots.cpuacct ?? roots.cpu));
    } catch (error) {
      for (const path of [...dirs, ...podDirs]) await rmdir(path).catch(() => undefined);
      throw new CgroupSetupError(dir(roots.memory), { cause: error });
    }
  }

  get procsFiles(): string[] {
    return this.dirs.map((dir) => join(dir, "cgroup.procs"));
  }

  async oomKilled(): Promise<boolean> {
    return (await oomKills(this.#memoryDir)) > this.#oomKillsBefore;
  }

  /** v1 has no cgroup.kill: SIGKILL every process listed in the memory cgroup. */
  async killAll(): Promise<void> {
    await killCgroupProcesses(join(this.#memoryDir, "cgroup.procs"));
  }

  async remove(): Promise<void> {
    for (const dir of this.dirs) await removeCgroupDir(dir);
    for (const podDir of this.#podDirs) {
      await rmdir(podDir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOTEMPTY" && error.code !== "EBUSY" && error.code !== "ENOENT") throw error;
      });
    }
  }
}

// oom_kill in memory.oom_control (kernel 4.13+); older kernels only have under_oom, so fall back to
// memory.failcnt, which counts the limit being hit.
async function oomKills(dir: string): Promise<number> {
  const control = await readFile(join(dir, "memory.oom_control"), "utf8").catch(() => "");
  const match = /^oom_kill (\d+)$/m.exec(control);
  if (match) return Number(match[1]);
  const failcnt = await readFile(join(dir, "memory.failcnt"), "utf8").catch(() => "0");
  return Number(failcnt.trim()) || 0;
}

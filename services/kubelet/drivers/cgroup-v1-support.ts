// Whether this host lets the driver enforce limits with cgroup v1 (where the v2 controllers are
// absent): the cpu and memory controllers mounted as v1 hierarchies (cpuacct and pids used when
// mounted too), and a writable "troupe" directory in each. As the kubelet does for its kubepods
// cgroup, Troupe's cpu directory gets the host's CPUs as its weight (cpu.shares 1024 per CPU):
// with the kernel's default 1024, every pod of the host together would weigh as much as one busy
// process outside, and a loaded host would starve pods far below their requests.
import { availableParallelism } from "node:os";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_CGROUP_DIR_NAME } from "./cgroup-support.ts";

export const V1_REQUIRED_CONTROLLERS = ["cpu", "memory"] as const;
export const V1_OPTIONAL_CONTROLLERS = ["cpuacct", "pids"] as const;
export type V1Controller = (typeof V1_REQUIRED_CONTROLLERS)[number] | (typeof V1_OPTIONAL_CONTROLLERS)[number];

/** Troupe's directory per controller; co-mounted controllers (cpu,cpuacct) share one. */
export type CgroupV1Roots = Partial<Record<V1Controller, string>> & { cpu: string; memory: string };

export type CgroupV1Support = { usable: true; roots: CgroupV1Roots } | { usable: false; reason: string };

export async function detectCgroupV1Support(mountsPath = "/proc/self/mounts"): Promise<CgroupV1Support> {
  const mounts = await v1Mounts(mountsPath);
  const missing = V1_REQUIRED_CONTROLLERS.filter((name) => mounts[name] === undefined);
  if (missing.length > 0) return { usable: false, reason: `no cgroup v1 hierarchy for ${missing.join(" and ")}` };
  const roots: Partial<Record<V1Controller, string>> = {};
  for (const name of [...V1_REQUIRED_CONTROLLERS, ...V1_OPTIONAL_CONTROLLERS]) {
    const mount = mounts[name];
    if (mount === undefined) continue;
    const dir = join(mount, DEFAULT_CGROUP_DIR_NAME);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { usable: false, reason: `cannot prepare cgroup v1 ${dir} (${message})` };
    }
    if (name === "cpu") await writeFile(join(dir, "cpu.shares"), String(podsCpuShares())).catch(() => undefined);
    roots[name] = dir;
  }
  return { usable: true, roots: roots as CgroupV1Roots };
}

async function v1Mounts(mountsPath: string): Promise<Partial<Record<V1Controller, string>>> {
  const text = await readFile(mountsPath, "utf8").catch(() => "");
  const found: Partial<Record<V1Controller, string>> = {};
  for (const line of text.split("\n")) {
    const [, mountPoint, type, options] = line.split(" ");
    if (type !== "cgroup" || options === undefined) continue;
    const names = options.split(",");
    for (const name of [...V1_REQUIRED_CONTROLLERS, ...V1_OPTIONAL_CONTROLLERS]) {
      if (names.includes(name)) found[name] ??= mountPoint.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
    }
  }
  return found;
}

/** cpu.shares of Troupe's cgroup: 1024 per CPU of the host, what Kubernetes gives kubepods for its allocatable. */
export function podsCpuShares(cpus = availableParallelism()): number {
  return Math.max(2, Math.min(262_144, cpus * 1024));
}

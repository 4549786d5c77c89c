// Which cgroup version the process driver enforces limits with: v2 where its cpu and memory
// controllers are available, else v1 (cpu, cpuacct, memory, pids hierarchies), else none and why.
import type { CgroupLimits } from "./cgroup-limits.ts";
import { detectCgroupSupport } from "./cgroup-support.ts";
import { detectCgroupV1Support } from "./cgroup-v1-support.ts";
import { ContainerCgroupV2 } from "./container-cgroup.ts";
import type { ContainerCgroup } from "./container-cgroup.ts";
import { ContainerCgroupV1 } from "./container-cgroup-v1.ts";

export type CgroupVersion = "v1" | "v2";

export type CgroupBackend =
  | { usable: true; version: CgroupVersion; create(podUid: string, containerName: string, limits: CgroupLimits): Promise<ContainerCgroup> }
  | { usable: false; reason: string };

/** An explicit v2 `root` is used as it is (no v1 fall-back); otherwise v2 is tried, then v1. */
export async function detectCgroupBackend(root?: string, mountsPath?: string): Promise<CgroupBackend> {
  const v2 = await detectCgroupSupport(root, mountsPath);
  if (v2.usable) return { usable: true, version: "v2", create: (uid, name, limits) => ContainerCgroupV2.create(v2.root, uid, name, limits) };
  if (root !== undefined) return v2;
  const v1 = await detectCgroupV1Support(mountsPath);
  if (v1.usable) return { usable: true, version: "v1", create: (uid, name, limits) => ContainerCgroupV1.create(v1.roots, uid, name, limits) };
  return { usable: false, reason: `${v2.reason}; ${v1.reason}` };
}

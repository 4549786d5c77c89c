// Whether this host lets the driver enforce limits with cgroup v2, and if not, why (the cause
// only: the kubelet frames it in the node and pod status instead of silently running unlimited).
// Needed: a cgroup2 hierarchy, the memory and cpu controllers available in it (not bound to a
// cgroup v1 hierarchy), delegated to our directory, and a writable tree.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export const REQUIRED_CONTROLLERS = ["cpu", "memory"] as const;
export const DEFAULT_CGROUP_DIR_NAME = "troupe";

export type CgroupSupport = { usable: true; root: string } | { usable: false; reason: string };

/**
 * Checks (and prepares) `root`, Troupe's cgroup directory, defaulting to "troupe" under the cgroup2
 * mount. Enables the controllers for the children of root's parent and of root, as delegation needs.
 */
export async function detectCgroupSupport(root?: string, mountsPath = "/proc/self/mounts"): Promise<CgroupSupport> {
  let dir = root;
  if (dir === undefined) {
    const mount = await cgroup2Mount(mountsPath);
    if (!mount) return { usable: false, reason: "no cgroup v2 hierarchy is mounted (cgroup v1 only)" };
    dir = `${mount}/${DEFAULT_CGROUP_DIR_NAME}`;
  }
  const parent = dirname(dir);
  const available = await controllers(`${parent}/cgroup.controllers`);
  if (available === undefined) return { usable: false, reason: `${parent} is not a cgroup v2 directory` };
  const missing = REQUIRED_CONTROLLERS.filter((name) => !available.includes(name));
  if (missing.length > 0) {
    return {
      usable: false,
      reason:
        `cgroup v2 at ${parent} offers [${available.join(" ")}] but not ${missing.join(" and ")} ` +
        "(bound to a cgroup v1 hierarchy or not delegated)",
    };
  }
  try {
    await enableControllers(parent);
    await mkdir(dir, { recursive: true });
    await enableControllers(dir);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { usable: false, reason: `cannot prepare cgroup ${dir} (${message})` };
  }
  return { usable: true, root: dir };
}

/** Lets the children of `dir` use the required controllers (a no-op when they already can). */
export async function enableControllers(dir: string): Promise<void> {
  const enabled = (await controllers(`${dir}/cgroup.subtree_control`)) ?? [];
  const wanted = REQUIRED_CONTROLLERS.filter((name) => !enabled.includes(name));
  if (wanted.length > 0) await writeFile(`${dir}/cgroup.subtree_control`, wanted.map((name) => `+${name}`).join(" "));
}

async function controllers(file: string): Promise<string[] | undefined> {
  try {
    return (await readFile(file, "utf8")).split(/\s+/).filter(Boolean);
  } catch {
    return undefined;
  }
}

async function cgroup2Mount(mountsPath: string): Promise<string | undefined> {
  const mounts = await readFile(mountsPath, "utf8").catch(() => "");
  for (const line of mounts.split("\n")) {
    const [, mountPoint, type] = line.split(" ");
    // /proc/mounts escapes spaces and friends as octal.
    if (type === "cgroup2") return mountPoint.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(Number.parseInt(octal, 8)));
  }
  return undefined;
}

import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { detectCgroupSupport } from "./cgroup-support.ts";
import { scratchDir } from "./test-support.ts";

// A directory that looks like a cgroup v2 directory to the driver (a stand-in for cgroupfs, which
// this test cannot rely on being mounted).
async function fakeCgroupDir(dir: string, controllers: string, subtreeControl = ""): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "cgroup.controllers"), `${controllers}\n`);
  await writeFile(join(dir, "cgroup.subtree_control"), subtreeControl);
}

test("cgroup support is refused without a cgroup v2 mount, saying so", async (t) => {
  const dir = await scratchDir(t);
  await writeFile(join(dir, "mounts"), "cgroup /sys/fs/cgroup/memory cgroup rw,relatime,memory 0 0\n");
  t.deepEqual(await detectCgroupSupport(undefined, join(dir, "mounts")), {
    usable: false,
    reason: "no cgroup v2 hierarchy is mounted (cgroup v1 only)",
  });
});

test("cgroup support is refused when memory and cpu are not offered, naming what is missing", async (t) => {
  const dir = await scratchDir(t);
  const mount = join(dir, "cg\troot");
  await fakeCgroupDir(mount, "hugetlb pids");
  await writeFile(join(dir, "mounts"), `cgroup2 ${mount.replace("\t", "\\011")} cgroup2 rw 0 0\n`);
  const support = await detectCgroupSupport(undefined, join(dir, "mounts"));
  t.false(support.usable);
  t.is(!support.usable && support.reason, `cgroup v2 at ${mount} offers [hugetlb pids] but not cpu and memory (bound to a cgroup v1 hierarchy or not delegated)`);
});

test("cgroup support is refused for a directory that is not a cgroup", async (t) => {
  const dir = await scratchDir(t);
  const support = await detectCgroupSupport(join(dir, "troupe"));
  t.false(support.usable);
  t.regex((!support.usable && support.reason) || "", /is not a cgroup v2 directory/);
});

test("cgroup support delegates memory and cpu down to troupe's directory", async (t) => {
  const dir = await scratchDir(t);
  await fakeCgroupDir(dir, "cpuset cpu io memory pids", "pids");
  const root = join(dir, "troupe");
  t.deepEqual(await detectCgroupSupport(root), { usable: true, root });
  t.is(await readFile(join(dir, "cgroup.subtree_control"), "utf8"), "+cpu +memory");
  t.true((await stat(root)).isDirectory());
  t.is(await readFile(join(root, "cgroup.subtree_control"), "utf8"), "+cpu +memory");
});

test("cgroup support on this host is reported either way", async (t) => {
  const support = await detectCgroupSupport();
  t.log(support.usable ? `cgroup v2 usable at ${support.root}` : `cgroup v2 not usable: ${support.reason}`);
  if (support.usable) t.true((await stat(support.root)).isDirectory());
  else t.regex(support.reason, /cgroup/);
});

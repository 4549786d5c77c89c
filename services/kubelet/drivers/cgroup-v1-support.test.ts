import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import test from "ava";
import { detectCgroupV1Support, podsCpuShares } from "./cgroup-v1-support.ts";
import { scratchDir } from "./test-support.ts";

test("cgroup v1 support finds each controller's hierarchy, co-mounted ones sharing a directory, and prepares troupe in each", async (t) => {
  const dir = await scratchDir(t);
  for (const name of ["cpu,cpuacct", "memory", "pids"]) await mkdir(join(dir, name));
  await writeFile(join(dir, "mounts"), [
    `cgroup2 ${dir}/unified cgroup2 rw,nosuid 0 0`,
    `cgroup ${dir}/cpu,cpuacct cgroup rw,nosuid,nodev,noexec,relatime,cpu,cpuacct 0 0`,
    `cgroup ${dir}/memory cgroup rw,nosuid,nodev,noexec,relatime,memory 0 0`,
    `cgroup ${dir}/pids cgroup rw,nosuid,nodev,noexec,relatime,pids 0 0`,
    "",
  ].join("\n"));
  const support = await detectCgroupV1Support(join(dir, "mounts"));
  t.deepEqual(support, {
    usable: true,
    roots: { cpu: `${dir}/cpu,cpuacct/troupe`, cpuacct: `${dir}/cpu,cpuacct/troupe`, memory: `${dir}/memory/troupe`, pids: `${dir}/pids/troupe` },
  });
  t.true((await stat(`${dir}/memory/troupe`)).isDirectory());
  t.is(await readFile(`${dir}/cpu,cpuacct/troupe/cpu.shares`, "utf8"), String(availableParallelism() * 1024), "the pods together weigh as the host's CPUs");
});

test("Troupe's cgroup weighs 1024 shares per CPU of the host, within the kernel's bounds", (t) => {
  t.is(podsCpuShares(2), 2048);
  t.is(podsCpuShares(1), 1024);
  t.is(podsCpuShares(1000), 262_144);
});

test("cgroup v1 support is refused without a memory hierarchy, saying so", async (t) => {
  const dir = await scratchDir(t);
  await writeFile(join(dir, "mounts"), `cgroup ${dir}/cpu cgroup rw,cpu 0 0\n`);
  t.deepEqual(await detectCgroupV1Support(join(dir, "mounts")), { usable: false, reason: "no cgroup v1 hierarchy for memory" });
});

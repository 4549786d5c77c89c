import test from "ava";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flatKey, parseV1Usage, parseV2Usage, readCgroupUsage, workingSet } from "./cgroup-usage.ts";
import { cpuCores } from "./usage-rate.ts";

const V1_MEMORY_STAT = "cache 1048576\nrss 67108864\ninactive_file 4096\ntotal_cache 1048576\ntotal_rss 67108864\ntotal_inactive_file 524288\ntotal_active_file 524288\n";
const V2_CPU_STAT = "usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\nnr_periods 10\n";
const V2_MEMORY_STAT = "anon 67108864\nfile 1048576\nactive_file 524288\ninactive_file 262144\n";

test("flat-keyed files: the key's value, not a longer key's that ends like it", (t) => {
  t.is(flatKey(V1_MEMORY_STAT, "inactive_file"), 4096);
  t.is(flatKey(V1_MEMORY_STAT, "total_inactive_file"), 524288);
  t.is(flatKey(V1_MEMORY_STAT, "missing"), undefined);
});

test("the working set is usage minus inactive file pages, never negative", (t) => {
  t.is(workingSet(1000, 200), 800);
  t.is(workingSet(100, 200), 0);
  t.is(workingSet(100, undefined), 100);
});

test("cgroup v1: cpuacct.usage in nanoseconds, memory.usage_in_bytes minus total_inactive_file", (t) => {
  t.deepEqual(parseV1Usage("1500000000\n", "68157440\n", V1_MEMORY_STAT), { cpuSeconds: 1.5, memoryBytes: 68157440 - 524288 });
  t.throws(() => parseV1Usage("x", "1", ""), { message: /cpuacct.usage "x"/ });
});

test("cgroup v2: cpu.stat usage_usec, memory.current minus inactive_file", (t) => {
  t.deepEqual(parseV2Usage(V2_CPU_STAT, "68157440\n", V2_MEMORY_STAT), { cpuSeconds: 2.5, memoryBytes: 68157440 - 262144 });
  t.throws(() => parseV2Usage("nr_periods 1\n", "1", ""), { message: /usage_usec/ });
});

test("reads both versions' files from a container's directories", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "cgroup-usage-"));
  await writeFile(join(dir, "cpu.stat"), V2_CPU_STAT);
  await writeFile(join(dir, "memory.current"), "1048576\n");
  await writeFile(join(dir, "memory.stat"), V2_MEMORY_STAT);
  await writeFile(join(dir, "cpuacct.usage"), "1000000000\n");
  await writeFile(join(dir, "memory.usage_in_bytes"), "1048576\n");
  t.deepEqual(await readCgroupUsage({ version: "v2", dir }), { cpuSeconds: 2.5, memoryBytes: 1048576 - 262144 });
  // One directory standing for both v1 controllers: the files differ by name.
  await writeFile(join(dir, "memory.stat"), V1_MEMORY_STAT);
  t.deepEqual(await readCgroupUsage({ version: "v1", cpuacctDir: dir, memoryDir: dir }), { cpuSeconds: 1, memoryBytes: 1048576 - 524288 });
  await t.throwsAsync(readCgroupUsage({ version: "v1", cpuacctDir: join(dir, "gone"), memoryDir: dir }));
});

test("CPU cores from two cumulative samples", (t) => {
  t.is(cpuCores(undefined, { cpuSeconds: 1, atMs: 1000 }), undefined);
  t.is(cpuCores({ cpuSeconds: 1, atMs: 1000 }, { cpuSeconds: 1.2, atMs: 2000 }), 0.19999999999999996);
  t.is(cpuCores({ cpuSeconds: 1, atMs: 1000 }, { cpuSeconds: 3, atMs: 2000 }), 2);
  // A restarted container's counter went back; the same instant twice has no rate.
  t.is(cpuCores({ cpuSeconds: 5, atMs: 1000 }, { cpuSeconds: 1, atMs: 2000 }), undefined);
  t.is(cpuCores({ cpuSeconds: 1, atMs: 1000 }, { cpuSeconds: 1, atMs: 1000 }), undefined);
});

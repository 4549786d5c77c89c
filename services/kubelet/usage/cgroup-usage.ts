// A container's CPU time and memory working set read from its cgroup, as cAdvisor reads them for
// the kubelet's resource metrics: v1 cpuacct.usage (ns) and memory.usage_in_bytes minus
// total_inactive_file; v2 cpu.stat usage_usec and memory.current minus inactive_file.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** Where a container's usage can be read: its cgroup directories (one per v1 controller). */
export type CgroupUsagePaths =
  | { version: "v1"; cpuacctDir: string; memoryDir: string }
  | { version: "v2"; dir: string };

/** Cumulative CPU seconds and the memory working set now, in bytes. */
export interface CumulativeUsage {
  cpuSeconds: number;
  memoryBytes: number;
}

/** One `key value` line of a cgroup's flat-keyed file (memory.stat, cpu.stat); undefined when absent. */
export function flatKey(text: string, key: string): number | undefined {
  const match = new RegExp(`^${key} (\\d+)$`, "m").exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Usage minus inactive file pages, never below zero (the kubelet's working set). */
export function workingSet(usageBytes: number, inactiveFileBytes: number | undefined): number {
  return Math.max(0, usageBytes - (inactiveFileBytes ?? 0));
}

/** From the text of cpuacct.usage, memory.usage_in_bytes and memory.stat (cgroup v1). */
export function parseV1Usage(cpuacctUsage: string, memoryUsage: string, memoryStat: string): CumulativeUsage {
  const nanos = Number(cpuacctUsage.trim());
  const usage = Number(memoryUsage.trim());
  if (!Number.isFinite(nanos) || !Number.isFinite(usage)) throw new Error(`unreadable cgroup v1 usage: cpuacct.usage "${cpuacctUsage.trim()}", memory.usage_in_bytes "${memoryUsage.trim()}"`);
  return { cpuSeconds: nanos / 1e9, memoryBytes: workingSet(usage, flatKey(memoryStat, "total_inactive_file")) };
}

/** From the text of cpu.stat, memory.current and memory.stat (cgroup v2). */
export function parseV2Usage(cpuStat: string, memoryCurrent: string, memoryStat: string): CumulativeUsage {
  const micros = flatKey(cpuStat, "usage_usec");
  const usage = Number(memoryCurrent.trim());
  if (micros === undefined || !Number.isFinite(usage)) throw new Error(`unreadable cgroup v2 usage: cpu.stat without usage_usec or memory.current "${memoryCurrent.trim()}"`);
  return { cpuSeconds: micros / 1e6, memoryBytes: workingSet(usage, flatKey(memoryStat, "inactive_file")) };
}

/** Reads the container's cgroup files now; rejects when the cgroup is gone. */
export async function readCgroupUsage(paths: CgroupUsagePaths): Promise<CumulativeUsage> {
  const read = (dir: string, file: string) => readFile(join(dir, file), "utf8");
  if (paths.version === "v2") {
    const [cpu, current, stat] = await Promise.all([read(paths.dir, "cpu.stat"), read(paths.dir, "memory.current"), read(paths.dir, "memory.stat")]);
    return parseV2Usage(cpu, current, stat);
  }
  const [cpu, usage, stat] = await Promise.all([read(paths.cpuacctDir, "cpuacct.usage"), read(paths.memoryDir, "memory.usage_in_bytes"), read(paths.memoryDir, "memory.stat")]);
  return parseV1Usage(cpu, usage, stat);
}

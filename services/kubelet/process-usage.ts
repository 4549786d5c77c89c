// CPU time and resident memory of process groups, from /proc: what the kubelet's pod usage
// metrics sum. A container of the process driver is a process group whose id is its pid, so
// its children count too. Linux only; elsewhere (or for the fake driver) there is nothing to read.
import { readdir, readFile } from "node:fs/promises";

/** Linux reports stat times in USER_HZ, 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_SIZE_BYTES = 4096;

export interface ProcessUsage {
  cpuSeconds: number;
  memoryBytes: number;
}

/** Fields of /proc/<pid>/stat after the command (which may hold spaces and parentheses). */
export function parseProcStat(stat: string): { pgid: number; cpuSeconds: number; memoryBytes: number } | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is state (field 3): pgrp is field 5, utime 14, stime 15, rss 24.
  const pgid = Number(fields[2]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rss = Number(fields[21]);
  if (![pgid, utime, stime, rss].every(Number.isFinite)) return undefined;
  return { pgid, cpuSeconds: (utime + stime) / CLOCK_TICKS_PER_SECOND, memoryBytes: rss * PAGE_SIZE_BYTES };
}

/** Usage per process group in `pgids`; groups with no live process are absent. */
export async function processGroupUsage(pgids: ReadonlySet<number>, procDir = "/proc"): Promise<Map<number, ProcessUsage>> {
  const usage = new Map<number, ProcessUsage>();
  if (pgids.size === 0) return usage;
  const entries = await readdir(procDir).catch(() => [] as string[]);
  await Promise.all(entries.filter((entry) => /^\d+$/.test(entry)).map(async (entry) => {
    const stat = await readFile(`${procDir}/${entry}/stat`, "utf8").catch(() => undefined);
    const parsed = stat === undefined ? undefined : parseProcStat(stat);
    if (!parsed || !pgids.has(parsed.pgid)) return;
    const total = usage.get(parsed.pgid) ?? { cpuSeconds: 0, memoryBytes: 0 };
    total.cpuSeconds += parsed.cpuSeconds;
    total.memoryBytes += parsed.memoryBytes;
    usage.set(parsed.pgid, total);
  }));
  return usage;
}

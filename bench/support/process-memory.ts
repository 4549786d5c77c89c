// Resident memory of processes, as the kernel counts it (VmRSS in /proc/<pid>/status): what
// a process actually holds in RAM, shared library and binary pages included. Linux only.
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { percentile, round } from "../stats.ts";

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for pid ${pid} (a zombie?)`);
  return Number(kib) / 1024;
}

/** Samples every named process `count` times, `intervalMs` apart; the median per name, in MiB. */
export async function medianRssMb(pids: Record<string, number>, count = 5, intervalMs = 1000): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(pids).map((name) => [name, []]));
  for (let i = 0; i < count; i++) {
    if (i > 0) await sleep(intervalMs);
    for (const [name, pid] of Object.entries(pids)) samples[name].push(await rssMb(pid));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, round(percentile(values, 50), 1)]));
}

export interface SharedAwareMemory {
  /** Proportional set size: shared pages (the Node binary, libraries) divided among their users. */
  pssMb: number;
  /** Unique set size: pages only this process holds; what stopping it would free. */
  ussMb: number;
}

/** PSS and USS from /proc/<pid>/smaps_rollup (Linux 4.14+). */
export async function sharedAwareMemory(pid: number): Promise<SharedAwareMemory> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8");
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(rollup)?.[1] ?? 0);
  return { pssMb: round(kib("Pss") / 1024, 1), ussMb: round((kib("Private_Clean") + kib("Private_Dirty")) / 1024, 1) };
}

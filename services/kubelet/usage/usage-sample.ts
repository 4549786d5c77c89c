// One sample of a node's pods: each container's cumulative CPU and working set, from its cgroup
// when it has one, else from its process group's /proc figures (said in `source`), turned into a
// usage report with CPU rates against the previous sample (pure apart from the reads).
import type { ContainerUsage, NodeUsageReport, PodUsage, UsageSource } from "../../../runtime/resource-metrics/usage-report.ts";
import { processGroupUsage } from "../process-usage.ts";
import { readCgroupUsage, type CgroupUsagePaths, type CumulativeUsage } from "./cgroup-usage.ts";
import { cpuCores, type CpuSample } from "./usage-rate.ts";

/** A pod of the node as the sampler sees it: its containers' process groups and cgroups. */
export interface UsageTarget {
  namespace: string;
  name: string;
  uid: string;
  labels: Record<string, string>;
  containers: { name: string; id: string; pid: number | undefined; cgroup?: CgroupUsagePaths }[];
}

/** A container's cumulative figures at one instant. */
export interface ContainerReading extends CumulativeUsage {
  id: string;
  source: UsageSource;
}

/** Reads every container of `targets` now; a container with neither a readable cgroup nor a live process group is absent. */
export async function readContainers(targets: readonly UsageTarget[]): Promise<Map<string, ContainerReading>> {
  const readings = new Map<string, ContainerReading>();
  const byProc: { id: string; pid: number }[] = [];
  await Promise.all(targets.flatMap((pod) => pod.containers).map(async (container) => {
    if (container.cgroup) {
      const usage = await readCgroupUsage(container.cgroup).catch(() => undefined);
      if (usage) {
        readings.set(container.id, { id: container.id, ...usage, source: container.cgroup.version === "v1" ? "cgroup-v1" : "cgroup-v2" });
        return;
      }
    }
    if (container.pid !== undefined) byProc.push({ id: container.id, pid: container.pid });
  }));
  if (byProc.length > 0) {
    const groups = await processGroupUsage(new Set(byProc.map((entry) => entry.pid)));
    for (const { id, pid } of byProc) {
      const usage = groups.get(pid);
      if (usage) readings.set(id, { id, cpuSeconds: usage.cpuSeconds, memoryBytes: usage.memoryBytes, source: "proc" });
    }
  }
  return readings;
}

/**
 * The report of `node` from this instant's readings and the previous CPU samples (by container
 * id, updated in place: containers gone are dropped). A container shows once it has a rate (its
 * second sample); a pod once one of its containers does, as metrics-server's do.
 */
export function usageReport(node: string, targets: readonly UsageTarget[], readings: ReadonlyMap<string, ContainerReading>, previous: Map<string, CpuSample>, now: { atMs: number; date: Date }): NodeUsageReport {
  const pods: PodUsage[] = [];
  let windowSeconds = 0;
  const seen = new Set<string>();
  for (const target of targets) {
    const containers: ContainerUsage[] = [];
    for (const container of target.containers) {
      const reading = readings.get(container.id);
      if (!reading) continue;
      seen.add(container.id);
      const sample = { cpuSeconds: reading.cpuSeconds, atMs: now.atMs };
      const before = previous.get(container.id);
      const cores = cpuCores(before, sample);
      previous.set(container.id, sample);
      if (cores === undefined || !before) continue;
      windowSeconds = Math.max(windowSeconds, (now.atMs - before.atMs) / 1000);
      containers.push({ name: container.name, cpuNanoCores: Math.round(cores * 1e9), memoryBytes: reading.memoryBytes, source: reading.source });
    }
    if (containers.length > 0) pods.push({ namespace: target.namespace, name: target.name, uid: target.uid, labels: target.labels, containers });
  }
  for (const id of previous.keys()) if (!seen.has(id)) previous.delete(id);
  const usage = { cpuNanoCores: 0, memoryBytes: 0 };
  for (const container of pods.flatMap((pod) => pod.containers)) {
    usage.cpuNanoCores += container.cpuNanoCores;
    usage.memoryBytes += container.memoryBytes;
  }
  return { node, timestamp: now.date.toISOString(), windowSeconds, usage, pods };
}

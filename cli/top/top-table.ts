// What `troupe top` prints, as kubectl top prints it: pods (NAME CPU(cores) MEMORY(bytes), with
// NAMESPACE first under -A, one row per container with --containers) and nodes (NAME CPU(cores)
// CPU(%) MEMORY(bytes) MEMORY(%) against the node's allocatable).
import { parseQuantity } from "../../runtime/quantity.ts";
import type { NodeMetrics, PodMetrics } from "../../runtime/resource-metrics/metrics-objects.ts";
import { topCpu, topMemory } from "../../runtime/resource-metrics/metrics-quantities.ts";
import { formatRow, columnWidths, type TableRow } from "../table.ts";

export type TopSort = "cpu" | "memory" | undefined;

interface Usage {
  cpuNanoCores: number;
  memoryBytes: number;
}

function usageOf(usage: { cpu: string; memory: string }): Usage {
  return { cpuNanoCores: Math.round(parseQuantity(usage.cpu) * 1e9), memoryBytes: parseQuantity(usage.memory) };
}

function podUsage(pod: PodMetrics): Usage {
  const total = { cpuNanoCores: 0, memoryBytes: 0 };
  for (const container of pod.containers) {
    const usage = usageOf(container.usage);
    total.cpuNanoCores += usage.cpuNanoCores;
    total.memoryBytes += usage.memoryBytes;
  }
  return total;
}

/** Descending by the sort key (kubectl's order), else as given (by namespace and name). */
function sorted<T>(items: readonly T[], usage: (item: T) => Usage, sort: TopSort): T[] {
  if (!sort) return [...items];
  const key = (item: T) => (sort === "cpu" ? usage(item).cpuNanoCores : usage(item).memoryBytes);
  return [...items].sort((a, b) => key(b) - key(a));
}

function table(header: TableRow, rows: TableRow[], noHeaders: boolean): string {
  const all = noHeaders ? rows : [header, ...rows];
  const widths = columnWidths(all);
  return all.map((row) => `${formatRow(row, widths)}\n`).join("");
}

export function podTopTable(pods: readonly PodMetrics[], options: { allNamespaces: boolean; containers: boolean; sort: TopSort; noHeaders: boolean }): string {
  const namespace = (pod: PodMetrics) => (options.allNamespaces ? [pod.metadata.namespace] : []);
  const prefix = options.allNamespaces ? ["NAMESPACE"] : [];
  if (options.containers) {
    const rows = sorted(pods, podUsage, options.sort).flatMap((pod) =>
      sorted(pod.containers, (container) => usageOf(container.usage), options.sort).map((container) => {
        const usage = usageOf(container.usage);
        return [...namespace(pod), pod.metadata.name, container.name, topCpu(usage.cpuNanoCores), topMemory(usage.memoryBytes)];
      }));
    return table([...prefix, "POD", "NAME", "CPU(cores)", "MEMORY(bytes)"], rows, options.noHeaders);
  }
  const rows = sorted(pods, podUsage, options.sort).map((pod) => {
    const usage = podUsage(pod);
    return [...namespace(pod), pod.metadata.name, topCpu(usage.cpuNanoCores), topMemory(usage.memoryBytes)];
  });
  return table([...prefix, "NAME", "CPU(cores)", "MEMORY(bytes)"], rows, options.noHeaders);
}

/** A node's allocatable CPU (cores) and memory (bytes), from its status; undefined when unknown. */
export interface NodeCapacity {
  cpuCores?: number;
  memoryBytes?: number;
}

function percent(used: number, of: number | undefined): string {
  return of ? `${Math.floor((used / of) * 100)}%` : "<unknown>";
}

export function nodeTopTable(nodes: readonly NodeMetrics[], allocatable: ReadonlyMap<string, NodeCapacity>, options: { sort: TopSort; noHeaders: boolean }): string {
  const rows = sorted(nodes, (node) => usageOf(node.usage), options.sort).map((node) => {
    const usage = usageOf(node.usage);
    const capacity = allocatable.get(node.metadata.name) ?? {};
    return [
      node.metadata.name,
      topCpu(usage.cpuNanoCores),
      percent(usage.cpuNanoCores / 1e9, capacity.cpuCores),
      topMemory(usage.memoryBytes),
      percent(usage.memoryBytes, capacity.memoryBytes),
    ];
  });
  return table(["NAME", "CPU(cores)", "CPU(%)", "MEMORY(bytes)", "MEMORY(%)"], rows, options.noHeaders);
}

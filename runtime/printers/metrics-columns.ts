// Columns of PodMetrics and NodeMetrics as metrics-server prints them (NAME CPU MEMORY WINDOW; a
// pod's usage summed over its containers, in the quantities the API serves).
import type { KubeObject } from "../api-client.ts";
import { parseQuantity } from "../quantity.ts";
import { cpuQuantity, memoryQuantity } from "../resource-metrics/metrics-quantities.ts";
import { column, nameColumn, type Column } from "./column.ts";

interface Usage {
  cpu?: string;
  memory?: string;
}

interface MetricsJson {
  window?: string;
  usage?: Usage;
  containers?: { usage?: Usage }[];
}

const usages = (object: KubeObject): Usage[] => {
  const metrics = object as unknown as MetricsJson;
  return metrics.containers ? metrics.containers.map((container) => container.usage ?? {}) : [metrics.usage ?? {}];
};
const sum = (object: KubeObject, field: keyof Usage) => usages(object).reduce((total, usage) => total + parseQuantity(usage[field] ?? "0"), 0);

export const metricsColumns: Column[] = [
  nameColumn,
  column("CPU", "CPU usage: the sum of the containers' over the window.", (object) => cpuQuantity(sum(object, "cpu") * 1e9)),
  column("Memory", "Memory working set: the sum of the containers'.", (object) => memoryQuantity(sum(object, "memory"))),
  column("Window", "The span the CPU usage was measured over.", (object) => (object as unknown as MetricsJson).window ?? ""),
];

// The kubelet's resource usage series, from its usage samplers' latest readings (what it also
// publishes on NATS): per container with namespace, pod and container labels (the one exception
// to bounded labels, as Kubernetes' kubelet /metrics/resource makes it), and for the node.
// A pod's series go with the pod: each scrape sets exactly the containers sampled last.
import { Counter, Gauge, type Registry } from "prom-client";
import type { LatestContainerUsage } from "./usage-sampler.ts";

/** One kubelet's latest readings, by container id. */
export type UsageSource = () => ReadonlyMap<string, LatestContainerUsage>;

export function registerUsageMetrics(registry: Registry, sources: ReadonlySet<UsageSource>): void {
  const registers = [registry];
  const readings = () => [...sources].flatMap((source) => [...source().values()]);
  const labels = ["namespace", "pod", "container"] as const;
  new Counter({
    name: "troupe_kubelet_container_cpu_usage_seconds_total",
    help: "CPU time a container used since it started, from its cgroup (or its process group's /proc figures), by namespace, pod and container.",
    labelNames: labels,
    registers,
    collect() {
      this.reset();
      for (const reading of readings()) this.inc({ namespace: reading.namespace, pod: reading.pod, container: reading.container }, reading.cpuSeconds);
    },
  });
  new Gauge({
    name: "troupe_kubelet_container_memory_working_set_bytes",
    help: "A container's memory working set (usage less inactive file pages), by namespace, pod and container.",
    labelNames: labels,
    registers,
    collect() {
      this.reset();
      for (const reading of readings()) this.set({ namespace: reading.namespace, pod: reading.pod, container: reading.container }, reading.memoryBytes);
    },
  });
  // A counter of the node: each container adds what it used since the last scrape, so it never goes back when a pod goes.
  const lastCpu = new Map<string, number>();
  new Counter({
    name: "troupe_kubelet_node_cpu_usage_seconds_total",
    help: "CPU time used by the containers of this kubelet's nodes (the sum of the container series, kept when a pod goes).",
    registers,
    collect() {
      const current = new Map(readings().map((reading) => [reading.id, reading.cpuSeconds]));
      for (const [id, seconds] of current) {
        const delta = seconds - (lastCpu.get(id) ?? 0);
        if (delta > 0) this.inc(delta);
        lastCpu.set(id, seconds);
      }
      for (const id of lastCpu.keys()) if (!current.has(id)) lastCpu.delete(id);
      this.inc(0);
    },
  });
  new Gauge({
    name: "troupe_kubelet_node_memory_working_set_bytes",
    help: "Memory working set of the containers of this kubelet's nodes, summed.",
    registers,
    collect() {
      this.set(readings().reduce((sum, reading) => sum + reading.memoryBytes, 0));
    },
  });
}

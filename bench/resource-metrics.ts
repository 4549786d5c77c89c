// Cost of resource metrics: the CPU of one kubelet running 100 pods (process driver, each a
// `sleep`), sampling their usage every second (cgroups as root, else /proc) and publishing it,
// against the same kubelet with TROUPE_KUBELET_USAGE_INTERVAL=off. The kubelet's CPU time is read
// from /proc/<pid>/stat over a quiet window once every pod runs. One fresh cluster per mode.
import { readFile } from "node:fs/promises";
import { parseProcStat } from "../services/kubelet/process-usage.ts";
import { eventually, startWorkloadCluster } from "../test/helpers/workload-cluster.ts";
import { report, round } from "./stats.ts";

const PODS = Number(process.env.BENCH_PODS ?? 100);
const WINDOW_S = Number(process.env.BENCH_WINDOW_S ?? 30);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cpuSeconds(pid: number): Promise<number> {
  const parsed = parseProcStat(await readFile(`/proc/${pid}/stat`, "utf8"));
  if (!parsed) throw new Error(`unreadable /proc/${pid}/stat`);
  return parsed.cpuSeconds;
}

async function measure(interval: string): Promise<{ kubeletCpuPercent: number; reportBytes?: number; pods: number }> {
  const cluster = await startWorkloadCluster({ nodes: 1, kubeletEnv: { TROUPE_KUBELET_USAGE_INTERVAL: interval, TROUPE_MAX_PODS: String(PODS + 10) } });
  try {
    await cluster.json.create({
      apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "sleepers", namespace: "default" },
      spec: { replicas: PODS, selector: { matchLabels: { app: "sleepers" } }, template: { metadata: { labels: { app: "sleepers" } }, spec: { containers: [{ name: "main", image: "host", command: ["sleep", "36000"] }] } } },
    });
    const running = async () => (await cluster.json.list("pods", { namespace: "default", labelSelector: "app=sleepers" })).items.filter((pod) => (pod.status as { phase?: string } | undefined)?.phase === "Running").length;
    await eventually(running, (count) => count === PODS, `${PODS} pods Running`, 180_000);
    let reportBytes: number | undefined;
    if (interval !== "off") {
      const sub = cluster.nc.subscribe("troupe.metrics.v1.node.node-1", { max: 1 });
      for await (const msg of sub) reportBytes = msg.data.length;
    }
    await sleep(5000);
    const pid = cluster.role("node-1").process.pid as number;
    const before = await cpuSeconds(pid);
    await sleep(WINDOW_S * 1000);
    const used = (await cpuSeconds(pid)) - before;
    return { kubeletCpuPercent: round((used / WINDOW_S) * 100, 2), reportBytes, pods: PODS };
  } finally {
    await cluster.stop();
  }
}

const on = await measure("1s");
const off = await measure("off");
await report("resource-metrics", {
  pods: PODS,
  windowSeconds: WINDOW_S,
  source: process.getuid?.() === 0 ? "cgroups where usable (root)" : "/proc (not root)",
  kubeletCpuPercentMetricsOn: on.kubeletCpuPercent,
  kubeletCpuPercentMetricsOff: off.kubeletCpuPercent,
  costPercentOfACore: round(on.kubeletCpuPercent - off.kubeletCpuPercent, 2),
  reportBytesPerSecond: on.reportBytes,
});

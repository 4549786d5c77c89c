import test from "ava";
import { nodeMetrics, podMetrics, USAGE_SOURCE_ANNOTATION } from "./metrics-objects.ts";
import { cpuQuantity, memoryQuantity, topCpu, topMemory } from "./metrics-quantities.ts";
import { parseNodeUsageReport, type NodeUsageReport } from "./usage-report.ts";

const report: NodeUsageReport = {
  node: "n1",
  timestamp: "2026-12-04T20:00:00.000Z",
  windowSeconds: 1.0004,
  usage: { cpuNanoCores: 200_000_000, memoryBytes: 64 * 2 ** 20 },
  pods: [{ namespace: "default", name: "burn", uid: "u1", labels: { app: "burn" }, containers: [{ name: "main", cpuNanoCores: 199_999_999.6, memoryBytes: 64 * 2 ** 20, source: "cgroup-v1" }] }],
};

test("CPU quantities are whole nanocores, memory whole KiB, as metrics-server serves them", (t) => {
  t.is(cpuQuantity(0), "0");
  t.is(cpuQuantity(123_456.4), "123456n");
  t.is(cpuQuantity(-5), "0");
  t.is(memoryQuantity(1_263_616), "1234Ki");
  t.is(memoryQuantity(1000), "1000");
  t.is(memoryQuantity(0), "0");
});

test("kubectl top's columns: millicores rounded up, whole MiB", (t) => {
  t.is(topCpu(0), "0m");
  t.is(topCpu(1), "1m");
  t.is(topCpu(200_000_000), "200m");
  t.is(topMemory(64 * 2 ** 20 + 5), "64Mi");
  t.is(topMemory(2 ** 20 - 1), "0Mi");
});

test("a pod's PodMetrics has Kubernetes' shape and says where the figures came from", (t) => {
  const metrics = podMetrics(report, report.pods[0], new Date("2026-12-04T20:00:01Z"));
  t.is(metrics.apiVersion, "metrics.k8s.io/v1beta1");
  t.is(metrics.kind, "PodMetrics");
  t.deepEqual(metrics.metadata.labels, { app: "burn" });
  t.is(metrics.metadata.annotations[USAGE_SOURCE_ANNOTATION], "cgroup-v1");
  t.is(metrics.window, "1s");
  t.deepEqual(metrics.containers, [{ name: "main", usage: { cpu: "200000000n", memory: "65536Ki" } }]);
});

test("a node's NodeMetrics carries the node's usage", (t) => {
  const metrics = nodeMetrics(report, new Date());
  t.is(metrics.kind, "NodeMetrics");
  t.is(metrics.metadata.name, "n1");
  t.deepEqual(metrics.usage, { cpu: "200000000n", memory: "65536Ki" });
});

test("a malformed usage report is refused naming what is wrong", (t) => {
  t.throws(() => parseNodeUsageReport("{}"), { message: /without a node/ });
  t.throws(() => parseNodeUsageReport(JSON.stringify({ node: "n", timestamp: "x" })), { message: /valid timestamp/ });
  t.is(parseNodeUsageReport(JSON.stringify(report)).node, "n1");
});

import test from "ava";
import { readContainers, usageReport, type ContainerReading, type UsageTarget } from "./usage-sample.ts";
import type { CpuSample } from "./usage-rate.ts";

const targets: UsageTarget[] = [
  { namespace: "default", name: "burn", uid: "u1", labels: { app: "burn" }, containers: [{ name: "main", id: "c1", pid: 10 }] },
  { namespace: "default", name: "idle", uid: "u2", labels: {}, containers: [{ name: "main", id: "c2", pid: 11 }] },
];

const reading = (id: string, cpuSeconds: number, memoryBytes: number): [string, ContainerReading] => [id, { id, cpuSeconds, memoryBytes, source: "cgroup-v1" }];

test("a container shows from its second sample, with its CPU rate and working set; the node sums its pods", (t) => {
  const previous = new Map<string, CpuSample>();
  const first = usageReport("n1", targets, new Map([reading("c1", 10, 1000), reading("c2", 1, 2000)]), previous, { atMs: 0, date: new Date(0) });
  t.deepEqual(first.pods, []);
  const second = usageReport("n1", targets, new Map([reading("c1", 10.2, 1500), reading("c2", 1, 2000)]), previous, { atMs: 1000, date: new Date(1000) });
  t.is(second.windowSeconds, 1);
  t.deepEqual(second.pods.map((pod) => [pod.name, pod.containers[0].cpuNanoCores, pod.containers[0].memoryBytes]), [["burn", 200_000_000], ["idle", 0]].map(([name, cpu], i) => [name, cpu, [1500, 2000][i]]));
  t.deepEqual(second.usage, { cpuNanoCores: 200_000_000, memoryBytes: 3500 });
  t.is(second.timestamp, "1970-01-01T00:00:01.000Z");
});

test("containers gone are forgotten, and a counter that went back (a restart) waits for its next sample", (t) => {
  const previous = new Map<string, CpuSample>([["c1", { cpuSeconds: 50, atMs: 0 }], ["gone", { cpuSeconds: 1, atMs: 0 }]]);
  const report = usageReport("n1", targets, new Map([reading("c1", 1, 10)]), previous, { atMs: 1000, date: new Date() });
  t.deepEqual(report.pods, []);
  t.deepEqual([...previous.keys()], ["c1"]);
});

test("without a cgroup the process group's /proc figures are read, and said so", async (t) => {
  const readings = await readContainers([{ namespace: "d", name: "self", uid: "u", labels: {}, containers: [{ name: "main", id: "c", pid: process.pid }, { name: "gone", id: "g", pid: 2 ** 22 + 7 }] }]);
  if (process.platform !== "linux") {
    t.log("no /proc here: nothing to read");
    t.is(readings.size, 0);
    return;
  }
  // The test runner is a process group only when it leads one; either way a gone group is absent.
  t.false(readings.has("g"));
  for (const value of readings.values()) t.is(value.source, "proc");
});

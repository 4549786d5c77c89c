import { spawn } from "node:child_process";
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
  if (process.platform !== "linux") {
    t.log("no /proc here: the /proc path is Linux only");
    t.pass();
    return;
  }
  // A container of the process driver is a process group led by its pid: a busy child holding 32 MiB.
  const child = spawn(process.execPath, ["-e", "const b = Buffer.alloc(32 * 1024 * 1024, 1); const end = Date.now() + 30000; while (Date.now() < end) b[0]++"], { detached: true, stdio: "ignore" });
  t.teardown(() => child.kill("SIGKILL"));
  const pid = child.pid as number;
  const targets: UsageTarget[] = [{ namespace: "d", name: "busy", uid: "u", labels: {}, containers: [{ name: "main", id: "c", pid }, { name: "gone", id: "g", pid: 2 ** 22 + 7 }] }];
  const previous = new Map<string, CpuSample>();
  const first = await readContainers(targets);
  const firstAt = performance.now();
  usageReport("n", targets, first, previous, { atMs: firstAt, date: new Date() });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const second = await readContainers(targets);
  const report = usageReport("n", targets, second, previous, { atMs: performance.now(), date: new Date() });
  t.false(second.has("g"));
  t.is(second.get("c")?.source, "proc");
  const [container] = report.pods[0].containers;
  t.log(`busy child from /proc: ${(container.cpuNanoCores / 1e6).toFixed(0)}m, ${(container.memoryBytes / 2 ** 20).toFixed(1)} MiB`);
  t.true(container.cpuNanoCores > 0.5e9, `a busy loop near one core, got ${container.cpuNanoCores}n`);
  t.true(container.memoryBytes > 32 * 2 ** 20, `resident memory holds the 32 MiB buffer, got ${container.memoryBytes}`);
});

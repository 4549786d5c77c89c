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
  // A container of the process driver is a process group led by its pid: a busy child holding
  // 32 MiB, printing its own CPU time (process.cpuUsage) every 20 ms of its running, so the /proc
  // figure is checked against what the child itself used, whatever share of a core a busy
  // machine gave it.
  const script = "const b = Buffer.alloc(32 * 1024 * 1024, 1); const end = Date.now() + 30000; let next = 0; while (Date.now() < end) { b[0]++; if (Date.now() >= next) { const u = process.cpuUsage(); process.stdout.write((u.user + u.system) + '\\n'); next = Date.now() + 20; } }";
  const child = spawn(process.execPath, ["-e", script], { detached: true, stdio: ["ignore", "pipe", "ignore"] });
  t.teardown(() => child.kill("SIGKILL"));
  let ownCpuMicros = 0;
  let partial = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    if (lines.length > 0) ownCpuMicros = Number(lines.at(-1));
  });
  const pid = child.pid as number;
  while (ownCpuMicros === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const targets: UsageTarget[] = [{ namespace: "d", name: "busy", uid: "u", labels: {}, containers: [{ name: "main", id: "c", pid }, { name: "gone", id: "g", pid: 2 ** 22 + 7 }] }];
  const previous = new Map<string, CpuSample>();
  const first = await readContainers(targets);
  const firstAt = performance.now();
  const ownBefore = ownCpuMicros;
  usageReport("n", targets, first, previous, { atMs: firstAt, date: new Date() });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const second = await readContainers(targets);
  const secondAt = performance.now();
  const ownUsedSeconds = (ownCpuMicros - ownBefore) / 1e6;
  const report = usageReport("n", targets, second, previous, { atMs: secondAt, date: new Date() });
  t.false(second.has("g"));
  t.is(second.get("c")?.source, "proc");
  const [container] = report.pods[0].containers;
  const readSeconds = (container.cpuNanoCores / 1e9) * ((secondAt - firstAt) / 1000);
  t.log(`busy child from /proc: ${(container.cpuNanoCores / 1e6).toFixed(0)}m (${readSeconds.toFixed(3)} s of CPU; the child counted ${ownUsedSeconds.toFixed(3)} s), ${(container.memoryBytes / 2 ** 20).toFixed(1)} MiB`);
  t.true(ownUsedSeconds > 0.05, `the busy child ran at all (${ownUsedSeconds} s of CPU in 2 s)`);
  t.true(Math.abs(readSeconds - ownUsedSeconds) <= 0.2 * ownUsedSeconds + 0.04, `/proc's ${readSeconds} s of CPU agrees with the child's own ${ownUsedSeconds} s`);
  t.true(container.memoryBytes > 32 * 2 ** 20, `resident memory holds the 32 MiB buffer, got ${container.memoryBytes}`);
});

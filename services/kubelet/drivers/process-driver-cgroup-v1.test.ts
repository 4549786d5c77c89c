// Resource limits of the process driver on a cgroup v1 host (this machine): real cgroups under
// /sys/fs/cgroup/<controller>/troupe, as root. Elsewhere the tests say why they skip.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import type { ExecutionContext } from "ava";
import { createLogger } from "../../../runtime/log.ts";
import { detectCgroupBackend } from "./cgroup-backend.ts";
import { ProcessDriver } from "./process-driver.ts";
import { nodeContainer, RUN_FOREVER, scratchDir, waitFor } from "./test-support.ts";
import type { ContainerSpec } from "./types.ts";

const backend = await detectCgroupBackend();
const skip = !backend.usable ? `no usable cgroups: ${backend.reason}` : backend.version !== "v1" ? "this host enforces limits with cgroup v2" : undefined;
const v1 = skip ? test.skip : test.serial;
if (skip) console.log(`cgroup v1 tests skipped: ${skip}`);

const ROOT = "/sys/fs/cgroup";
const OOM = "const hog = []; setInterval(() => { for (let i = 0; i < 8; i++) hog.push(Buffer.alloc(4 << 20, 1)); }, 10)";
const BUSY = "for (;;) {}";

function cgroupDir(controller: string, spec: ContainerSpec): string {
  return join(ROOT, controller, "troupe", spec.podUid, spec.containerName);
}

async function gone(path: string): Promise<boolean> {
  return stat(path).then(() => false, () => true);
}

async function newDriver(t: ExecutionContext): Promise<{ driver: ProcessDriver; dir: string }> {
  const dir = await scratchDir(t);
  const driver = new ProcessDriver({ podsDir: join(dir, "pods"), podPidsLimit: 256, logger: createLogger("test", {}, { write: () => {} }) });
  t.teardown(() => driver.close(0));
  return { driver, dir };
}

v1("process driver on cgroup v1 puts the process in a cgroup per controller with limits, shares and pids.max, and removes them after the exit", async (t) => {
  const { driver, dir } = await newDriver(t);
  t.like(await driver.capabilities(), { cgroups: true, cgroupVersion: "v1" });
  const spec = nodeContainer(join(dir, "logs"), RUN_FOREVER, { resources: { limits: { memory: "64Mi", cpu: "500m" }, requests: { cpu: "250m" } } });
  const handle = await driver.start(spec);
  await waitFor("the process in its cgroups", async () => (await readFile(`/proc/${handle.pid}/cgroup`, "utf8")).includes(`:memory:/troupe/${spec.podUid}/app`), 20_000);
  const membership = await readFile(`/proc/${handle.pid}/cgroup`, "utf8");
  for (const controller of ["cpu", "cpuacct", "memory", "pids"]) {
    t.regex(membership, new RegExp(`:${controller}:/troupe/${spec.podUid}/app$`, "m"), controller);
  }
  const file = (controller: string, name: string) => readFile(join(cgroupDir(controller, spec), name), "utf8").then((text) => text.trim());
  t.is(await file("memory", "memory.limit_in_bytes"), String(64 * 1024 * 1024));
  t.is(await file("cpu", "cpu.cfs_quota_us"), "50000");
  t.is(await file("cpu", "cpu.cfs_period_us"), "100000");
  t.is(await file("cpu", "cpu.shares"), "256");
  t.is(await file("pids", "pids.max"), "256");
  await driver.stop(handle.id, 5);
  for (const controller of ["cpu", "cpuacct", "memory", "pids"]) {
    t.true(await gone(cgroupDir(controller, spec)), `${controller} cgroup removed`);
    t.true(await gone(join(ROOT, controller, "troupe", spec.podUid)), `${controller} pod cgroup removed`);
  }
});

v1("a process container allocating past its 64Mi memory limit on cgroup v1 ends OOMKilled with exit code 137", async (t) => {
  const { driver, dir } = await newDriver(t);
  const spec = nodeContainer(join(dir, "logs"), OOM, { resources: { limits: { memory: "64Mi" } } });
  const hog = await driver.start(spec);
  t.like(await hog.exited, { reason: "OOMKilled", exitCode: 137, signal: "SIGKILL" });
  t.true(await gone(cgroupDir("memory", spec)), "the cgroup is removed after the OOM kill");
});

v1("a CPU-bound container limited to 200m on cgroup v1 uses about a fifth of a core", async (t) => {
  const { driver, dir } = await newDriver(t);
  const spec = nodeContainer(join(dir, "logs"), BUSY, { resources: { limits: { cpu: "200m" } } });
  const handle = await driver.start(spec);
  const usageFile = join(cgroupDir("cpuacct", spec), "cpuacct.usage");
  await waitFor("the process in its cpuacct cgroup", async () => (await readFile(join(cgroupDir("cpuacct", spec), "cgroup.procs"), "utf8").catch(() => "")).trim() !== "", 20_000);
  const sample = async () => ({ usage: Number((await readFile(usageFile, "utf8")).trim()), at: process.hrtime.bigint() });
  const first = await sample();
  await waitFor("4 s of wall time", () => process.hrtime.bigint() - first.at > 4_000_000_000n, 60_000);
  const last = await sample();
  await driver.stop(handle.id, 0);
  const share = (last.usage - first.usage) / Number(last.at - first.at);
  t.log(`cpu used: ${(share * 100).toFixed(1)}% of a core`);
  t.true(share <= 0.3, `at most 30% of a core, used ${share}`);
  t.true(share > 0.05, `more than 5% of a core, used ${share}`);
});

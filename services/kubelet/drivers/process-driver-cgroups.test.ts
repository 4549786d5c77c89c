// Resource limits of the process driver: on this host's cgroup v2 when it allows them (otherwise
// the test says why and checks the driver says so too), and always on a simulated cgroup tree.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import test from "ava";
import { createLogger } from "../../../runtime/log.ts";
import { ProcessDriver } from "./process-driver.ts";
import { nodeContainer, RUN_FOREVER, scratchDir, waitFor } from "./test-support.ts";

const LIMITS = { limits: { memory: "64Mi", cpu: "500m" }, requests: { cpu: "250m" } };
const OOM = "const hog = []; setInterval(() => { for (let i = 0; i < 8; i++) hog.push(Buffer.alloc(4 << 20, 1)); }, 10)";

test("process driver enforces cgroup limits on this host, or says why it cannot", async (t) => {
  const dir = await scratchDir(t);
  const driver = new ProcessDriver({ podsDir: join(dir, "pods"), logger: createLogger("test", {}, { write: () => {} }) });
  t.teardown(() => driver.close(0));
  const capabilities = await driver.capabilities();
  const spec = nodeContainer(join(dir, "logs"), RUN_FOREVER, { resources: LIMITS });
  if (!capabilities.cgroups) {
    t.log(`cgroup limits not testable here: ${capabilities.reason}`);
    t.regex(capabilities.reason ?? "", /cgroup/);
    const handle = await driver.start(spec);
    t.like(await driver.stop(handle.id, 5), { reason: "Killed" }, "containers with limits still run, unlimited");
    return;
  }
  if (capabilities.cgroupVersion === "v1") {
    t.log("cgroup v1 host: process-driver-cgroup-v1.test.ts checks the limits here");
    t.pass();
    return;
  }
  const handle = await driver.start(spec);
  await waitFor("the process in its cgroup", async () => (await readFile(`/proc/${handle.pid}/cgroup`, "utf8")).includes("/troupe/"));
  const membership = await readFile(`/proc/${handle.pid}/cgroup`, "utf8");
  const path = /^0::(.*)$/m.exec(membership)?.[1] ?? "";
  t.true(path.endsWith(`/troupe/${spec.podUid}/app`), membership);
  const cgroupDir = join("/sys/fs/cgroup", path);
  t.is((await readFile(join(cgroupDir, "memory.max"), "utf8")).trim(), String(64 * 1024 * 1024));
  t.is((await readFile(join(cgroupDir, "cpu.max"), "utf8")).trim(), "50000 100000");
  await driver.stop(handle.id, 5);
  await t.throwsAsync(stat(cgroupDir), { code: "ENOENT" }, "the cgroup is removed after the exit");

  const hog = await driver.start(nodeContainer(join(dir, "logs"), OOM, { resources: LIMITS }));
  t.like(await hog.exited, { reason: "OOMKilled", exitCode: 137, signal: "SIGKILL" });
});

test("process driver writes limits, joins the process to its cgroup before exec and detects OOM kills (simulated cgroup tree)", async (t) => {
  const dir = await scratchDir(t);
  const parent = join(dir, "cgroup");
  await mkdir(parent);
  await writeFile(join(parent, "cgroup.controllers"), "cpu memory pids\n");
  await writeFile(join(parent, "cgroup.subtree_control"), "");
  const warnings: string[] = [];
  const logger = createLogger("test", {}, { write: (line) => warnings.push(line) });
  const driver = new ProcessDriver({ podsDir: join(dir, "pods"), cgroupRoot: join(parent, "troupe"), logger });
  t.teardown(() => driver.close(0));
  t.deepEqual(await driver.capabilities(), { cgroups: true, cgroupVersion: "v2" });

  const spec = nodeContainer(join(dir, "logs"), RUN_FOREVER, { resources: LIMITS });
  const handle = await driver.start(spec);
  const cgroupDir = join(parent, "troupe", spec.podUid, "app");
  const file = (name: string) => readFile(join(cgroupDir, name), "utf8");
  await waitFor("the pid in cgroup.procs", async () => (await file("cgroup.procs").catch(() => "")) !== "");
  t.is(await file("cgroup.procs"), `${handle.pid}\n`);
  t.is(await file("memory.max"), String(64 * 1024 * 1024));
  t.is(await file("cpu.max"), "50000 100000");
  t.is(await file("cpu.weight"), "10");
  t.is(await file("memory.oom.group"), "1");
  t.is(await readFile(join(parent, "troupe", spec.podUid, "cgroup.subtree_control"), "utf8"), "+cpu +memory");

  // What the kernel does on an OOM kill: count it in memory.events and SIGKILL the process.
  await writeFile(join(cgroupDir, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\noom_group_kill 1\n");
  process.kill(handle.pid!, "SIGKILL");
  t.like(await handle.exited, { reason: "OOMKilled", exitCode: 137, signal: "SIGKILL" });
  t.true(
    warnings.some((line) => line.includes("removing the cgroup failed")),
    "a plain directory cannot be rmdir'ed like a cgroup: the failure is logged, not thrown",
  );

  // The leftover directory already counts an OOM kill: a new run must not inherit it.
  const rerun = await driver.start({ ...spec, restartCount: 1, logPath: join(dir, "logs", "rerun.log") });
  t.like(await driver.stop(rerun.id, 5), { reason: "Killed" });
});

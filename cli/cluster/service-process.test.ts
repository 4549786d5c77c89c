import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { isProcessAlive } from "./home.ts";
import { ServiceProcess, type ServiceEvent } from "./service-process.ts";

async function tempDir(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), "troupe-service-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function service(dir: string, script: string, events: ServiceEvent[] = [], stopTimeoutMs = 5000) {
  return new ServiceProcess({
    name: "probe",
    command: process.execPath,
    args: ["-e", script],
    env: { ...process.env, PROBE: "value" },
    cwd: dir,
    logFile: join(dir, "probe.log"),
    backoff: { baseMs: 10, maxMs: 50 },
    stopTimeoutMs,
    onEvent: (event) => events.push(event),
  });
}

test("a service's output and environment go to its log file", async (t) => {
  const dir = await tempDir(t);
  const probe = service(dir, "console.log('out', process.env.PROBE); console.error('err')");
  probe.start();
  t.deepEqual(await probe.exited, { code: 0, signal: null });
  t.is(await readFile(join(dir, "probe.log"), "utf8"), "out value\nerr\n");
});

test("an exit before restarts are enabled is reported and not restarted", async (t) => {
  const dir = await tempDir(t);
  const events: ServiceEvent[] = [];
  const probe = service(dir, "process.exit(3)", events);
  probe.start();
  t.deepEqual(await probe.exited, { code: 3, signal: null });
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.deepEqual(events.map((event) => event.type), ["exited"]);
  t.like(events[0], { code: 3, restartInMs: undefined });
});

test("a crashing service is restarted with growing delays until stopped", async (t) => {
  const dir = await tempDir(t);
  const events: ServiceEvent[] = [];
  const probe = service(dir, "setTimeout(() => process.exit(1), 20)", events);
  probe.enableRestarts();
  probe.start();
  while (events.filter((event) => event.type === "restarted").length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
  await probe.stop();
  const delays = events.flatMap((event) => (event.type === "exited" && event.restartInMs !== undefined ? [event.restartInMs] : []));
  t.deepEqual(delays.slice(0, 3), [10, 20, 40]);
  const pids = new Set(events.map((event) => event.pid));
  t.true(pids.size >= 3, "each restart is a new process");
});

test("stop terminates the service, and kills it when SIGTERM is ignored", async (t) => {
  const dir = await tempDir(t);
  const polite = service(dir, "setInterval(() => {}, 1000)");
  polite.start();
  const politePid = polite.pid;
  await polite.stop();
  t.false(isProcessAlive(politePid));

  const stubborn = service(dir, "process.on('SIGTERM', () => {}); console.log('ignoring SIGTERM'); setInterval(() => {}, 1000)", [], 200);
  stubborn.start();
  // Only once the handler is installed does SIGTERM go unheeded.
  while (!(await readFile(join(dir, "probe.log"), "utf8")).includes("ignoring SIGTERM")) await new Promise((resolve) => setTimeout(resolve, 10));
  await stubborn.stop();
  t.like(await stubborn.exited, { signal: "SIGKILL" });
});

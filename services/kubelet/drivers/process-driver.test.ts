// What only real processes show: output in the log, signals, process groups, paths, cgroups.
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { join } from "node:path";
import test from "ava";
import type { ExecutionContext } from "ava";
import { createLogger } from "../../../runtime/log.ts";
import { containerLogPath, previousContainerLogPath } from "../logs/log-paths.ts";
import { readLog } from "../logs/read-log.ts";
import { ContainerStartError, ExecutableNotFoundError } from "./errors.ts";
import { ProcessDriver } from "./process-driver.ts";
import type { ProcessDriverOptions } from "./process-driver-options.ts";
import { logText, nodeContainer, processGone, RUN_FOREVER, scratchDir, waitFor } from "./test-support.ts";

async function setup(t: ExecutionContext, options: ProcessDriverOptions = {}) {
  const dir = await scratchDir(t);
  const warnings: string[] = [];
  const logger = createLogger("process-driver", {}, { write: (line) => warnings.push(line) });
  const driver = new ProcessDriver({ podsDir: join(dir, "pods"), logger, ...options });
  t.teardown(() => driver.close(0));
  const logDir = join(dir, "logs");
  return { dir, driver, warnings, logDir };
}

const CRI_LINE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z (stdout|stderr) F (.*)$/;

test("process driver writes stdout and stderr to the log file in CRI format", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = 'console.log("to stdout"); console.error("to stderr"); process.stdout.write("no newline")';
  const handle = await driver.start(nodeContainer(logDir, script));
  t.like(await handle.exited, { reason: "Completed" });
  const lines = (await readFile(handle.spec.logPath, "utf8")).trimEnd().split("\n");
  t.is(lines.length, 3, lines.join("\n"));
  const parsed = lines.map((line) => CRI_LINE.exec(line)?.slice(1, 3));
  t.true(parsed.every(Boolean), lines.join("\n"));
  t.deepEqual(
    parsed.sort((a, b) => a![1].localeCompare(b![1])),
    [
      ["stdout", "no newline"],
      ["stderr", "to stderr"],
      ["stdout", "to stdout"],
    ],
  );
});

test("process driver gives the process its environment, working directory and a host port to listen on", async (t) => {
  const { driver, logDir, dir } = await setup(t, { baseEnv: { FROM_NODE: "yes" } });
  const script = `
    const server = require("node:net").createServer((socket) => socket.end("hello from the container"));
    server.listen(Number(process.env.PORT), "127.0.0.1", () =>
      console.log(JSON.stringify({ env: process.env, cwd: process.cwd() })));`;
  const spec = nodeContainer(logDir, script, { env: { GREETING: "hi" }, ports: [{ name: "http", containerPort: 80 }] });
  const handle = await driver.start(spec);
  await waitFor("the container to listen", async () => (await logText(spec.logPath)).includes("stdout F {"));
  const { env, cwd } = JSON.parse((await logText(spec.logPath)).split(" stdout F ")[1]) as { env: Record<string, string>; cwd: string };
  t.deepEqual(env, { FROM_NODE: "yes", HOSTNAME: "web", GREETING: "hi", PORT: String(handle.hostPorts[80]), PORT_HTTP: String(handle.hostPorts[80]) });
  t.is(cwd, join(dir, "pods", spec.podUid));
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = connect(handle.hostPorts[80], "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => (text += chunk)).on("end", () => resolve(text)).on("error", reject);
  });
  t.is(reply, "hello from the container");
});

test("removing a pod removes its directory, and only that one", async (t) => {
  const { driver, logDir, dir } = await setup(t);
  const spec = nodeContainer(logDir, "console.log('done')");
  const other = nodeContainer(logDir, "console.log('done')");
  for (const container of [spec, other]) await (await driver.start(container)).exited;
  const podDir = join(dir, "pods", spec.podUid);
  t.true((await stat(podDir)).isDirectory());
  await driver.remove((await driver.list()).find((info) => info.spec.podUid === spec.podUid)?.id ?? "");
  await driver.removePod(spec.podUid);
  await t.throwsAsync(stat(podDir), { code: "ENOENT" });
  t.true((await stat(join(dir, "pods", other.podUid))).isDirectory(), "the other pod's directory stays");
  await driver.removePod("..");
  t.true((await stat(join(dir, "pods"))).isDirectory(), "a uid that is not one path segment removes nothing");
});

test("a container that traps SIGTERM gets it and can end gracefully", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = `process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(0); }); console.log("ready"); ${RUN_FOREVER}`;
  const handle = await driver.start(nodeContainer(logDir, script));
  await waitFor("the handler", async () => (await logText(handle.spec.logPath)).includes("ready"));
  t.like(await driver.stop(handle.id, 10), { exitCode: 0, signal: null, reason: "Completed" });
  t.regex(await logText(handle.spec.logPath), /stdout F got SIGTERM/);
});

test("a container ignoring SIGTERM is killed with SIGKILL when the grace period ends", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = `process.on("SIGTERM", () => console.log("ignoring SIGTERM")); console.log("ready"); ${RUN_FOREVER}`;
  const handle = await driver.start(nodeContainer(logDir, script));
  await waitFor("the handler", async () => (await logText(handle.spec.logPath)).includes("ready"));
  const started = performance.now();
  const exit = await driver.stop(handle.id, 1);
  const elapsed = performance.now() - started;
  t.like(exit, { exitCode: 137, signal: "SIGKILL", reason: "Killed" });
  t.true(elapsed >= 950 && elapsed < 2500, `stop took ${Math.round(elapsed)} ms`);
  t.regex(await logText(handle.spec.logPath), /stdout F ignoring SIGTERM/);
});

test("a second stop with a shorter grace period cuts the first one short", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = `process.on("SIGTERM", () => {}); console.log("ready"); ${RUN_FOREVER}`;
  const handle = await driver.start(nodeContainer(logDir, script));
  await waitFor("the handler", async () => (await logText(handle.spec.logPath)).includes("ready"));
  const patient = driver.stop(handle.id, 30);
  const started = performance.now();
  const forced = await driver.stop(handle.id, 0);
  // Far below the first stop's 30 s grace period, with room for a loaded machine.
  t.true(performance.now() - started < 10_000);
  t.like(forced, { signal: "SIGKILL", reason: "Killed" });
  t.is(await patient, forced);
});

// The container's child prints its pid, ignores SIGTERM and would outlive its parent. The parent
// passes the child's line on and settles childStarted then, so a parent that exits waits for it
// (a node child can take longer than any fixed delay to start on a loaded machine).
const SPAWN_CHILD = `
  const child = require("node:child_process").spawn(process.execPath,
    ["-e", 'process.on("SIGTERM", () => {}); console.log("child " + process.pid); setInterval(() => {}, 1000)'],
    { stdio: ["inherit", "pipe", "inherit"] });
  const childStarted = new Promise((resolve) => child.stdout.once("data", (line) => { process.stdout.write(line); resolve(); }));`;

async function childPid(path: string): Promise<number> {
  await waitFor("the child to start", async () => /stdout F child \d+/.test(await logText(path)));
  return Number(/stdout F child (\d+)/.exec(await logText(path))![1]);
}

test("stopping a container kills its whole process group", async (t) => {
  const { driver, logDir } = await setup(t);
  const handle = await driver.start(nodeContainer(logDir, `${SPAWN_CHILD} ${RUN_FOREVER}`));
  const pid = await childPid(handle.spec.logPath);
  t.false(await processGone(pid));
  t.like(await driver.stop(handle.id, 5), { reason: "Killed" });
  await waitFor(`child ${pid} to die`, () => processGone(pid));
  t.pass();
});

test("when a container's main process ends, the rest of its process group is killed", async (t) => {
  const { driver, logDir } = await setup(t);
  const handle = await driver.start(nodeContainer(logDir, `${SPAWN_CHILD} childStarted.then(() => setTimeout(() => process.exit(4), 300))`));
  const pid = await childPid(handle.spec.logPath);
  t.like(await handle.exited, { exitCode: 4, reason: "Error" });
  await waitFor(`child ${pid} to die`, () => processGone(pid));
  t.pass();
});

test("a container killed by a signal it did not get from the driver is an Error with 128 + the signal number", async (t) => {
  const { driver, logDir } = await setup(t);
  const handle = await driver.start(nodeContainer(logDir, 'process.kill(process.pid, "SIGKILL")'));
  t.like(await handle.exited, { exitCode: 137, signal: "SIGKILL", reason: "Error" });
});

test("a relative command runs from the image directory, and a bare name is looked up on PATH", async (t) => {
  const { driver, logDir, dir } = await setup(t, { baseEnv: { PATH: "/usr/bin:/bin" } });
  const rootDir = join(dir, "image");
  await mkdir(join(rootDir, "bin"), { recursive: true });
  await writeFile(join(rootDir, "bin", "hello"), '#!/bin/sh\necho "hello from $(pwd) with $1"\n');
  await chmod(join(rootDir, "bin", "hello"), 0o755);
  const image = await driver.start(nodeContainer(logDir, "", { rootDir, command: ["bin/hello"], args: ["args"] }));
  t.like(await image.exited, { reason: "Completed" });
  t.regex(await logText(image.spec.logPath), new RegExp(`stdout F hello from ${rootDir} with args$`, "m"));
  const host = await driver.start(nodeContainer(logDir, "", { command: ["sh", "-c", "echo $0"], containerName: "host" }));
  t.like(await host.exited, { reason: "Completed" });
  // argv[0] is the resolved file, with or without the cgroup trampoline.
  t.regex(await logText(host.spec.logPath), /stdout F \/(usr\/)?bin\/sh$/m);
});

test("a missing executable fails the start with ExecutableNotFoundError and leaves nothing behind", async (t) => {
  const { driver, logDir, dir } = await setup(t);
  const spec = nodeContainer(logDir, "", { rootDir: dir, command: ["./no-such-binary"], ports: [{ containerPort: 80 }] });
  const error = await t.throwsAsync(driver.start(spec), { instanceOf: ExecutableNotFoundError });
  t.is(error?.code, "EXECUTABLE_NOT_FOUND");
  await t.throwsAsync(driver.start({ ...spec, command: ["no-such-binary-on-path"] }), { message: /not found in \$PATH/ });
  t.deepEqual(await driver.list(), []);
  t.truthy(await driver.start(nodeContainer(logDir, RUN_FOREVER, { podUid: spec.podUid })), "the container slot was released");
});

test("following a running container's log sees new lines and ends when the container exits", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = 'let n = 0; const timer = setInterval(() => { console.log("tick " + ++n); if (n === 5) process.exit(0); }, 50)';
  const spec = nodeContainer(logDir, script);
  // Following before the container starts: the log file does not exist yet.
  const controller = new AbortController();
  t.teardown(() => controller.abort());
  let exited!: (value: unknown) => void;
  const seen: string[] = [];
  const reading = (async () => {
    const until = new Promise((resolve) => (exited = resolve));
    for await (const line of readLog(spec.logPath, { follow: true, until, signal: controller.signal, pollIntervalMs: 20 })) {
      seen.push(`${line.stream}: ${line.content}`);
    }
  })();
  const handle = await driver.start(spec);
  await waitFor("the first ticks", () => seen.length >= 2);
  t.true(seen.length < 5, "lines arrive while the container runs");
  exited(await handle.exited);
  await reading;
  t.deepEqual(seen, ["stdout: tick 1", "stdout: tick 2", "stdout: tick 3", "stdout: tick 4", "stdout: tick 5"]);
});

test("tail reads the last lines of a container log, and previous reads the run before", async (t) => {
  const { driver, logDir } = await setup(t);
  const first = nodeContainer(logDir, 'for (let i = 1; i <= 10; i++) console.log("first run " + i)');
  await (await driver.start(first)).exited;
  const second = { ...nodeContainer(logDir, 'console.log("second run")', { podUid: first.podUid }), restartCount: 1 };
  second.logPath = containerLogPath(logDir, second, 1);
  await (await driver.start(second)).exited;

  const tail: string[] = [];
  for await (const line of readLog(previousContainerLogPath(logDir, second, 1)!, { tail: 2 })) tail.push(line.content);
  t.deepEqual(tail, ["first run 9", "first run 10"]);
  const current: string[] = [];
  for await (const line of readLog(second.logPath, { tail: 2 })) current.push(line.content);
  t.deepEqual(current, ["second run"]);
});

test("a process that leaves the container's process group cannot hold its exit back", async (t) => {
  // Without cgroups: in one, the escapee is killed with the rest of the cgroup.
  const { driver, logDir, warnings } = await setup(t, { outputDrainMs: 200, cgroups: false });
  const script = `
    require("node:child_process").spawn(process.execPath,
      ["-e", 'console.log("escaped " + process.pid); setInterval(() => {}, 1000)'], { stdio: "inherit", detached: true });
    setTimeout(() => process.exit(0), 300)`;
  const handle = await driver.start(nodeContainer(logDir, script));
  const pid = await waitFor("the escapee", async () => /stdout F escaped \d+/.test(await logText(handle.spec.logPath))).then(
    async () => Number(/stdout F escaped (\d+)/.exec(await logText(handle.spec.logPath))![1]),
  );
  t.teardown(() => process.kill(pid, "SIGKILL"));
  t.like(await handle.exited, { reason: "Completed" });
  t.true(warnings.some((line) => line.includes("a process left its process group")));
});

test("an exec in a process container reports a failing status with its output, and a command that outlives its timeout", async (t) => {
  const driver = new ProcessDriver({ podsDir: await scratchDir(t), cgroups: false });
  t.teardown(() => driver.close(0));
  const handle = await driver.start(nodeContainer(await scratchDir(t), RUN_FOREVER));
  t.deepEqual(await driver.exec(handle.id, ["sh", "-c", "echo not ready; exit 2"], 5000), { exitCode: 2, output: "not ready\n", timedOut: false });
  const slow = await driver.exec(handle.id, ["sleep", "5"], 200);
  t.true(slow.timedOut);
  t.like(await driver.exec(handle.id, ["no-such-command-xyz"], 1000), { exitCode: 127 });
});

test("a start under way when the driver closes is stopped with the others, and a start after close is refused", async (t) => {
  const { driver, logDir } = await setup(t);
  const starting = driver.start(nodeContainer(logDir, RUN_FOREVER));
  await driver.close(0);
  const handle = await starting;
  t.like(await handle.exited, { signal: "SIGKILL" }, "the late container was stopped by close()");
  t.true(await processGone(handle.pid ?? 0));
  await t.throwsAsync(driver.start(nodeContainer(logDir, RUN_FOREVER, { containerName: "late" })), { instanceOf: ContainerStartError, message: /driver is closed/ });
});

test("a container started with stdin keeps its stdin pipe open for attach, and its answers go to the log", async (t) => {
  const { driver, logDir } = await setup(t);
  const script = 'process.stdin.on("data", (d) => console.log("got " + String(d).trim())); process.stdin.on("end", () => console.log("eof"))';
  const handle = await driver.start(nodeContainer(logDir, script, { stdin: true }));
  const { stdin } = await driver.attach(handle.id);
  t.truthy(stdin);
  stdin?.write("one\n");
  await waitFor("the answer in the log", async () => (await logText(handle.spec.logPath)).includes("got one"));
  stdin?.end();
  t.like(await handle.exited, { reason: "Completed" });
  t.regex(await logText(handle.spec.logPath), /got one[\s\S]*eof/);
});

test("a container started without stdin reads end-of-file at once and offers no stdin to attach", async (t) => {
  const { driver, logDir } = await setup(t);
  const handle = await driver.start(nodeContainer(logDir, 'process.stdin.on("end", () => console.log("eof")).resume(); setInterval(() => {}, 1000)'));
  t.is((await driver.attach(handle.id)).stdin, undefined);
  await waitFor("end-of-file on stdin", async () => (await logText(handle.spec.logPath)).includes("eof"));
});

for (const cgroups of [false, true]) {
  test(`process driver runs the container as its runAsUser and runAsGroup when the kubelet is root (${cgroups ? "behind the cgroup join" : "spawned as the user"})`, async (t) => {
    if (process.getuid?.() !== 0) {
      t.log("skipped: the kubelet must run as root to change a process's user");
      t.pass();
      return;
    }
    const { driver, logDir } = await setup(t, { cgroups });
    const spec = nodeContainer(logDir, "", { command: ["/bin/sh", "-c", 'echo "$(id -u) $(id -g) $(id -G)"'], user: { uid: 65534, gid: 65534 } });
    const handle = await driver.start(spec);
    t.like(await handle.exited, { reason: "Completed" });
    t.regex(await logText(spec.logPath), /stdout F 65534 65534 65534\n/);
  });
}

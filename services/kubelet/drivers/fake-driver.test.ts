// What only the simulated runtime offers: start delays, crashes on demand, thousands of containers.
import test from "ava";
import { AttachUnsupportedError, ContainerNotFoundError, HostPortAllocationError, StreamingExecUnsupportedError } from "./errors.ts";
import { FakeDriver } from "./fake-driver.ts";
import { nodeContainer, RUN_FOREVER } from "./test-support.ts";

const silent = { level: "error", debug() {}, info() {}, warn() {}, error() {}, child: () => silent } as const;
const spec = (overrides = {}) => nodeContainer("/nonexistent", RUN_FOREVER, overrides);

test("fake driver starts containers after the configured delay", async (t) => {
  const driver = new FakeDriver({ startDelayMs: 100, logger: silent });
  const started = performance.now();
  const handle = await driver.start(spec());
  t.true(performance.now() - started >= 95);
  t.is(handle.pid, undefined);
  await driver.close(0);
});

test("fake driver refuses an attach with a clear error: its containers have no stdio", async (t) => {
  const driver = new FakeDriver({ logger: silent });
  const handle = await driver.start(spec());
  await t.throwsAsync(driver.attach(handle.id), { instanceOf: AttachUnsupportedError, message: /fake driver cannot attach/ });
  await driver.close(0);
});

test("fake driver refuses a streamed exec with a clear error: its containers are simulated", async (t) => {
  const driver = new FakeDriver({ logger: silent });
  const handle = await driver.start(spec());
  await t.throwsAsync(driver.execStreaming(handle.id, ["sh"]), { instanceOf: StreamingExecUnsupportedError, message: /fake driver cannot run commands/ });
  await driver.close(0);
});

test("fake driver crashes a container on demand, once", async (t) => {
  const driver = new FakeDriver({ logger: silent });
  const handle = await driver.start(spec());
  driver.crash(handle.id, 42);
  const exit = await handle.exited;
  t.like(exit, { exitCode: 42, signal: null, reason: "Error" });
  driver.crash(handle.id, 1);
  t.is((await driver.list())[0].exit, exit, "a crash after the end changes nothing");
  t.throws(() => driver.crash("fake-unknown", 1), { instanceOf: ContainerNotFoundError });
});

test("fake driver hands out fake host ports from its range, reuses freed ones and says when it runs out", async (t) => {
  const driver = new FakeDriver({ firstHostPort: 50000, lastHostPort: 50002, logger: silent });
  const ports = [{ containerPort: 80 }, { containerPort: 443 }];
  const first = await driver.start(spec({ ports }));
  t.deepEqual(first.hostPorts, { 80: 50000, 443: 50001 });
  await t.throwsAsync(driver.start(spec({ ports })), { instanceOf: HostPortAllocationError });
  t.like(await driver.start(spec({ ports: [{ containerPort: 8080 }] })), { hostPorts: { 8080: 50002 } }, "a failed start returned its ports");
  await driver.stop(first.id, 0);
  const reused = Object.values((await driver.start(spec({ ports }))).hostPorts).sort();
  t.deepEqual(reused, [50000, 50001]);
  await driver.close(0);
});

test("fake driver runs thousands of containers in one process", async (t) => {
  const driver = new FakeDriver({ logger: silent });
  const handles = await Promise.all(Array.from({ length: 5000 }, (_, i) => driver.start(spec({ podName: `pod-${i}`, ports: [{ containerPort: 80 }] }))));
  t.is(new Set(handles.map((handle) => handle.hostPorts[80])).size, 5000);
  t.is((await driver.list()).filter((info) => info.state === "running").length, 5000);
  await driver.close(30);
  t.true((await driver.list()).every((info) => info.exit?.reason === "Killed"));
});

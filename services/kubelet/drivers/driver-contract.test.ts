// The contract every Driver keeps, run against each implementation.
import test from "ava";
import type { ExecutionContext } from "ava";
import { ContainerAlreadyRunningError, ContainerNotFoundError, ContainerNotRunningError, InvalidContainerSpecError } from "./errors.ts";
import { FakeDriver } from "./fake-driver.ts";
import { ProcessDriver } from "./process-driver.ts";
import { nodeContainer, RUN_FOREVER, scratchDir } from "./test-support.ts";
import type { ContainerExit, ContainerHandle, ContainerSpec, Driver } from "./types.ts";

interface DriverHarness<D extends Driver> {
  name: D["name"];
  /** A driver cleaned up when the test ends. */
  create(t: ExecutionContext): Promise<D>;
  /** A container that runs until stopped and dies of SIGTERM. */
  container(t: ExecutionContext, overrides?: Partial<ContainerSpec>): Promise<ContainerSpec>;
  /** Starts a container that ends by itself with `exitCode`. */
  startExiting(driver: D, spec: ContainerSpec, exitCode: number): Promise<ContainerHandle>;
}

const silentLogger = { level: "error", debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger } as const;

const processHarness: DriverHarness<ProcessDriver> = {
  name: "process",
  async create(t) {
    const driver = new ProcessDriver({ podsDir: await scratchDir(t), logger: silentLogger });
    t.teardown(() => driver.close(0));
    return driver;
  },
  async container(t, overrides) {
    return nodeContainer(await scratchDir(t), RUN_FOREVER, overrides);
  },
  startExiting(driver, spec, exitCode) {
    return driver.start({ ...spec, command: [process.execPath, "-e", `process.exit(${exitCode})`] });
  },
};

const fakeHarness: DriverHarness<FakeDriver> = {
  name: "fake",
  async create(t) {
    const driver = new FakeDriver({ logger: silentLogger });
    t.teardown(() => driver.close(0));
    return driver;
  },
  async container(_t, overrides) {
    return nodeContainer("/nonexistent/logs", RUN_FOREVER, overrides);
  },
  async startExiting(driver, spec, exitCode) {
    const handle = await driver.start(spec);
    setTimeout(() => driver.crash(handle.id, exitCode), 20);
    return handle;
  },
};

function driverContract<D extends Driver>(harness: DriverHarness<D>): void {
  const { name } = harness;

  test(`${name} driver runs a container until it is stopped, then reports how it ended`, async (t) => {
    const driver = await harness.create(t);
    t.is(driver.name, name);
    const before = new Date();
    const handle = await driver.start(await harness.container(t));
    t.true(handle.startedAt >= before);
    const [running] = await driver.list();
    t.like(running, { id: handle.id, state: "running", exit: undefined, startedAt: handle.startedAt });
    if (name === "process") t.true(handle.pid! > 0);

    const exit = await driver.stop(handle.id, 5);
    t.like(exit, { id: handle.id, exitCode: 143, signal: "SIGTERM", reason: "Killed", startedAt: handle.startedAt });
    t.true(exit.finishedAt >= exit.startedAt);
    t.is(await handle.exited, exit);
    t.like((await driver.list())[0], { id: handle.id, state: "exited", exit });
  });

  test(`${name} driver reports the exit code of a container that ends on its own`, async (t) => {
    const driver = await harness.create(t);
    const failed = await harness.startExiting(driver, await harness.container(t), 3);
    const completed = await harness.startExiting(driver, await harness.container(t), 0);
    t.like(await failed.exited, { exitCode: 3, signal: null, reason: "Error" });
    t.like(await completed.exited, { exitCode: 0, signal: null, reason: "Completed" });
  });

  test(`${name} driver kills at once when the grace period is zero`, async (t) => {
    const driver = await harness.create(t);
    const handle = await driver.start(await harness.container(t));
    t.like(await driver.stop(handle.id, 0), { exitCode: 137, signal: "SIGKILL", reason: "Killed" });
  });

  test(`${name} driver maps each declared port to its own host port`, async (t) => {
    const driver = await harness.create(t);
    const ports = [
      { name: "http", containerPort: 8080 },
      { name: "dns", containerPort: 53, protocol: "UDP" as const },
      { name: "dns-tcp", containerPort: 53, protocol: "TCP" as const },
      { containerPort: 9090 },
    ];
    const handles = await Promise.all([1, 2, 3].map(async () => driver.start(await harness.container(t, { ports }))));
    const hostPorts = handles.flatMap((handle) => Object.values(handle.hostPorts));
    for (const handle of handles) t.deepEqual(Object.keys(handle.hostPorts).map(Number).sort(), [53, 8080, 9090]);
    t.is(new Set(hostPorts).size, 9, `host ports ${hostPorts.join(", ")}`);
    t.true(hostPorts.every((port) => Number.isInteger(port) && port > 1024 && port < 65536));
    const listed = new Map((await driver.list()).map((info) => [info.id, info.hostPorts]));
    for (const handle of handles) t.deepEqual(listed.get(handle.id), handle.hostPorts);
  });

  test(`${name} driver sets PORT to the first port's host port and PORT_<NAME> for named ports`, async (t) => {
    const driver = await harness.create(t);
    const spec = await harness.container(t, {
      env: { GREETING: "hi", PORT: "8080" },
      ports: [{ containerPort: 8080 }, { name: "admin-http", containerPort: 9000 }],
    });
    const handle = await driver.start(spec);
    t.like(handle.env, {
      GREETING: "hi",
      HOSTNAME: spec.podName,
      PORT: String(handle.hostPorts[8080]),
      PORT_ADMIN_HTTP: String(handle.hostPorts[9000]),
    });
    t.false("PORT" in (await driver.start(await harness.container(t))).env, "no ports, no PORT");
  });

  test(`${name} driver tells exit listeners once per container end`, async (t) => {
    const driver = await harness.create(t);
    const seen: Array<[ContainerExit, string]> = [];
    const unsubscribe = driver.onExit((exit, container) => seen.push([exit, container.spec.containerName]));
    const first = await harness.startExiting(driver, await harness.container(t, { containerName: "first" }), 1);
    const second = await driver.start(await harness.container(t, { containerName: "second" }));
    const firstExit = await first.exited;
    const secondExit = await driver.stop(second.id, 5);
    await driver.stop(second.id, 5);
    unsubscribe();
    const third = await harness.startExiting(driver, await harness.container(t, { containerName: "third" }), 0);
    await third.exited;
    t.deepEqual(seen, [
      [firstExit, "first"],
      [secondExit, "second"],
    ]);
  });

  test(`${name} driver returns the recorded exit when stopping an exited container, and forgets it on remove`, async (t) => {
    const driver = await harness.create(t);
    const handle = await harness.startExiting(driver, await harness.container(t), 2);
    const exit = await handle.exited;
    t.is(await driver.stop(handle.id, 5), exit);
    await driver.remove(handle.id);
    t.deepEqual(await driver.list(), []);
    await t.throwsAsync(driver.stop(handle.id, 5), { instanceOf: ContainerNotFoundError });
  });

  test(`${name} driver removes a running container by killing it`, async (t) => {
    const driver = await harness.create(t);
    const handle = await driver.start(await harness.container(t));
    await driver.remove(handle.id);
    t.like(await handle.exited, { signal: "SIGKILL", reason: "Killed" });
    t.deepEqual(await driver.list(), []);
  });

  test(`${name} driver refuses unknown ids, empty commands, bad quantities and a second run of a running container`, async (t) => {
    const driver = await harness.create(t);
    await t.throwsAsync(driver.stop("no-such-container", 1), { instanceOf: ContainerNotFoundError, code: "CONTAINER_NOT_FOUND" });
    const empty = await t.throwsAsync(driver.start(await harness.container(t, { command: [], args: [] })), {
      instanceOf: InvalidContainerSpecError,
    });
    t.is(empty?.field, "command");
    const quantity = await t.throwsAsync(
      driver.start(await harness.container(t, { resources: { limits: { memory: "lots" } } })),
      { instanceOf: InvalidContainerSpecError },
    );
    t.is(quantity?.field, "resources.limits.memory");
    const spec = await harness.container(t);
    const running = await driver.start(spec);
    const again = await t.throwsAsync(driver.start({ ...spec, restartCount: 1 }), { instanceOf: ContainerAlreadyRunningError });
    t.is(again?.id, running.id);
    t.is((await driver.list()).length, 1);
  });

  test(`${name} driver says whether it enforces limits, with a reason when it does not`, async (t) => {
    const driver = await harness.create(t);
    const capabilities = await driver.capabilities();
    t.log(`${name} driver capabilities: ${JSON.stringify(capabilities)}`);
    if (capabilities.cgroups) t.is(capabilities.reason, undefined);
    else t.true((capabilities.reason ?? "").length > 10, "a reason a person can act on");
  });

  test(`${name} driver runs a command in a running container and refuses one that is not running`, async (t) => {
    const driver = await harness.create(t);
    const handle = await driver.start(await harness.container(t, { env: { PROBE_ME: "yes" } }));
    const result = await driver.exec(handle.id, ["sh", "-c", 'test "$PROBE_ME" = yes'], 5000);
    t.deepEqual(result, { exitCode: 0, output: "", timedOut: false });
    await driver.stop(handle.id, 0);
    await t.throwsAsync(driver.exec(handle.id, ["true"], 1000), { instanceOf: ContainerNotRunningError });
  });

  test(`${name} driver stops every running container on close`, async (t) => {
    const driver = await harness.create(t);
    const handles = await Promise.all([1, 2].map(async () => driver.start(await harness.container(t))));
    await driver.close(5);
    for (const handle of handles) t.like(await handle.exited, { reason: "Killed" });
    t.true((await driver.list()).every((info) => info.state === "exited"));
  });
}

driverContract(processHarness);
driverContract(fakeHarness);

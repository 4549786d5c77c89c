import test from "ava";
import { useNatsServer } from "../test/helpers/nats.ts";
import { findFreePort } from "./free-port.ts";
import { createLogger } from "./log.ts";
import { connectNats, drainOnSignals } from "./nats-connection.ts";
import { startNatsServer } from "./nats-server.ts";

const nats = useNatsServer(test);

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: () => void }[] = [];
  const logger = createLogger("nats", {}, {
    level: "debug",
    write: (line) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      lines.push(record);
      for (const waiter of waiters.filter((w) => w.msg === record.msg)) waiter.resolve();
    },
  });
  const logged = (msg: string) =>
    lines.some((l) => l.msg === msg) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ msg, resolve }));
  return { logger, lines, logged };
}

test("nats connection logs a disconnect and a reconnect when the server restarts", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  const { logger, lines, logged } = captureLogger();
  const nc = await connectNats({ servers: server.url, name: "restart-test", logger, reconnectTimeWaitMs: 50 });
  t.teardown(() => nc.close());

  await server.restart();
  await logged("nats reconnected");

  const messages = lines.map((l) => l.msg);
  t.true(messages.indexOf("nats disconnected") < messages.indexOf("nats reconnected"));
  t.is(lines.find((l) => l.msg === "nats disconnected")?.level, "warn");
  await nc.flush();
  t.false(nc.isClosed());
});

test("nats connection names itself to the server", async (t) => {
  const monitorPort = await findFreePort();
  const server = await startNatsServer({ httpMonitorPort: monitorPort });
  t.teardown(() => server.destroy());
  const nc = await connectNats({ servers: server.url, name: "troupe-scheduler", logger: captureLogger().logger });
  t.teardown(() => nc.close());

  const connz = (await (await fetch(`http://127.0.0.1:${monitorPort}/connz`)).json()) as {
    connections: { name?: string }[];
  };
  t.deepEqual(
    connz.connections.map((c) => c.name),
    ["troupe-scheduler"],
  );
});

test("nats connection waits for a server that is not up yet when asked to", async (t) => {
  const port = await findFreePort();
  const connecting = connectNats({
    servers: `nats://127.0.0.1:${port}`,
    name: "early-bird",
    waitOnFirstConnect: true,
    reconnectTimeWaitMs: 50,
    logger: captureLogger().logger,
  });
  const server = await startNatsServer({ port });
  t.teardown(() => server.destroy());
  const nc = await connecting;
  t.teardown(() => nc.close());
  t.is(nc.getServer(), `127.0.0.1:${port}`);
});

test("drain on signals drains the connection, runs the hooks once, then exits 0", async (t) => {
  const subscriber = await nats.connect("subscriber");
  const received: string[] = [];
  const sub = subscriber.subscribe("drain.test", { callback: (_err, msg) => void received.push(msg.string()) });
  await subscriber.flush();

  const nc = await connectNats({ servers: nats.server.url, name: "draining", logger: captureLogger().logger });
  const beforeDrainSawClosed: boolean[] = [];
  const hookSawClosed: boolean[] = [];
  let exitCode: number | undefined;
  const exited = new Promise<void>((resolve) => {
    const remove = drainOnSignals(nc, {
      signals: ["SIGUSR2"],
      logger: captureLogger().logger,
      beforeDrain: [() => void beforeDrainSawClosed.push(nc.isClosed() || nc.isDraining())],
      onShutdown: [() => void hookSawClosed.push(nc.isClosed())],
      exit: (code) => {
        exitCode = code;
        remove();
        resolve();
      },
    });
  });

  nc.publish("drain.test", "last words");
  process.kill(process.pid, "SIGUSR2");
  process.kill(process.pid, "SIGUSR2");
  await exited;

  t.is(exitCode, 0);
  t.deepEqual(beforeDrainSawClosed, [false]);
  t.deepEqual(hookSawClosed, [true]);
  await subscriber.flush();
  t.deepEqual(received, ["last words"]);
  sub.unsubscribe();
});

import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import test from "ava";
import { connectTestClient } from "../test/helpers/nats.ts";
import { natsServerVersion, NatsServerNotFoundError, resolveNatsServerBinary, versionAtLeast } from "./nats-server-binary.ts";
import { NatsServerPortInUseError, NatsServerStartError, NatsServerUnsupportedError } from "./nats-server-errors.ts";
import { startNatsServer } from "./nats-server.ts";

async function scratchDir(t: { teardown(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-nats-test-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function nextStatus(nc: NatsConnection, type: string): Promise<void> {
  for await (const status of nc.status()) {
    if (status.type === type) return;
  }
}

async function fakeBinary(dir: string, script: string): Promise<string> {
  const path = join(dir, "nats-server");
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
  return path;
}

test("nats server starts with JetStream on a free loopback port", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  t.not(server.port, 4222);
  t.is(server.url, `nats://127.0.0.1:${server.port}`);
  t.true(server.pid > 0);

  const nc = await connectTestClient(server);
  t.teardown(() => nc.close());
  const info = await (await jetstreamManager(nc)).getAccountInfo();
  t.is(info.streams, 0);
});

test("nats server handle survives restart with its JetStream data", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  const nc = await connectTestClient(server);
  t.teardown(() => nc.close());
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: "RESTART", subjects: ["restart.>"] });
  const js = jetstream(nc);
  await js.publish("restart.a", "one");
  await js.publish("restart.b", "two");
  const { port, storeDir, pid } = server;
  const reconnected = nextStatus(nc, "reconnect");

  await server.restart();
  // nats.js drops what is published while it redials, so only talk once it is back.
  await reconnected;

  t.is(server.port, port);
  t.is(server.storeDir, storeDir);
  t.not(server.pid, pid);
  // The stream and its messages come back from the store.
  const info = await jsm.streams.info("RESTART");
  t.is(info.state.messages, 2);
  t.is((await jsm.streams.getMessage("RESTART", { seq: 2 }))?.string(), "two");
});

test("nats server can be restarted after being stopped", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  await server.stop();
  await server.stop();
  await t.throwsAsync(connectTestClient(server.url).then((nc) => nc.close()), undefined, "server should be down");
  await server.restart();
  const nc = await connectTestClient(server);
  await nc.close();
  t.pass();
});

test("nats server destroy deletes the store it created but not one it was given", async (t) => {
  const owned = await startNatsServer();
  await owned.destroy();
  await t.throwsAsync(stat(owned.storeDir), { code: "ENOENT" });

  const given = await scratchDir(t);
  const server = await startNatsServer({ storeDir: given });
  t.is(server.storeDir, given);
  await server.destroy();
  t.true((await stat(join(given, "jetstream"))).isDirectory());
});

test("nats server writes its log to the given file", async (t) => {
  const logFile = join(await scratchDir(t), "nats.log");
  const server = await startNatsServer({ logFile });
  t.teardown(() => server.destroy());
  t.regex(await readFile(logFile, "utf8"), new RegExp(`Listening for client connections on 127\\.0\\.0\\.1:${server.port}`));
});

test("nats server refuses to start without a binary and says how to install", async (t) => {
  const error = await t.throwsAsync(startNatsServer({ binary: "/nonexistent/nats-server" }), {
    instanceOf: NatsServerNotFoundError,
  });
  t.is(error?.code, "NATS_SERVER_NOT_FOUND");
  t.regex(error?.message ?? "", /apt-get install nats-server/);
  t.regex(error?.message ?? "", /TROUPE_NATS_SERVER/);
  t.deepEqual(error?.searched, ["/nonexistent/nats-server"]);
});

test("nats server binary is found through TROUPE_NATS_SERVER, then PATH", async (t) => {
  const dir = await scratchDir(t);
  const fake = await fakeBinary(dir, "exit 0");
  t.is(await resolveNatsServerBinary({ env: { TROUPE_NATS_SERVER: fake, PATH: "" } }), fake);
  t.is(await resolveNatsServerBinary({ env: { PATH: `/nonexistent:${dir}` } }), fake);
  await t.throwsAsync(resolveNatsServerBinary({ env: { TROUPE_NATS_SERVER: join(dir, "missing") } }), {
    instanceOf: NatsServerNotFoundError,
    message: /TROUPE_NATS_SERVER is not an executable file/,
  });
});

test("nats server start failure carries the tail of the server's log", async (t) => {
  const binary = await fakeBinary(await scratchDir(t), 'echo "[FTL] config is broken" >&2\nexit 3');
  const error = await t.throwsAsync(startNatsServer({ binary }), { instanceOf: NatsServerStartError });
  t.is(error?.code, "NATS_SERVER_START_FAILED");
  t.regex(error?.message ?? "", /exited with 3 while starting/);
  t.is(error?.logTail, "[FTL] config is broken");
});

test("nats server start times out when the server never becomes ready", async (t) => {
  const binary = await fakeBinary(await scratchDir(t), 'echo "stuck" >&2\nexec sleep 30');
  const error = await t.throwsAsync(startNatsServer({ binary, startTimeoutMs: 300 }), {
    instanceOf: NatsServerStartError,
  });
  t.regex(error?.message ?? "", /not ready with JetStream within 300ms/);
  t.regex(error?.message ?? "", /stuck/);
});

test("nats server reports a taken client port", async (t) => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  t.teardown(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  blocker.on("connection", (socket) => socket.destroy());
  const { port } = blocker.address() as AddressInfo;
  const error = await t.throwsAsync(startNatsServer({ port }), { instanceOf: NatsServerPortInUseError });
  t.is(error?.port, port);
});

test("nats server syncAlways needs 2.10 and fails clearly on older servers", async (t) => {
  const version = await natsServerVersion(await resolveNatsServerBinary());
  if (versionAtLeast(version, 2, 10)) {
    const server = await startNatsServer({ syncAlways: true });
    t.teardown(() => server.destroy());
    t.true(server.port > 0);
    return;
  }
  const error = await t.throwsAsync(startNatsServer({ syncAlways: true }), { instanceOf: NatsServerUnsupportedError });
  t.is(error?.code, "NATS_SERVER_UNSUPPORTED");
  t.regex(error?.message ?? "", new RegExp(`needs nats-server >= 2\\.10\\.0, but this one is ${version.text.replaceAll(".", "\\.")}`));
});

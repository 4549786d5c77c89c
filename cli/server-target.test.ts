import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { troupeHome, writeContext } from "./cluster/home.ts";
import { NoClusterError } from "./errors.ts";
import { resolveServerTarget } from "./server-target.ts";

async function tempDir(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), "troupe-target-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test("--server wins over $TROUPE_NATS_URL, which wins over the context file", async (t) => {
  const dir = await tempDir(t);
  const home = troupeHome({ TROUPE_HOME: dir });
  await writeContext(home, { natsUrl: "nats://from-context:1", pid: process.pid, startedAt: "", services: [] });
  const env = { TROUPE_HOME: dir, TROUPE_NATS_URL: "nats://from-env:1" };
  t.deepEqual(await resolveServerTarget("nats://from-flag:1", env), { url: "nats://from-flag:1", source: "--server", security: {} });
  t.deepEqual(await resolveServerTarget(undefined, env), { url: "nats://from-env:1", source: "$TROUPE_NATS_URL", security: {} });
  t.deepEqual(await resolveServerTarget(undefined, { TROUPE_HOME: dir }), { url: "nats://from-context:1", source: home.contextFile, security: {} });
});

test("the context's credentials (the admin's) are used, and $TROUPE_NATS_CREDS and $TROUPE_NATS_TLS_* win over them", async (t) => {
  const dir = await tempDir(t);
  const home = troupeHome({ TROUPE_HOME: dir });
  const natsSecurity = { credsFile: "/h/admin.creds", tls: { caFile: "/h/ca.crt", certFile: "/h/admin.crt", keyFile: "/h/admin.key" } };
  await writeContext(home, { natsUrl: "nats://from-context:1", pid: process.pid, startedAt: "", services: [], natsSecurity });
  t.deepEqual((await resolveServerTarget(undefined, { TROUPE_HOME: dir })).security, natsSecurity);
  const asAlice = await resolveServerTarget(undefined, { TROUPE_HOME: dir, TROUPE_NATS_CREDS: "/h/alice.creds" });
  t.deepEqual(asAlice.security, { ...natsSecurity, credsFile: "/h/alice.creds" });
});

test("without any of them the error says to run troupe up", async (t) => {
  const dir = await tempDir(t);
  const error = await t.throwsAsync(resolveServerTarget(undefined, { TROUPE_HOME: dir }), { instanceOf: NoClusterError });
  t.regex(error.message, /^no cluster found: run `troupe up`/);
});

test("a context whose supervisor is dead does not count as a cluster", async (t) => {
  const dir = await tempDir(t);
  const deadPid = spawnSync(process.execPath, ["-e", ""]).pid ?? 999_999;
  await writeContext(troupeHome({ TROUPE_HOME: dir }), { natsUrl: "nats://stale:1", pid: deadPid, startedAt: "", services: [] });
  const error = await t.throwsAsync(resolveServerTarget(undefined, { TROUPE_HOME: dir }), { instanceOf: NoClusterError });
  t.regex(error.message, /not running any more/);
});

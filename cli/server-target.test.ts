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
  t.deepEqual(await resolveServerTarget("nats://from-flag:1", env), { url: "nats://from-flag:1", source: "--server" });
  t.deepEqual(await resolveServerTarget(undefined, env), { url: "nats://from-env:1", source: "$TROUPE_NATS_URL" });
  t.deepEqual(await resolveServerTarget(undefined, { TROUPE_HOME: dir }), { url: "nats://from-context:1", source: home.contextFile });
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

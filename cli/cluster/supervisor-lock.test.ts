import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { ClusterAlreadyRunningError } from "./errors.ts";
import { troupeHome } from "./home.ts";
import { acquireSupervisorLock, lockHolder } from "./supervisor-lock.ts";

async function tempHome(t: { teardown(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), "troupe-home-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  return troupeHome({ TROUPE_HOME: dir });
}

/** The pid of a process that has exited, so it is surely not alive. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid ?? 999_999;
}

test("the lock records our pid and is released", async (t) => {
  const home = await tempHome(t);
  const lock = await acquireSupervisorLock(home);
  t.is((await readFile(home.lockFile, "utf8")).trim(), String(process.pid));
  t.is(await lockHolder(home), process.pid);
  await lock.release();
  t.is(await lockHolder(home), undefined);
});

test("a second supervisor in the same home is refused while the first lives", async (t) => {
  const home = await tempHome(t);
  const lock = await acquireSupervisorLock(home);
  t.teardown(() => lock.release());
  const error = await t.throwsAsync(acquireSupervisorLock(home), { instanceOf: ClusterAlreadyRunningError });
  t.is(error.pid, process.pid);
  t.regex(error.message, /already running in .*troupe-home-/);
});

test("a lock left by a dead supervisor is taken over", async (t) => {
  const home = await tempHome(t);
  await writeFile(home.lockFile, `${deadPid()}\n`);
  t.is(await lockHolder(home), undefined);
  const lock = await acquireSupervisorLock(home);
  t.is(await lockHolder(home), process.pid);
  await lock.release();
});

test("homes are independent", async (t) => {
  const [one, two] = [await tempHome(t), await tempHome(t)];
  const first = await acquireSupervisorLock(one);
  const second = await acquireSupervisorLock(two);
  await first.release();
  t.is(await lockHolder(one), undefined);
  t.is(await lockHolder(two), process.pid);
  await second.release();
});

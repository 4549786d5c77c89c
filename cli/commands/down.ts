// troupe down: stop the cluster of $TROUPE_HOME by asking its supervisor (SIGTERM), which stops
// the services and nats-server in order; after --timeout the whole process group is killed.
import { rm } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { ClusterNotRunningError } from "../cluster/errors.ts";
import { isProcessAlive, readContext, removeContext, troupeHome } from "../cluster/home.ts";
import { killGroup } from "../cluster/launcher.ts";
import { lockHolder } from "../cluster/supervisor-lock.ts";
import { parseDuration } from "../duration.ts";
import type { Invocation } from "../invocation.ts";

const POLL_MS = 50;

export async function run(invocation: Invocation): Promise<number> {
  const { flags, env, stdout } = invocation;
  const home = troupeHome(env);
  const timeoutMs = parseDuration(flags.string("timeout") ?? "30s", "timeout");
  const context = await readContext(home);
  const pid = (await lockHolder(home)) ?? context?.pid;
  if (pid === undefined) throw new ClusterNotRunningError(home.dir);
  if (!isProcessAlive(pid)) {
    // The supervisor died without cleaning up: end what is left of its process group.
    killGroup(pid);
    await removeContext(home);
    await rm(home.lockFile, { force: true });
    stdout.write(`The cluster in ${home.dir} was not running (its supervisor, pid ${pid}, had died); cleaned up.\n`);
    return 0;
  }

  const started = performance.now();
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(POLL_MS);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (isProcessAlive(pid)) {
    killGroup(pid);
    await removeContext(home);
    await rm(home.lockFile, { force: true });
    stdout.write(`The cluster in ${home.dir} did not stop within ${seconds}s; killed it (supervisor pid ${pid}).\n`);
    return 1;
  }
  stdout.write(`Stopped the cluster in ${home.dir} (supervisor pid ${pid}) in ${seconds}s.\n`);
  return 0;
}

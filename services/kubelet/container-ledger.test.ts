import test from "ava";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTAINER_TOKEN_ENV, ContainerLedger } from "./container-ledger.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleeper(env: Record<string, string>): number {
  const child = spawn("sh", ["-c", "sleep 60 & wait"], { detached: true, stdio: "ignore", env: { ...process.env, ...env } });
  child.unref();
  return child.pid ?? 0;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
}

test("a later kubelet reaps the process groups a killed one left, but never a pid that was reused", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-ledger-"));
  const ledger = new ContainerLedger(dir);
  const token = ledger.newToken();
  const left = sleeper({ [CONTAINER_TOKEN_ENV]: token });
  const stranger = sleeper({ [CONTAINER_TOKEN_ENV]: "someone-else" });
  ledger.record(left, token);
  ledger.record(stranger, ledger.newToken());
  await settle();
  t.true(alive(left) && alive(stranger));

  t.is(await new ContainerLedger(dir).reap(), 1);
  await settle();
  t.false(alive(left), "the recorded container's group is gone");
  t.true(alive(stranger), "a process without the recorded token is left alone");
  process.kill(-stranger, "SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

test("a container that ended is forgotten and not reaped", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "troupe-ledger-"));
  const ledger = new ContainerLedger(dir);
  const token = ledger.newToken();
  const pid = sleeper({ [CONTAINER_TOKEN_ENV]: token });
  ledger.record(pid, token);
  ledger.forget(token);
  await settle();
  t.is(await new ContainerLedger(dir).reap(), 0);
  t.true(alive(pid));
  process.kill(-pid, "SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

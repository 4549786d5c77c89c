// The process groups this kubelet started, kept in <kubelet dir>/containers.json. Containers run
// in their own process groups, so they outlive a kubelet killed with SIGKILL (a node "dying"
// here leaves its processes behind); the next kubelet on the node reaps them at start. A recorded
// pid is killed only if its environment still holds the token given to that container, so a
// reused pid is never touched.
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Logger } from "../../runtime/log.ts";

export const CONTAINER_TOKEN_ENV = "TROUPE_CONTAINER_TOKEN";

interface Entry {
  pid: number;
  token: string;
}

export class ContainerLedger {
  private readonly path: string;
  private readonly entries = new Map<string, Entry>();

  constructor(rootDir: string) {
    this.path = join(rootDir, "containers.json");
  }

  newToken(): string {
    return randomUUID();
  }

  record(pid: number | undefined, token: string): void {
    if (pid === undefined) return;
    this.entries.set(token, { pid, token });
    this.save();
  }

  forget(token: string): void {
    if (this.entries.delete(token)) this.save();
  }

  /** Kills the process groups a previous run of this kubelet left behind; returns how many. */
  async reap(logger?: Logger): Promise<number> {
    let previous: Entry[] = [];
    try {
      previous = JSON.parse(await readFile(this.path, "utf8")) as Entry[];
    } catch {
      return 0;
    }
    let reaped = 0;
    for (const entry of previous) {
      const environ = await readFile(`/proc/${entry.pid}/environ`, "utf8").catch(() => "");
      if (!environ.split("\0").includes(`${CONTAINER_TOKEN_ENV}=${entry.token}`)) continue;
      try {
        process.kill(-entry.pid, "SIGKILL");
        reaped++;
      } catch (error) {
        logger?.warn("could not reap a container left by a previous kubelet", { pid: entry.pid, error });
      }
    }
    this.save();
    return reaped;
  }

  /**
   * Written at once, synchronously: a kubelet killed right after starting a container must
   * already have it on record (an asynchronous write, queued behind busy fs threads, was seen to
   * lose that race). A few hundred bytes, once per container start and exit.
   */
  private save(): void {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const staging = `${this.path}.tmp`;
      writeFileSync(staging, JSON.stringify([...this.entries.values()]));
      renameSync(staging, this.path);
    } catch {
      // A full or read-only disk must not stop the kubelet; the reap is best effort.
    }
  }
}

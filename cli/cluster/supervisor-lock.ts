// One supervisor per $TROUPE_HOME: a pid file created exclusively. A file left behind by a
// supervisor that died is recognised (its pid is gone) and taken over.
import { open, readFile, rm } from "node:fs/promises";
import { ClusterAlreadyRunningError } from "./errors.ts";
import { isProcessAlive, type TroupeHome } from "./home.ts";

export interface SupervisorLock {
  release(): Promise<void>;
}

/** Pid of the live supervisor holding the lock, if any. */
export async function lockHolder(home: TroupeHome): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(home.lockFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : undefined;
}

export async function acquireSupervisorLock(home: TroupeHome): Promise<SupervisorLock> {
  for (;;) {
    try {
      const file = await open(home.lockFile, "wx");
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return { release: () => rm(home.lockFile, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = await lockHolder(home);
    if (holder !== undefined) throw new ClusterAlreadyRunningError(home.dir, holder);
    // Stale: its supervisor died without cleaning up, so take the lock over.
    await rm(home.lockFile, { force: true });
  }
}

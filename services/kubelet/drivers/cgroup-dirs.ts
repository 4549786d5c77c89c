// What both cgroup versions do the same way with a cgroup directory.
import { readFile, rmdir } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

const REMOVE_ATTEMPTS = 10;
const REMOVE_RETRY_MS = 50;

/** rmdir, retried while busy: killed processes leave the cgroup a moment after they are reaped. */
export async function removeCgroupDir(path: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rmdir(path);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return;
      if (code !== "EBUSY" || attempt === REMOVE_ATTEMPTS) throw error;
      await sleep(REMOVE_RETRY_MS);
    }
  }
}

/** SIGKILLs every pid a cgroup.procs file lists (those that left the process group too). */
export async function killCgroupProcesses(procsFile: string): Promise<void> {
  const text = await readFile(procsFile, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  for (const pid of text.split("\n").map(Number).filter((n) => n > 0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
}

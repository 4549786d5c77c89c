// The console's address is printed once it serves: it writes its URL to a file when listening
// (services/console/main.ts), and its login page must answer.
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { ClusterStartError } from "./errors.ts";

export interface WaitForConsoleOptions {
  urlFile: string;
  timeoutMs: number;
  abort: Promise<never>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(new URL("/login", url), { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

export async function waitForConsole(options: WaitForConsoleOptions): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const url = (await readFile(options.urlFile, "utf8").catch(() => "")).trim();
    if (url && (await Promise.race([answers(url), options.abort]))) return url;
    await Promise.race([sleep(100), options.abort]);
  }
  throw new ClusterStartError(`the console did not answer within ${options.timeoutMs / 1000}s (see its log, console.log)`);
}

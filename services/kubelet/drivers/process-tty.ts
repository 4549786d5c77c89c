// A terminal for a streamed exec without a pty library: util-linux `script` runs the command on a
// fresh pseudo-terminal and relays it over pipes (exit code kept with -e). A resize sets the size
// of that terminal (stty -F on the command's /dev/pts), and the kernel tells the command (SIGWINCH).
import { execFile } from "node:child_process";
import { readFile, readlink } from "node:fs/promises";

/** `command` run on its own pseudo-terminal. */
export function ttyArgv(command: string[]): string[] {
  return ["script", "--quiet", "--return", "--flush", "--command", command.map(shellQuote).join(" "), "/dev/null"];
}

const FIND_TTY_ATTEMPTS = 20;
const FIND_TTY_INTERVAL_MS = 50;

/** Sets the terminal size of the command `script` (process `scriptPid`) runs; false when it is gone. */
export async function resizeTty(scriptPid: number, size: { width: number; height: number }): Promise<boolean> {
  // kubectl sends the first size at once: script may not have forked its command yet.
  let tty = "";
  for (let attempt = 0; attempt < FIND_TTY_ATTEMPTS && !tty; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, FIND_TTY_INTERVAL_MS));
    tty = await commandTty(scriptPid);
  }
  if (!tty) return false;
  const [cols, rows] = [Math.max(1, Math.floor(size.width)), Math.max(1, Math.floor(size.height))];
  return new Promise((resolve) => execFile("stty", ["-F", tty, "cols", String(cols), "rows", String(rows)], (error) => resolve(!error)));
}

async function commandTty(scriptPid: number): Promise<string> {
  const children = (await readFile(`/proc/${scriptPid}/task/${scriptPid}/children`, "utf8").catch(() => "")).trim().split(/\s+/).filter(Boolean);
  if (children.length === 0) return "";
  const tty = await readlink(`/proc/${children[0]}/fd/0`).catch(() => "");
  return tty.startsWith("/dev/pts/") ? tty : "";
}

function shellQuote(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}

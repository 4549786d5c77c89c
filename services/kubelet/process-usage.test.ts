import test from "ava";
import { spawn } from "node:child_process";
import { parseProcStat, processGroupUsage } from "./process-usage.ts";

test("proc stat lines parse past a command holding spaces and parentheses", (t) => {
  const line = "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 100 10000000 300 18446744073709551615";
  t.deepEqual(parseProcStat(line), { pgid: 4242, cpuSeconds: 3, memoryBytes: 300 * 4096 });
});

test("process group usage sums a live group's processes and skips other groups", async (t) => {
  if (process.platform !== "linux") {
    t.log("skipped: /proc is Linux only");
    return t.pass();
  }
  const child = spawn("sh", ["-c", "sleep 30 & sleep 30"], { detached: true, stdio: "ignore" });
  t.teardown(() => process.kill(-(child.pid ?? 0), "SIGKILL"));
  const usage = await processGroupUsage(new Set([child.pid ?? 0]));
  t.true((usage.get(child.pid ?? 0)?.memoryBytes ?? 0) > 0);
  t.false(usage.has(process.pid));
});

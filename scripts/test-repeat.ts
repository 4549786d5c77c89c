// Runs the test suite (or the files matching the given patterns) N times and reports every test
// that failed even once, so a flaky test is found before it reaches CI.
//
//   npm run test:repeat -- 10                      the whole suite, 10 times
//   npm run test:repeat -- 5 test/mesh-*.test.ts   a subset
//   npm run test:repeat -- 5 --load                with a CPU-bound process on the other core
//
// Each run is ava's TAP output; a failure is a "not ok" line, a crash of the run itself (an
// uncaught exception, a timeout) is counted as a failure of that run. Exits 1 when anything failed.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface RepeatOptions {
  runs: number;
  patterns: string[];
  load: boolean;
}

function parseArgs(argv: string[]): RepeatOptions {
  const args = argv.filter((arg) => arg !== "--load");
  const runs = Number(args[0]);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`usage: npm run test:repeat -- N [--load] [pattern ...]  (N must be a positive integer, got ${JSON.stringify(args[0] ?? "")})`);
  }
  return { runs, patterns: args.slice(1), load: argv.includes("--load") };
}

/** A busy loop in its own process: keeps one core at 100% while the suite runs. */
function startCpuLoad(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) Math.sqrt(Math.random());"], { stdio: "ignore" });
}

interface RunResult {
  passed: number;
  failed: string[];
  exitCode: number;
  seconds: number;
}

async function runOnce(patterns: string[], logPath: string): Promise<RunResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [join("node_modules", "ava", "entrypoints", "cli.mjs"), "--tap", ...patterns], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI: "true" },
  });
  const log = createWriteStream(logPath);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  });
  child.stderr.on("data", (chunk: Buffer) => log.write(chunk));
  const exitCode = await new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  log.end();
  const lines = output.split("\n");
  const failed = lines.filter((line) => line.startsWith("not ok ")).map((line) => line.replace(/^not ok \d+ - /, ""));
  const passed = lines.filter((line) => /^ok \d+ /.test(line) && !/# SKIP/.test(line)).length;
  if (exitCode !== 0 && failed.length === 0) failed.push(`(the run itself failed with exit code ${exitCode}; see ${logPath})`);
  return { passed, failed, exitCode, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const logDir = await mkdtemp(join(tmpdir(), "troupe-test-repeat-"));
  const failures = new Map<string, number>();
  const load = options.load ? startCpuLoad() : undefined;
  try {
    for (let run = 1; run <= options.runs; run++) {
      const result = await runOnce(options.patterns, join(logDir, `run-${run}.tap`));
      console.log(`run ${run}/${options.runs}: ${result.passed} passed, ${result.failed.length} failed in ${result.seconds.toFixed(0)} s`);
      for (const title of result.failed) {
        console.log(`  ✘ ${title}`);
        failures.set(title, (failures.get(title) ?? 0) + 1);
      }
    }
  } finally {
    load?.kill("SIGKILL");
  }
  console.log(`\nlogs: ${logDir}`);
  if (failures.size === 0) {
    console.log(`no test failed in ${options.runs} runs${options.load ? " (with the other core busy)" : ""}`);
    return;
  }
  console.log(`tests that failed at least once in ${options.runs} runs:`);
  for (const [title, count] of [...failures].sort((a, b) => b[1] - a[1])) console.log(`  ${count}/${options.runs}  ${title}`);
  process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}

#!/usr/bin/env node
// The `troupe` command. Everything happens in runCli; this file only wires the process.
import { runCli } from "./run-cli.ts";

// `troupe get pods | head -1` closes our stdout early: stop quietly instead of crashing.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2));
// The command is done. Whatever still holds the event loop (a trace exporter retrying an
// unreachable collector, a library's stray timer) must not delay the exit; what was written to
// stdout is flushed first.
setTimeout(() => process.stdout.write("", () => process.exit()), 200).unref();

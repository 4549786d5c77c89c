// Runs one `troupe` command line: parse, trace, dispatch, report errors, clean up. Resolves
// to the exit code; nothing here calls process.exit, so output is never cut short.
import type { Readable, Writable } from "node:stream";
import { SpanStatusCode, trace } from "@opentelemetry/api";
import { ApiSession } from "./api-session.ts";
import { parseCommandLine, type CommandLine } from "./command-line.ts";
import { parseDuration } from "./duration.ts";
import { formatError, UsageError } from "./errors.ts";
import { commandHelp, generalHelp } from "./help.ts";
import type { Invocation } from "./invocation.ts";
import { resolveServerTarget } from "./server-target.ts";

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let line: CommandLine;
  try {
    line = parseCommandLine(argv);
  } catch (error) {
    io.stderr.write(`${formatError(error)}\n`);
    return 1;
  }
  if (line.kind === "help") {
    io.stdout.write(line.command ? commandHelp(line.command) : generalHelp());
    return 0;
  }
  const { command, flags, positionals } = line;
  let telemetry: { shutdown(): Promise<void> } | undefined;
  let session: ApiSession | undefined;
  try {
    telemetry = await startCliTelemetry(io.env);
    const timeout = flags.string("request-timeout");
    const requestTimeoutMs = timeout === undefined ? undefined : parseDuration(timeout, "request-timeout");
    if (requestTimeoutMs === 0) throw new UsageError("--request-timeout must be more than 0");
    const as = flags.string("as");
    const asGroups = flags.strings("as-group");
    if (asGroups.length > 0 && !as) throw new UsageError("--as-group needs --as: a group is impersonated together with a user");
    const caller = as ? { impersonate: { user: as, groups: asGroups } } : undefined;
    const apiSession = new ApiSession({ target: () => resolveServerTarget(flags.string("server"), io.env), timeoutMs: requestTimeoutMs, caller });
    session = apiSession;
    const invocation: Invocation = { ...io, flags, positionals, requestTimeoutMs, api: () => apiSession.client() };
    // One span per command, active while it runs, so the API's spans join the command's trace.
    return await trace.getTracer("troupe-cli").startActiveSpan(`troupe ${command.name}`, async (span) => {
      try {
        const code = await (await command.load()).run(invocation);
        if (code !== 0) span.setStatus({ code: SpanStatusCode.ERROR, message: `exit code ${code}` });
        return code;
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
  } catch (error) {
    io.stderr.write(`${formatError(error)}\n`);
    return 1;
  } finally {
    await session?.close();
    if (telemetry) await flushTelemetry(telemetry, io);
  }
}

const TELEMETRY_FLUSH_MS = 1000;

/** A trace collector that is down or slow costs a warning and at most a second, never the command. */
async function flushTelemetry(telemetry: { shutdown(): Promise<void> }, io: CliIo): Promise<void> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TELEMETRY_FLUSH_MS} ms`)), TELEMETRY_FLUSH_MS).unref());
  try {
    await Promise.race([telemetry.shutdown(), timeout]);
  } catch (error) {
    io.stderr.write(`warning: traces were not exported to ${io.env.OTEL_EXPORTER_OTLP_ENDPOINT}: ${(error as Error).message}\n`);
  }
}

/**
 * The SDK loads only when traces have somewhere to go: it costs over 100 ms of start-up, and
 * unexported CLI spans would leave the API's spans pointing at a parent no backend has.
 */
async function startCliTelemetry(env: Record<string, string | undefined>): Promise<{ shutdown(): Promise<void> } | undefined> {
  const otlpEndpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!otlpEndpoint) return undefined;
  const [{ startTelemetry }, { CLIENT_VERSION }] = await Promise.all([import("../runtime/telemetry.ts"), import("./client-version.ts")]);
  return await startTelemetry({ serviceName: "troupe-cli", serviceVersion: CLIENT_VERSION, otlpEndpoint });
}

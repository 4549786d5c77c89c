import { trace } from "@opentelemetry/api";
import test from "ava";
import { createLogger, InvalidLogLevelError, parseLogLevel } from "./log.ts";
import type { LoggerOptions } from "./log.ts";
import { startTelemetry } from "./telemetry.ts";

function capture(options: LoggerOptions = {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("api", { service: "troupe-api" }, {
    now: () => new Date("2026-11-21T10:00:00.000Z"),
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    ...options,
  });
  return { logger, lines };
}

test("logger writes one JSON object per line with time, level, component and message first", (t) => {
  const raw: string[] = [];
  const logger = createLogger("scheduler", {}, { write: (line) => raw.push(line), now: () => new Date(0) });
  logger.info("bound pod", { pod: "web-1" });
  t.is(raw.length, 1);
  t.false(raw[0].includes("\n"));
  t.deepEqual(Object.keys(JSON.parse(raw[0])), ["time", "level", "component", "msg", "pod"]);
  t.deepEqual(JSON.parse(raw[0]), {
    time: "1970-01-01T00:00:00.000Z",
    level: "info",
    component: "scheduler",
    msg: "bound pod",
    pod: "web-1",
  });
});

test("logger drops lines below its level", (t) => {
  const { logger, lines } = capture({ level: "warn" });
  logger.debug("noise");
  logger.info("noise");
  logger.warn("kept");
  logger.error("kept too");
  t.deepEqual(
    lines.map((l) => l.level),
    ["warn", "error"],
  );
});

test("child logger adds its fields without changing the parent", (t) => {
  const { logger, lines } = capture();
  logger.child({ actor_kind: "pod-worker" }).info("started");
  logger.info("plain");
  t.is(lines[0].actor_kind, "pod-worker");
  t.is(lines[0].service, "troupe-api");
  t.false("actor_kind" in lines[1]);
});

test("logger fields cannot overwrite the core keys", (t) => {
  const { logger, lines } = capture();
  logger.info("real", { msg: "fake", level: "error", component: "other" });
  t.is(lines[0].msg, "real");
  t.is(lines[0].level, "info");
  t.is(lines[0].component, "api");
});

test("logger serialises errors with name, message, code, stack and cause", (t) => {
  const { logger, lines } = capture();
  const cause = new Error("disk full");
  const error = Object.assign(new Error("write failed", { cause }), { code: "E_WRITE" });
  logger.error("persist failed", { error, count: 10n });
  const logged = lines[0].error as Record<string, unknown>;
  t.is(logged.name, "Error");
  t.is(logged.message, "write failed");
  t.is(logged.code, "E_WRITE");
  t.regex(String(logged.stack), /write failed/);
  t.is((logged.cause as Record<string, unknown>).message, "disk full");
  t.is(lines[0].count, "10");
});

test("logger survives circular fields", (t) => {
  const { logger, lines } = capture();
  const loop: Record<string, unknown> = { name: "loop" };
  loop.self = loop;
  logger.info("cycle", { loop });
  t.deepEqual(lines[0].loop, { name: "loop", self: "[Circular]" });
});

test.serial("logger adds trace and span ids while a span is active", async (t) => {
  const telemetry = await startTelemetry({ serviceName: "log-test", spanProcessors: [] });
  t.teardown(() => telemetry.shutdown());
  const { logger, lines } = capture();

  const ids = trace.getTracer("test").startActiveSpan("work", (span) => {
    logger.info("inside");
    span.end();
    return span.spanContext();
  });
  logger.info("outside");

  t.is(lines[0].trace_id, ids.traceId);
  t.is(lines[0].span_id, ids.spanId);
  t.false("trace_id" in lines[1]);
});

test("log level parsing accepts known levels and rejects others", (t) => {
  t.is(parseLogLevel(undefined, "warn"), "warn");
  t.is(parseLogLevel("", "info"), "info");
  t.is(parseLogLevel(" DEBUG "), "debug");
  const error = t.throws(() => parseLogLevel("verbose"), { instanceOf: InvalidLogLevelError });
  t.is(error?.code, "INVALID_LOG_LEVEL");
});

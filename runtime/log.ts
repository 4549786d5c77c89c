// Structured JSON-lines logging to stderr: one object per line so `jq`, Loki and friends can
// read any Troupe process's output, with the active trace attached so logs join traces.
import { trace } from "@opentelemetry/api";

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line, on top of this logger's fields. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Lines below this level are dropped. main.ts reads it from TROUPE_LOG_LEVEL. */
  level?: LogLevel;
  /** Where finished lines go (without the trailing newline); tests capture them. */
  write?: (line: string) => void;
  now?: () => Date;
}

export type ResolvedLoggerOptions = Required<LoggerOptions>;

export class InvalidLogLevelError extends Error {
  override name = "InvalidLogLevelError";
  readonly code = "INVALID_LOG_LEVEL";
  readonly value: string;
  constructor(value: string) {
    super(`unknown log level "${value}"; expected one of ${LOG_LEVELS.join(", ")}`);
    this.value = value;
  }
}

export function resolveLoggerOptions(options: LoggerOptions = {}): ResolvedLoggerOptions {
  return {
    level: options.level ?? "info",
    write: options.write ?? ((line) => process.stderr.write(`${line}\n`)),
    now: options.now ?? (() => new Date()),
  };
}

/** Parses a level from configuration text; empty means `fallback`, anything unknown throws. */
export function parseLogLevel(value: string | undefined, fallback: LogLevel = "info"): LogLevel {
  if (value === undefined || value.trim() === "") return fallback;
  const level = value.trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new InvalidLogLevelError(value);
  return level as LogLevel;
}

const RESERVED = new Set(["time", "level", "component", "msg", "trace_id", "span_id"]);

export function createLogger(component: string, fields: LogFields = {}, options: LoggerOptions = {}): Logger {
  return new JsonLogger(component, fields, resolveLoggerOptions(options));
}

class JsonLogger implements Logger {
  readonly level: LogLevel;
  readonly #component: string;
  readonly #fields: LogFields;
  readonly #options: ResolvedLoggerOptions;
  readonly #threshold: number;

  constructor(component: string, fields: LogFields, options: ResolvedLoggerOptions) {
    this.level = options.level;
    this.#component = component;
    this.#fields = fields;
    this.#options = options;
    this.#threshold = LOG_LEVELS.indexOf(options.level);
  }

  debug(msg: string, fields?: LogFields): void {
    this.#log("debug", msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.#log("info", msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.#log("warn", msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.#log("error", msg, fields);
  }

  child(fields: LogFields): Logger {
    return new JsonLogger(this.#component, { ...this.#fields, ...fields }, this.#options);
  }

  #log(level: LogLevel, msg: string, fields: LogFields | undefined): void {
    if (LOG_LEVELS.indexOf(level) < this.#threshold) return;
    const record: LogFields = { time: this.#options.now().toISOString(), level, component: this.#component, msg };
    // Core keys come first and cannot be overwritten, so every line is parseable the same way.
    for (const source of [this.#fields, fields ?? {}]) {
      for (const [key, value] of Object.entries(source)) {
        if (!RESERVED.has(key)) record[key] = value;
      }
    }
    const span = trace.getActiveSpan()?.spanContext();
    if (span && trace.isSpanContextValid(span)) {
      record.trace_id = span.traceId;
      record.span_id = span.spanId;
    }
    this.#options.write(stringify(record));
  }
}

/** Errors as plain objects: JSON.stringify would otherwise print `{}` for them. */
export function serializeError(error: Error): LogFields {
  const out: LogFields = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (error.stack) out.stack = error.stack;
  if (error.cause !== undefined) out.cause = error.cause;
  if (error instanceof AggregateError) out.errors = error.errors;
  return out;
}

function stringify(record: LogFields): string {
  const seen = new WeakSet<object>();
  // Logging must never throw, so cycles and bigints are rendered rather than rejected.
  return JSON.stringify(record, (_key, value: unknown) => {
    if (typeof value === "bigint") return value.toString();
    if (value instanceof Error) return serializeError(value);
    if (typeof value === "object" && value !== null) {
      if (seen.has(value)) return "[Circular]";
      seen.add(value);
    }
    return value;
  });
}

// Options of the span collector; main.ts fills them from the environment.
import { parseQuantity } from "../../runtime/quantity.ts";
import { DEFAULT_SPANS_MAX_AGE_MS, DEFAULT_SPANS_MAX_BYTES } from "../../runtime/spans/spans-stream.ts";
import { InvalidCollectorOptionsError } from "./errors.ts";

/** The standard OTLP/HTTP port. */
export const DEFAULT_COLLECTOR_PORT = 4318;

export interface CollectorOptions {
  /** OTLP/HTTP listen port; 0 picks a free one. */
  port?: number;
  host?: string;
  /** How long spans are kept in the stream. */
  maxAgeMs?: number;
  /** The stream's size bound; the oldest spans go first. */
  maxBytes?: number;
  /** Largest request body accepted (413 beyond). */
  maxBodyBytes?: number;
  /** OTLP/HTTP base endpoint every request is also forwarded to (Jaeger, an OpenTelemetry Collector). */
  upstreamEndpoint?: string;
  /** Timeout of one forward to the upstream. */
  upstreamTimeoutMs?: number;
}

export interface ResolvedCollectorOptions {
  port: number;
  host: string;
  maxAgeMs: number;
  maxBytes: number;
  maxBodyBytes: number;
  upstreamEndpoint: string | undefined;
  upstreamTimeoutMs: number;
}

export function resolveCollectorOptions(options: CollectorOptions = {}): ResolvedCollectorOptions {
  const resolved: ResolvedCollectorOptions = {
    port: options.port ?? DEFAULT_COLLECTOR_PORT,
    host: options.host ?? "127.0.0.1",
    maxAgeMs: options.maxAgeMs ?? DEFAULT_SPANS_MAX_AGE_MS,
    maxBytes: options.maxBytes ?? DEFAULT_SPANS_MAX_BYTES,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024 * 1024,
    upstreamEndpoint: options.upstreamEndpoint?.trim() || undefined,
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? 10_000,
  };
  if (!(Number.isInteger(resolved.port) && resolved.port >= 0 && resolved.port <= 65535)) throw new InvalidCollectorOptionsError("port", `must be a port number, not ${resolved.port}`);
  if (!(resolved.maxAgeMs >= 1000)) throw new InvalidCollectorOptionsError("maxAge", "must be at least 1s");
  if (!(Number.isInteger(resolved.maxBytes) && resolved.maxBytes >= 1024 * 1024)) throw new InvalidCollectorOptionsError("maxBytes", "must be at least 1Mi");
  if (!(resolved.maxBodyBytes > 0)) throw new InvalidCollectorOptionsError("maxBodyBytes", "must be > 0");
  return resolved;
}

const AGE_UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** TROUPE_SPANS_MAX_AGE: "90s", "30m", "1h", "1h30m", "7d", or a bare number of seconds. */
export function parseRetentionAge(text: string, option = "TROUPE_SPANS_MAX_AGE"): number {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let end = 0;
  for (let match = part.exec(value); match; match = part.exec(value)) {
    total += Number(match[1]) * AGE_UNIT_MS[match[2]];
    end = part.lastIndex;
  }
  if (value === "" || end !== value.length) {
    throw new InvalidCollectorOptionsError(option, `invalid duration "${text}": use units like 90s, 30m, 1h, 7d, or a number of seconds`);
  }
  return Math.round(total);
}

/** TROUPE_SPANS_MAX_BYTES: a byte count or a quantity ("256Mi", "1Gi"). */
export function parseRetentionBytes(text: string, option = "TROUPE_SPANS_MAX_BYTES"): number {
  let bytes: number;
  try {
    bytes = parseQuantity(text.trim());
  } catch {
    throw new InvalidCollectorOptionsError(option, `invalid size "${text}": use a number of bytes or a quantity like 256Mi, 1Gi`);
  }
  if (!Number.isFinite(bytes) || bytes <= 0) throw new InvalidCollectorOptionsError(option, `invalid size "${text}": must be positive`);
  return Math.round(bytes);
}

// Options of a Mesh (one NATS connection, one namespace, shared by the services it serves and
// the calls it makes) with their defaults. Environment variables are read in env.ts only.
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import type { BackoffOptions, ResolvedBackoffOptions } from "../backoff.ts";
import { resolveBackoffOptions } from "../backoff.ts";
import { createLogger } from "../log.ts";
import type { Logger } from "../log.ts";
import { createMetricsRegistry } from "../metrics.ts";
import type { CircuitBreakerOptions, ResolvedCircuitBreakerOptions } from "./circuit-breaker.ts";
import { resolveCircuitBreakerOptions } from "./circuit-breaker.ts";
import { checkNamespace } from "./names.ts";

export interface MeshCallDefaults {
  timeoutMs?: number;
  attempts?: number;
  /** Delays between attempts of idempotent calls (and of no-responders retries). */
  backoff?: BackoffOptions;
}

export interface DurableStreamOptions {
  /** Events older than this are dropped (default 7 days). */
  maxAgeMs?: number;
  /** The stream drops its oldest events beyond this size (default 1 GiB). */
  maxBytes?: number;
  /** JetStream replicas on a NATS cluster (default 1). */
  replicas?: number;
}

export interface MeshOptions {
  /** An open connection to use (the caller closes it); else one is made to `servers`. */
  nc?: NatsConnection;
  servers?: string | string[];
  /** NATS client name and the default `service` label of the registry (default "troupe-mesh"). */
  name?: string;
  /** The namespace this process serves in and calls by default (default "default"). */
  namespace?: string;
  calls?: MeshCallDefaults;
  /** One breaker per called service (namespace + name). */
  circuitBreaker?: CircuitBreakerOptions;
  durableStream?: DurableStreamOptions;
  /** Registry for the mesh metrics; by default a new one with the process metrics. */
  registry?: Registry;
  /** Distinct service/method label pairs of client metrics before they share "_other". */
  maxClientMetricSeries?: number;
  logger?: Logger;
  /**
   * The pod this process runs in (TROUPE_POD_NAME): with it, the calls served are reported every
   * `metricsReportIntervalMs` on troupe.metrics.v1.mesh.<namespace>.<pod> (custom metrics).
   */
  pod?: string;
  /** How often the mesh metrics report goes out (default 1000 ms); false: never. */
  metricsReportIntervalMs?: number | false;
  /**
   * The pod's ServiceAccount token file (TROUPE_SERVICE_ACCOUNT_TOKEN_FILE); without it the
   * standard path is used when it exists; false: never connect with a token.
   */
  tokenFile?: string | false;
}

export interface ResolvedMeshOptions {
  nc: NatsConnection | undefined;
  servers: string[];
  name: string;
  namespace: string;
  calls: { timeoutMs: number; attempts: number; backoff: ResolvedBackoffOptions };
  circuitBreaker: ResolvedCircuitBreakerOptions;
  durableStream: Required<DurableStreamOptions>;
  registry: Registry;
  maxClientMetricSeries: number;
  logger: Logger;
  tokenFile: string | false | undefined;
  pod: string | undefined;
  metricsReportIntervalMs: number | false;
}

export const DEFAULT_NAMESPACE = "default";
export const DEFAULT_METRICS_REPORT_INTERVAL_MS = 1000;
export const DEFAULT_NATS_URL = "nats://127.0.0.1:4222";

export function resolveMeshOptions(options: MeshOptions = {}): ResolvedMeshOptions {
  const name = options.name ?? "troupe-mesh";
  return {
    nc: options.nc,
    servers: options.servers === undefined ? [DEFAULT_NATS_URL] : [options.servers].flat(),
    name,
    namespace: checkNamespace(options.namespace ?? DEFAULT_NAMESPACE),
    calls: {
      timeoutMs: options.calls?.timeoutMs ?? 5_000,
      attempts: options.calls?.attempts ?? 3,
      backoff: resolveBackoffOptions({ baseMs: 20, maxMs: 1_000, factor: 2, jitter: 0.5, ...options.calls?.backoff }),
    },
    circuitBreaker: resolveCircuitBreakerOptions(options.circuitBreaker),
    durableStream: {
      maxAgeMs: options.durableStream?.maxAgeMs ?? 7 * 24 * 3600 * 1000,
      maxBytes: options.durableStream?.maxBytes ?? 1024 ** 3,
      replicas: options.durableStream?.replicas ?? 1,
    },
    registry: options.registry ?? createMetricsRegistry({ service: name }),
    maxClientMetricSeries: options.maxClientMetricSeries ?? 200,
    logger: options.logger ?? createLogger("mesh", { service: name }),
    tokenFile: options.tokenFile,
    pod: options.pod || undefined,
    metricsReportIntervalMs: options.metricsReportIntervalMs ?? DEFAULT_METRICS_REPORT_INTERVAL_MS,
  };
}

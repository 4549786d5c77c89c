// Runs the span collector: `node services/collector/main.ts`. Configuration from the environment:
//   TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_METRICS_PORT (0 = any free port),
//   TROUPE_METRICS_HOST (127.0.0.1), TROUPE_METRICS_PORT_FALLBACK (1: a free port when that one is
//   taken), TROUPE_LOG_LEVEL (info), TROUPE_COLLECTOR_PORT (4318: the OTLP/HTTP port),
//   TROUPE_COLLECTOR_HOST (127.0.0.1), TROUPE_SPANS_MAX_AGE (1h), TROUPE_SPANS_MAX_BYTES (256Mi),
//   TROUPE_COLLECTOR_UPSTREAM (an OTLP/HTTP endpoint every export is forwarded to, e.g. Jaeger's).
// The collector exports no spans of its own: they would come back to it (docs/trace-store.md).
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { COLLECTOR_SERVICE_NAME } from "../../runtime/subjects.ts";
import { CollectorService } from "./collector-service.ts";
import { parseRetentionAge, parseRetentionBytes } from "./options.ts";

const env = process.env;
const logger = createLogger("collector", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const registry = createMetricsRegistry({ service: COLLECTOR_SERVICE_NAME });

try {
  const options = {
    port: env.TROUPE_COLLECTOR_PORT ? Number(env.TROUPE_COLLECTOR_PORT) : undefined,
    host: env.TROUPE_COLLECTOR_HOST || undefined,
    maxAgeMs: env.TROUPE_SPANS_MAX_AGE ? parseRetentionAge(env.TROUPE_SPANS_MAX_AGE) : undefined,
    maxBytes: env.TROUPE_SPANS_MAX_BYTES ? parseRetentionBytes(env.TROUPE_SPANS_MAX_BYTES) : undefined,
    upstreamEndpoint: env.TROUPE_COLLECTOR_UPSTREAM,
  };
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: COLLECTOR_SERVICE_NAME, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const collector = await CollectorService.start({ nc, registry, logger }, options);
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => !nc.isClosed(), live: () => !nc.isClosed() },
  });
  logger.info("collector started", {
    otlp: collector.endpoint,
    maxAgeMs: collector.options.maxAgeMs,
    maxBytes: collector.options.maxBytes,
    upstream: collector.upstream?.url,
    metrics: `${health.url}/metrics`,
  });
  drainOnSignals(nc, { logger, beforeDrain: [() => collector.stop()], onShutdown: [() => health.close()] });
} catch (error) {
  logger.error("collector failed to start", { error: error as Error });
  process.exit(1);
}

// Runs the scheduler service: `node services/scheduler/main.ts`. Configuration from the environment:
//   TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_METRICS_PORT (0 = any free port),
//   TROUPE_METRICS_HOST (127.0.0.1), TROUPE_LOG_LEVEL (info), TROUPE_STATE_REPLICAS (1),
//   TROUPE_SCHEDULER_NAME (leader election identity; default <hostname>-<pid>),
//   TROUPE_SCHEDULER_MULTI_ZONE (on | off: the InterPodAffinity and PodTopologySpread plugins; default on),
//   OTEL_EXPORTER_OTLP_ENDPOINT (traces exported over OTLP/HTTP when set).
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { SCHEDULER_SERVICE_NAME as SERVICE_NAME } from "../../runtime/subjects.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { SchedulerService } from "./scheduler-service.ts";

const env = process.env;
const logger = createLogger("scheduler", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: SERVICE_NAME, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: SERVICE_NAME });

try {
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: SERVICE_NAME, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const scheduler = await SchedulerService.start(
    { nc, registry, logger },
    { identity: env.TROUPE_SCHEDULER_NAME, stateReplicas: env.TROUPE_STATE_REPLICAS ? Number(env.TROUPE_STATE_REPLICAS) : undefined, multiZonePlugins: env.TROUPE_SCHEDULER_MULTI_ZONE !== "off" },
  );
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => scheduler.ready, live: () => !nc.isClosed() },
  });
  logger.info("scheduler started", { identity: scheduler.options.identity, metrics: `${health.url}/metrics` });
  // The lease is released while NATS is still there, so a standby takes over at once.
  drainOnSignals(nc, { logger, beforeDrain: [() => scheduler.stop()], onShutdown: [() => health.close(), () => telemetry.shutdown()] });
} catch (error) {
  logger.error("scheduler failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

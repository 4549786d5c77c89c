// Runs the controller manager: `node services/controllers/main.ts`. Configuration from the
// environment: TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_METRICS_PORT (0 = any free port),
// TROUPE_METRICS_HOST (127.0.0.1), TROUPE_LOG_LEVEL (info), TROUPE_STATE_REPLICAS (1),
// TROUPE_CONTROLLER_MANAGER_NAME (leader election identity; default <hostname>-<pid>),
// TROUPE_NODE_GRACE_MS (4000), TROUPE_DEFAULT_TOLERATION_SECONDS (5),
// TROUPE_ENDPOINT_UPDATES_BATCH_PERIOD_MS (0: --endpoint-updates-batch-period),
// TROUPE_HPA_SYNC_PERIOD (15s: --horizontal-pod-autoscaler-sync-period; "1s", "500ms" or seconds),
// TROUPE_VPA_INTERVAL (10s: how often the VPA recommender reads usage; same forms),
// TROUPE_VPA_HALF_LIFE (24h as 86400 or "1440m": the half-life of its usage histograms),
// TROUPE_CLUSTER_AUTOSCALER_CONFIG (a JSON file of node groups: runs the cluster autoscaler,
// docs/autoscaling.md), TROUPE_CLUSTER_CA_FILE (PEM of the cluster CA: the kube-root-ca.crt ConfigMap of every namespace),
// TROUPE_TEST_CLOCK_START (RFC 3339) and TROUPE_TEST_CLOCK_RATE (e.g. 60: a minute per second),
// for tests only: the CronJob controller's clock starts there and runs that much faster,
// OTEL_EXPORTER_OTLP_ENDPOINT (traces exported over OTLP/HTTP when set).
import { parseSyncPeriod } from "./horizontal-pod-autoscaler/sync-period.ts";
import { realClock, scaledClock } from "../../runtime/clock.ts";
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { CONTROLLER_MANAGER_SERVICE_NAME as SERVICE_NAME } from "../../runtime/subjects.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { ControllerManager } from "./controller-manager.ts";
import { readClusterAutoscalerConfig } from "./cluster-autoscaler/read-config.ts";

const env = process.env;
const optionalNumber = (value: string | undefined) => (value ? Number(value) : undefined);
const logger = createLogger("controllers", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: SERVICE_NAME, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: SERVICE_NAME });

try {
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: SERVICE_NAME, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const controllers = await ControllerManager.start({ nc, registry, logger }, {
    identity: env.TROUPE_CONTROLLER_MANAGER_NAME,
    clusterCaFile: env.TROUPE_CLUSTER_CA_FILE || undefined,
    stateReplicas: optionalNumber(env.TROUPE_STATE_REPLICAS),
    endpointUpdatesBatchPeriodMs: optionalNumber(env.TROUPE_ENDPOINT_UPDATES_BATCH_PERIOD_MS),
    hpaSyncPeriodMs: env.TROUPE_HPA_SYNC_PERIOD ? parseSyncPeriod(env.TROUPE_HPA_SYNC_PERIOD) : undefined,
    vpaIntervalMs: env.TROUPE_VPA_INTERVAL ? parseSyncPeriod(env.TROUPE_VPA_INTERVAL, "TROUPE_VPA_INTERVAL") : undefined,
    vpaHalfLifeMs: env.TROUPE_VPA_HALF_LIFE ? parseSyncPeriod(env.TROUPE_VPA_HALF_LIFE, "TROUPE_VPA_HALF_LIFE") : undefined,
    clusterAutoscaler: env.TROUPE_CLUSTER_AUTOSCALER_CONFIG ? await readClusterAutoscalerConfig(env.TROUPE_CLUSTER_AUTOSCALER_CONFIG) : undefined,
    cronJobClock: env.TROUPE_TEST_CLOCK_START || env.TROUPE_TEST_CLOCK_RATE
      ? scaledClock({ startMs: env.TROUPE_TEST_CLOCK_START ? Date.parse(env.TROUPE_TEST_CLOCK_START) : undefined, rate: optionalNumber(env.TROUPE_TEST_CLOCK_RATE) })
      : realClock,
    nodeLifecycle: { gracePeriodMs: optionalNumber(env.TROUPE_NODE_GRACE_MS), defaultTolerationSeconds: optionalNumber(env.TROUPE_DEFAULT_TOLERATION_SECONDS) },
  });
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => controllers.ready, live: () => !nc.isClosed() },
  });
  logger.info("controller manager started", { identity: controllers.options.identity, metrics: `${health.url}/metrics` });
  // The lease is released while NATS is still there, so a standby takes over at once.
  drainOnSignals(nc, { logger, beforeDrain: [() => controllers.stop()], onShutdown: [() => health.close(), () => telemetry.shutdown()] });
} catch (error) {
  logger.error("controller manager failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

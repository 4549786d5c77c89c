// Runs the API service: `node services/api/main.ts`. Configuration from the environment:
//   TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_METRICS_PORT (0 = any free port),
//   TROUPE_METRICS_HOST (127.0.0.1), TROUPE_METRICS_PORT_FALLBACK (1: a free port when that one
//   is taken, as `troupe up` sets for every service), TROUPE_LOG_LEVEL (info), TROUPE_STATE_REPLICAS (1),
//   TROUPE_SERVICE_CIDR (127.77.0.0/16), TROUPE_SERVICE_NODE_PORT_RANGE (30000-32767),
//   TROUPE_WATCH_WINDOW_REVISIONS (0: watches may start at any revision the state log holds),
//   TROUPE_ENCRYPTION_CONFIG (EncryptionConfiguration file for Secrets at rest; unset: unencrypted,
//   with a warning), TROUPE_API_IDENTITYLESS_USER (admin | anonymous: who a request on the
//   identity-less subjects is; `troupe up` sets anonymous), TROUPE_NATS_AUTHORITY_FILE (NATS authority
//   seeds JSON: createToken mints ServiceAccount tokens), TROUPE_API_SERVICE_ACCOUNT_ADMISSION (1: pods get
//   their ServiceAccount and its token volume), 
//   TROUPE_AUDIT (off: no audit log),
//   TROUPE_AUDIT_POLICY (audit.k8s.io/v1 Policy file; unset: the built-in policy),
//   TROUPE_AUDIT_MAX_AGE_SECONDS (604800), TROUPE_AUDIT_MAX_BYTES (268435456),
//   TROUPE_API_MAX_INFLIGHT (200: seats the flow control priority levels share; 0 turns flow control
//   off), TROUPE_API_QUEUE_WAIT_MS (2000: longest wait in a flow control queue before a 429),
//   TROUPE_API_REQUEST_TIMEOUT_MS (60000: a request not finished by then is answered 504 and frees
//   its seats), OTEL_EXPORTER_OTLP_ENDPOINT (traces exported over OTLP/HTTP when set).
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { startHealthServer } from "../../runtime/health-server.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { API_SERVICE_NAME } from "../../runtime/subjects.ts";
import { ApiService } from "./api-service.ts";

const env = process.env;

function identitylessUser(value: string | undefined): "admin" | "anonymous" | undefined {
  if (value === undefined || value === "") return undefined;
  if (value === "admin" || value === "anonymous") return value;
  throw new Error(`TROUPE_API_IDENTITYLESS_USER: Unsupported value: "${value}": supported values: "admin", "anonymous"`);
}
function nonNegativeInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name}: Invalid value: "${value}": must be a non-negative integer`);
  return parsed;
}
function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name}: Invalid value: "${value}": must be a positive integer`);
  return number;
}
const logger = createLogger("api", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: API_SERVICE_NAME, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: API_SERVICE_NAME });

try {
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: API_SERVICE_NAME, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const api = await ApiService.start({ nc, registry, logger }, {
    replicas: Number(env.TROUPE_STATE_REPLICAS ?? 1),
    serviceCidr: env.TROUPE_SERVICE_CIDR || undefined,
    nodePortRange: env.TROUPE_SERVICE_NODE_PORT_RANGE || undefined,
    encryptionConfig: env.TROUPE_ENCRYPTION_CONFIG || undefined,
    watchWindowRevisions: env.TROUPE_WATCH_WINDOW_REVISIONS ? Number(env.TROUPE_WATCH_WINDOW_REVISIONS) : undefined,
    identitylessUser: identitylessUser(env.TROUPE_API_IDENTITYLESS_USER),
    flowControl: {
      maxInflight: nonNegativeInteger("TROUPE_API_MAX_INFLIGHT", env.TROUPE_API_MAX_INFLIGHT),
      queueWaitMs: nonNegativeInteger("TROUPE_API_QUEUE_WAIT_MS", env.TROUPE_API_QUEUE_WAIT_MS),
      requestTimeoutMs: nonNegativeInteger("TROUPE_API_REQUEST_TIMEOUT_MS", env.TROUPE_API_REQUEST_TIMEOUT_MS),
    },
    natsAuthorityFile: env.TROUPE_NATS_AUTHORITY_FILE || undefined,
    serviceAccountAdmission: env.TROUPE_API_SERVICE_ACCOUNT_ADMISSION === "1",
    audit: env.TROUPE_AUDIT !== "off",
    auditPolicyFile: env.TROUPE_AUDIT_POLICY || undefined,
    auditMaxAgeSeconds: positive("TROUPE_AUDIT_MAX_AGE_SECONDS", env.TROUPE_AUDIT_MAX_AGE_SECONDS),
    auditMaxBytes: positive("TROUPE_AUDIT_MAX_BYTES", env.TROUPE_AUDIT_MAX_BYTES),
  });
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => api.isReady(), live: () => !nc.isClosed() },
  });
  logger.info("api ready", { metrics: `${health.url}/metrics`, instanceId: api.options.instanceId });
  drainOnSignals(nc, {
    logger,
    onShutdown: [() => api.stop(), () => health.close(), () => telemetry.shutdown()],
  });
} catch (error) {
  logger.error("api failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

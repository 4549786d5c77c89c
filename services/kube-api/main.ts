// Runs the Kubernetes REST front end: `node services/kube-api/main.ts`. Configuration from the
// environment: TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_KUBE_API_HOST (127.0.0.1),
// TROUPE_KUBE_API_PORT (6443; 0 = any free port), TROUPE_KUBE_API_PORT_FALLBACK (1: when the
// port is taken, use any free one), TROUPE_KUBE_API_URL_FILE (where to write the URL it serves
// on, for `troupe up`), TROUPE_KUBE_API_TLS_CERT_FILE and
// TROUPE_KUBE_API_TLS_KEY_FILE (PEM, required), TROUPE_KUBE_API_CLIENT_CA_FILE (PEM, optional),
// TROUPE_KUBE_API_AUTHENTICATE (1: authenticate every caller and speak for them; see
// docs/security.md), TROUPE_KUBE_API_TOKEN_ISSUER_KEYS (public nkeys of bearer token issuers),
// TROUPE_METRICS_PORT (0), TROUPE_METRICS_HOST (127.0.0.1), TROUPE_LOG_LEVEL (info),
// OTEL_EXPORTER_OTLP_ENDPOINT (traces over OTLP/HTTP when set).
import { readFile, writeFile } from "node:fs/promises";
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { KUBE_API_SERVICE_NAME } from "../../runtime/subjects.ts";
import { KubeApiServer } from "./kube-api-server.ts";

const env = process.env;
const logger = createLogger("kube-api", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: KUBE_API_SERVICE_NAME, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: KUBE_API_SERVICE_NAME });

function required(name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set: the front end serves HTTPS only and needs a certificate and key (PEM files)`);
  return value;
}

try {
  const tlsCert = await readFile(required("TROUPE_KUBE_API_TLS_CERT_FILE"), "utf8");
  const tlsKey = await readFile(required("TROUPE_KUBE_API_TLS_KEY_FILE"), "utf8");
  const clientCa = env.TROUPE_KUBE_API_CLIENT_CA_FILE ? await readFile(env.TROUPE_KUBE_API_CLIENT_CA_FILE, "utf8") : undefined;
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: KUBE_API_SERVICE_NAME, logger });
  observeNatsConnection(nc, registry);
  const server = await KubeApiServer.start({ nc, registry, logger }, {
    host: env.TROUPE_KUBE_API_HOST || undefined,
    port: env.TROUPE_KUBE_API_PORT === undefined ? undefined : Number(env.TROUPE_KUBE_API_PORT),
    tlsCert, tlsKey, clientCa,
    portFallback: env.TROUPE_KUBE_API_PORT_FALLBACK === "1",
    authenticate: env.TROUPE_KUBE_API_AUTHENTICATE === "1",
    tokenIssuerKeys: (env.TROUPE_KUBE_API_TOKEN_ISSUER_KEYS ?? "").split(",").map((key) => key.trim()).filter(Boolean),
  });
  if (env.TROUPE_KUBE_API_URL_FILE) await writeFile(env.TROUPE_KUBE_API_URL_FILE, `${server.url}\n`);
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => !nc.isClosed(), live: () => !nc.isClosed() },
  });
  logger.info("kube-api ready", { url: server.url, metrics: `${health.url}/metrics` });
  drainOnSignals(nc, { logger, onShutdown: [() => server.close(), () => health.close(), () => telemetry.shutdown()] });
} catch (error) {
  logger.error("kube-api failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

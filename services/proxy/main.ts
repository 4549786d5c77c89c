// Runs one node's service proxy: `node services/proxy/main.ts`. Configuration from the environment:
//   TROUPE_NATS_URL (nats://127.0.0.1:4222), TROUPE_NODE_NAME (default: the host name),
//   TROUPE_NODE_ADDRESS (127.0.0.1: where NodePort and LoadBalancer services listen),
//   TROUPE_PROXY_CONNECT_TIMEOUT_MS (1000), TROUPE_METRICS_PORT (0 = any free port),
//   TROUPE_METRICS_HOST (127.0.0.1), TROUPE_LOG_LEVEL (info), TROUPE_STATE_REPLICAS (1),
//   TROUPE_CLUSTER_DNS (127.77.0.10:53: where cluster DNS answers; "off" = none),
//   TROUPE_CLUSTER_DOMAIN (cluster.local),
//   TROUPE_INGRESS_PORT (8080: where the ingress serves HTTP on the node address; "off" = none),
//   OTEL_EXPORTER_OTLP_ENDPOINT (traces exported over OTLP/HTTP when set).
import { hostname } from "node:os";
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { PROXY_SERVICE_NAME as SERVICE_NAME } from "../../runtime/subjects.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { startProxyFromEnv } from "./proxy-from-env.ts";

const env = process.env;
const nodeName = env.TROUPE_NODE_NAME || hostname();
const logger = createLogger("proxy", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: SERVICE_NAME, resourceAttributes: { "k8s.node.name": nodeName }, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: SERVICE_NAME });

try {
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: `${SERVICE_NAME}-${nodeName}`, logger, asyncTraces: false });
  observeNatsConnection(nc, registry);
  const proxy = await startProxyFromEnv({ nc, registry, logger }, nodeName, env);
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => proxy.ready, live: () => !nc.isClosed() },
  });
  logger.info("proxy started", { node: nodeName, nodeAddress: proxy.options.nodeAddress, metrics: `${health.url}/metrics` });
  drainOnSignals(nc, { logger, beforeDrain: [() => proxy.stop()], onShutdown: [() => health.close(), () => telemetry.shutdown()] });
} catch (error) {
  logger.error("proxy failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

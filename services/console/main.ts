// Runs the web console: `node services/console/main.ts`. Configuration from the environment:
//   TROUPE_NATS_URL, TROUPE_CONSOLE_PORT (0 = any free port), TROUPE_CONSOLE_HOST (127.0.0.1),
//   TROUPE_CONSOLE_URL_FILE (where to write the address once listening),
//   TROUPE_CONSOLE_TOKEN_ISSUER_KEYS (public nkeys whose bearer tokens may log in, comma-separated),
//   TROUPE_CONSOLE_CONTEXT_FILE (troupe up's context.json: the /metrics targets) or
//   TROUPE_CONSOLE_METRICS_TARGETS (name=url,...), TROUPE_CONSOLE_SCRAPE_MS (3000),
//   TROUPE_METRICS_PORT, TROUPE_LOG_LEVEL, OTEL_EXPORTER_OTLP_ENDPOINT.
import { writeFile } from "node:fs/promises";
import { JsonApiClient } from "../../runtime/api-client.ts";
import { startHealthServer } from "../../runtime/health-server.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { connectNats, drainOnSignals } from "../../runtime/nats-connection.ts";
import { observeNatsConnection } from "../../runtime/nats-connection-metrics.ts";
import { CONSOLE_SERVICE_NAME as SERVICE_NAME } from "../../runtime/subjects.ts";
import { startTelemetry } from "../../runtime/telemetry.ts";
import { ClusterView } from "./cluster-view.ts";
import { startConsoleServer } from "./http-server.ts";
import { checkLogin } from "./login.ts";
import { MetricsScraper } from "./metrics-scraper.ts";
import { createConsoleMetrics } from "./metrics.ts";
import { contextMetricsTargets, parseMetricsTargets, resolveConsoleOptions } from "./options.ts";
import { SessionStore } from "./sessions.ts";

const env = process.env;
const logger = createLogger("console", {}, { level: parseLogLevel(env.TROUPE_LOG_LEVEL) });
const telemetry = await startTelemetry({ serviceName: SERVICE_NAME, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const registry = createMetricsRegistry({ service: SERVICE_NAME });

try {
  const options = resolveConsoleOptions({
    port: Number(env.TROUPE_CONSOLE_PORT ?? 0),
    host: env.TROUPE_CONSOLE_HOST || undefined,
    issuerKeys: (env.TROUPE_CONSOLE_TOKEN_ISSUER_KEYS ?? "").split(",").filter(Boolean),
    contextFile: env.TROUPE_CONSOLE_CONTEXT_FILE || undefined,
    metricsTargets: parseMetricsTargets(env.TROUPE_CONSOLE_METRICS_TARGETS),
    scrapeIntervalMs: env.TROUPE_CONSOLE_SCRAPE_MS ? Number(env.TROUPE_CONSOLE_SCRAPE_MS) : undefined,
  });
  const nc = await connectNats({ servers: env.TROUPE_NATS_URL ?? "nats://127.0.0.1:4222", name: SERVICE_NAME, logger });
  observeNatsConnection(nc, registry);
  const client = new JsonApiClient(nc, { timeoutMs: 10_000 });
  const view = new ClusterView();
  await view.start(client, logger);
  const contextFile = options.contextFile;
  const scraper = new MetricsScraper({
    targets: async () => [...options.metricsTargets, ...(contextFile ? await contextMetricsTargets(contextFile) : [])],
    intervalMs: options.scrapeIntervalMs,
    logger,
  });
  scraper.start();
  const consoleServer = await startConsoleServer(
    { nc, view, scraper, sessions: new SessionStore(), metrics: createConsoleMetrics(registry), logger, checkLogin: (token) => checkLogin(token, { issuerKeys: options.issuerKeys, client }) },
    { host: options.host, port: options.port },
  );
  if (env.TROUPE_CONSOLE_URL_FILE) await writeFile(env.TROUPE_CONSOLE_URL_FILE, `${consoleServer.url}\n`);
  const health = await startHealthServer({
    port: Number(env.TROUPE_METRICS_PORT ?? 0),
    portFallback: env.TROUPE_METRICS_PORT_FALLBACK === "1",
    host: env.TROUPE_METRICS_HOST ?? "127.0.0.1",
    registry,
    checks: { ready: () => true, live: () => !nc.isClosed() },
  });
  logger.info("console started", { url: consoleServer.url, metrics: `${health.url}/metrics` });
  drainOnSignals(nc, {
    logger,
    beforeDrain: [() => { scraper.stop(); view.stop(); consoleServer.server.closeAllConnections(); consoleServer.server.close(); }],
    onShutdown: [() => health.close(), () => telemetry.shutdown()],
  });
} catch (error) {
  logger.error("console failed to start", { error });
  await telemetry.shutdown();
  process.exit(1);
}

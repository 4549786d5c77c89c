// The API service as its own process on a NATS connection authenticated with a creds file
// (BENCH_NATS_CREDS), for benchmarks against an operator-mode nats-server. Options from the same
// environment as services/api/main.ts (TROUPE_AUDIT, TROUPE_AUDIT_POLICY); requests on the
// identity-less subjects are anonymous, as under `troupe up`.
import { readFile } from "node:fs/promises";
import { connect, credsAuthenticator } from "@nats-io/transport-node";
import { createLogger } from "../../runtime/log.ts";
import { startHealthServer } from "../../runtime/health-server.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { ApiService } from "../../services/api/api-service.ts";

const env = process.env;
const creds = await readFile(env.BENCH_NATS_CREDS ?? "");
const nc = await connect({ servers: env.TROUPE_NATS_URL, authenticator: credsAuthenticator(creds) });
const registry = createMetricsRegistry({ service: "troupe-api" });
const api = await ApiService.start(
  { nc, registry, logger: createLogger("api", {}, { level: "warn" }) },
  { audit: env.TROUPE_AUDIT !== "off", auditPolicyFile: env.TROUPE_AUDIT_POLICY || undefined, identitylessUser: "anonymous" },
);
const health = await startHealthServer({ port: Number(env.TROUPE_METRICS_PORT ?? 0), host: "127.0.0.1", registry, checks: { ready: () => api.isReady(), live: () => !nc.isClosed() } });
process.once("SIGTERM", () => void api.stop().then(() => health.close()).then(() => nc.drain()).then(() => process.exit(0)));

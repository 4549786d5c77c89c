// A real nats-server (random port, temp store) with the API service running in this process,
// and a JSON client: the fixture of the API integration tests.
import { connect, type NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { JsonApiClient, type ApiClientOptions } from "../../runtime/api-client.ts";
import { bindConnectionIdentity } from "../../runtime/auth/connection-identity.ts";
import { encodeIdentityToken } from "../../runtime/auth/identity-token.ts";
import type { UserInfo } from "../../runtime/auth/user-info.ts";
import { createLogger } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { startNatsServer, type NatsServerHandle } from "../../runtime/nats-server.ts";
import { ApiService } from "../../services/api/api-service.ts";
import type { ApiServiceOptions } from "../../services/api/options.ts";

export interface ApiTestCluster {
  server: NatsServerHandle;
  nc: NatsConnection;
  api: ApiService;
  client: JsonApiClient;
  registry: Registry;
  /** A client on its own connection that speaks for `user` (its identity token bound to the
   * connection). Without NATS authentication nothing stops a caller claiming any token: tests
   * use this to act as users; `troupe up` makes the NATS server enforce it (docs/security.md). */
  clientAs(user: UserInfo, options?: ApiClientOptions): Promise<JsonApiClient>;
  /** Starts another API replica on its own connection (same queue group). */
  startReplica(options?: ApiServiceOptions): Promise<{ api: ApiService; nc: NatsConnection }>;
  stop(): Promise<void>;
}

export async function startApiTestCluster(options: ApiServiceOptions = {}): Promise<ApiTestCluster> {
  const server = await startNatsServer();
  const connections: NatsConnection[] = [];
  const services: ApiService[] = [];
  const logger = createLogger("api-test", {}, { level: "error" });
  const connectClient = async () => {
    const nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    connections.push(nc);
    return nc;
  };
  const startReplica = async (replicaOptions: ApiServiceOptions = options) => {
    const nc = await connectClient();
    const api = await ApiService.start({ nc, registry: createMetricsRegistry({ service: "troupe-api" }), logger }, replicaOptions);
    services.push(api);
    return { api, nc };
  };
  const registry = createMetricsRegistry({ service: "troupe-api" });
  const apiNc = await connectClient();
  const api = await ApiService.start({ nc: apiNc, registry, logger }, options);
  services.push(api);
  const nc = await connectClient();
  const clientAs = async (user: UserInfo, clientOptions: ApiClientOptions = {}) => {
    const userNc = await connectClient();
    bindConnectionIdentity(userNc, encodeIdentityToken(user));
    return new JsonApiClient(userNc, { timeoutMs: 5000, ...clientOptions });
  };
  return {
    server, nc, api, registry, startReplica, clientAs,
    client: new JsonApiClient(nc, { timeoutMs: 5000 }),
    async stop() {
      for (const service of services) await service.stop().catch(() => undefined);
      for (const connection of connections) await connection.close().catch(() => undefined);
      await server.destroy();
    },
  };
}

/** Loads the objects of a YAML file under examples/. */
export async function loadExample(path: string): Promise<Record<string, unknown>[]> {
  const { readFile } = await import("node:fs/promises");
  const { parseAllDocuments } = await import("yaml");
  const text = await readFile(new URL(`../../examples/${path}`, import.meta.url), "utf8");
  return parseAllDocuments(text).map((document) => document.toJS() as Record<string, unknown>);
}

/** True when every field of `expected` is present in `actual` with the same value. */
export function containsFields(actual: unknown, expected: unknown, path = ""): string[] {
  if (expected === null || typeof expected !== "object") {
    return actual === expected ? [] : [`${path || "<root>"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected array of ${expected.length}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((item, index) => containsFields(actual[index], item, `${path}[${index}]`));
  }
  if (actual === null || typeof actual !== "object") return [`${path}: expected object, got ${JSON.stringify(actual)}`];
  return Object.entries(expected).flatMap(([key, value]) => containsFields((actual as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key));
}

// A nats-server in operator mode (the cluster's NATS authority, test/nats-authority.test.ts) with
// the API running in this process as a minted admin user, given the authority file so it can
// mint ServiceAccount tokens: the fixture of the tests where a pod's token meets the real server.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, credsAuthenticator, jwtAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { JsonApiClient } from "../../runtime/api-client.ts";
import { bindConnectionIdentity } from "../../runtime/auth/connection-identity.ts";
import { inboxPrefixFor } from "../../runtime/auth/inbox-prefix.ts";
import { createNatsAuthority, natsServerAuthConfig, type NatsAuthoritySeeds } from "../../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../../runtime/auth/nats-user-credentials.ts";
import { INSECURE_ADMIN } from "../../runtime/auth/user-info.ts";
import { createLogger } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import { startNatsServer, type NatsServerHandle } from "../../runtime/nats-server.ts";
import { identityTokenOfJwt } from "../../runtime/mesh/service-account.ts";
import { ApiService } from "../../services/api/api-service.ts";
import type { ApiServiceOptions } from "../../services/api/options.ts";

export interface SecuredCluster {
  server: NatsServerHandle;
  seeds: NatsAuthoritySeeds;
  dir: string;
  authorityFile: string;
  /** An admin's creds (every subject): what control-plane roles connect with here. */
  adminCreds: Uint8Array;
  adminNc: NatsConnection;
  api: ApiService;
  /** An admin client (identity-less subjects: the API's insecure admin). */
  client: JsonApiClient;
  /** Connects with a pod's bearer token as the SDK does (identity inboxes, identity bound). */
  connectWithToken(token: string): Promise<NatsConnection>;
  connectAdmin(): Promise<NatsConnection>;
  stop(): Promise<void>;
}

export async function startSecuredCluster(options: ApiServiceOptions = {}): Promise<SecuredCluster> {
  const seeds = createNatsAuthority();
  const admin = await mintUserCredentials(seeds, INSECURE_ADMIN, { pub: { allow: [">"] }, sub: { allow: [">"] } });
  const server = await startNatsServer({ extraConfig: await natsServerAuthConfig(seeds), probeConnectOptions: { authenticator: credsAuthenticator(admin.creds) } });
  const dir = await mkdtemp(join(tmpdir(), "troupe-secured-"));
  const authorityFile = join(dir, "authority.json");
  await writeFile(authorityFile, JSON.stringify(seeds), { mode: 0o600 });
  const connections: NatsConnection[] = [];
  const track = (nc: NatsConnection) => (connections.push(nc), nc);
  const connectAdmin = async () => track(await connect({ servers: server.url, authenticator: credsAuthenticator(admin.creds), maxReconnectAttempts: -1, reconnectTimeWait: 100 }));
  const apiNc = await connectAdmin();
  const api = await ApiService.start({ nc: apiNc, registry: createMetricsRegistry({ service: "troupe-api" }), logger: createLogger("api-test", {}, { level: "error" }) }, { natsAuthorityFile: authorityFile, ...options });
  const adminNc = await connectAdmin();
  return {
    server, seeds, dir, authorityFile, adminCreds: admin.creds, adminNc, api,
    client: new JsonApiClient(adminNc, { timeoutMs: 5000 }),
    connectAdmin,
    async connectWithToken(token) {
      const identityToken = identityTokenOfJwt(token);
      const nc = track(await connect({ servers: server.url, authenticator: jwtAuthenticator(token), inboxPrefix: inboxPrefixFor(identityToken), reconnect: false }));
      bindConnectionIdentity(nc, identityToken);
      return nc;
    },
    async stop() {
      await api.stop().catch(() => undefined);
      for (const nc of connections) await nc.close().catch(() => undefined);
      await server.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

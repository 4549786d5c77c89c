// A whole cluster with NATS as `troupe up` secures it: nats-server in operator mode with the
// authority and role credentials the supervisor makes (cli/cluster/cluster-nats-security.ts),
// every role process on its own least-privilege credentials, and the server's log in a file so a
// test can look for Permissions Violations.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect, type ConnectionOptions, type NatsConnection } from "@nats-io/transport-node";
import { prepareClusterNatsSecurity, type ClusterNatsSecurity } from "../../cli/cluster/cluster-nats-security.ts";
import { ensureClusterPki } from "../../cli/cluster/cluster-pki.ts";
import { troupeHome, type TroupeHome } from "../../cli/cluster/home.ts";
import { bindSecureConnection, secureConnectionOptions, type NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { startWorkloadCluster, type WorkloadCluster, type WorkloadClusterOptions } from "./workload-cluster.ts";

export interface SecureCluster extends WorkloadCluster {
  home: TroupeHome;
  nats: ClusterNatsSecurity;
  /** nats-server's log so far. */
  serverLog(): Promise<string>;
  /** The server log's Permissions Violation lines. */
  violations(): Promise<string[]>;
  /** A connection made with `security` (no reconnects: a refused client fails at once). */
  connectWith(security: NatsClientSecurity, name: string, extra?: Partial<ConnectionOptions>): Promise<NatsConnection>;
}

export async function startSecureCluster(options: WorkloadClusterOptions = {}): Promise<SecureCluster> {
  const dir = await mkdtemp(join(tmpdir(), "troupe-secure-"));
  const home = troupeHome({ TROUPE_HOME: dir });
  // Credentials for two nodes more than the cluster starts with, for tests that add nodes.
  const pki = await ensureClusterPki(home, "secure-test");
  const nats = await prepareClusterNatsSecurity(home, (options.nodes ?? 3) + 2, { ca: pki.ca });
  const serverLogFile = join(dir, "nats-server.log");
  const connections: NatsConnection[] = [];
  let cluster: WorkloadCluster;
  try {
    cluster = await startWorkloadCluster({ ...options, security: { nats, serverLog: serverLogFile } });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const serverLog = () => readFile(serverLogFile, "utf8").catch(() => "");
  return {
    ...cluster,
    home,
    nats,
    serverLog,
    violations: async () => (await serverLog()).split("\n").filter((line) => line.includes("Permissions Violation") || line.includes("Publish Violation") || line.includes("Subscription Violation")),
    async connectWith(security, name, extra = {}) {
      const secure = await secureConnectionOptions(security);
      const nc = await connect({ ...secure.options, servers: cluster.server.url, name, reconnect: false, timeout: 3000, ...extra });
      connections.push(nc);
      return bindSecureConnection(nc, secure);
    },
    async stop() {
      for (const nc of connections) await nc.close().catch(() => undefined);
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// What `troupe up` makes for NATS security, made for a cluster it does not run (Docker Compose,
// deploy/compose.secure.yaml): the authority, every role's credentials, the cluster CA with the
// server's and every role's certificate, and a complete nats-server configuration, laid out under
// one directory as under $TROUPE_HOME (docs/deploy.md, "NATS authentication and mutual TLS").
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { prepareClusterNatsSecurity } from "./cluster-nats-security.ts";
import { ensureClusterPki } from "./cluster-pki.ts";
import { troupeHome } from "./home.ts";

export interface SecureInitOptions {
  /** Where everything goes (a volume the services mount read-only). */
  dir: string;
  /** Nodes node-1 .. node-N get kubelet credentials. */
  nodes: number;
  /** nats-server's JetStream store and the rest of its configuration. */
  storeDir: string;
  serverName: string;
  syncAlways: boolean;
  clusterName: string;
}

/** The nats-server configuration file it writes, relative to `dir`. */
export const SECURE_SERVER_CONFIG = join("nats", "nats-server.conf");

export async function secureInit(options: SecureInitOptions): Promise<string> {
  const home = troupeHome({ TROUPE_HOME: options.dir });
  const pki = await ensureClusterPki(home, options.clusterName);
  const security = await prepareClusterNatsSecurity(home, options.nodes, { ca: pki.ca });
  const config = [
    `server_name: ${options.serverName}`,
    "port: 4222",
    "http_port: 8222",
    "max_payload: 8MB",
    "jetstream {",
    `  store_dir: ${JSON.stringify(options.storeDir)}`,
    ...(options.syncAlways ? ["  sync_interval: always"] : []),
    "}",
    await security.serverConfig(),
  ].join("\n");
  const path = join(options.dir, SECURE_SERVER_CONFIG);
  await writeFile(path, config, { mode: 0o600 });
  return path;
}

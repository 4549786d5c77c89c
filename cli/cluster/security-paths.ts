// Where a local cluster keeps its keys and certificates under $TROUPE_HOME. Paths only, so the
// CLI's start-up (which needs them to pick credentials) loads no crypto code.
import { join } from "node:path";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import type { TroupeHome } from "./home.ts";

export function pkiDir(home: TroupeHome): string {
  return join(home.dir, "pki");
}

export function natsTlsDir(home: TroupeHome): string {
  return join(pkiDir(home), "nats");
}

/** The cluster CA (cli/cluster/cluster-pki.ts): NATS certificates come from it too. */
export function natsCaFile(home: TroupeHome): string {
  return join(pkiDir(home), "ca.crt");
}

export function userDir(home: TroupeHome, name: string): string {
  return join(home.dir, "users", name);
}

export interface ClusterUserFiles {
  dir: string;
  credsFile: string;
  certFile: string;
  keyFile: string;
  kubeconfigFile: string;
}

export function clusterUserFiles(home: TroupeHome, name: string): ClusterUserFiles {
  const dir = userDir(home, name);
  return { dir, credsFile: join(dir, `${name}.creds`), certFile: join(dir, `${name}.crt`), keyFile: join(dir, `${name}.key`), kubeconfigFile: join(dir, "kubeconfig") };
}

/** How the CLI connects as a user `troupe create user` made (its credentials, the CA, its client certificate). */
export function clusterUserSecurity(home: TroupeHome, name: string): NatsClientSecurity {
  const files = clusterUserFiles(home, name);
  return { credsFile: files.credsFile, tls: { caFile: natsCaFile(home), certFile: files.certFile, keyFile: files.keyFile } };
}

// $TROUPE_HOME/kubeconfig: what `KUBECONFIG=... kubectl` (and client libraries, Helm) need to
// reach the cluster's Kubernetes front end: its URL, the cluster CA, the admin's client
// certificate, and a context named after the cluster.
import { chmod, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringify } from "yaml";
import type { PemPair } from "../../runtime/pki/certificates.ts";
import type { TroupeHome } from "./home.ts";

export function kubeconfigPath(home: TroupeHome): string {
  return join(home.dir, "kubeconfig");
}

const base64 = (text: string) => Buffer.from(text).toString("base64");

export function kubeconfigYaml(clusterName: string, serverUrl: string, ca: PemPair, user: PemPair, userName = "troupe-admin"): string {
  return stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: clusterName, cluster: { server: serverUrl, "certificate-authority-data": base64(ca.certPem) } }],
    users: [{ name: userName, user: { "client-certificate-data": base64(user.certPem), "client-key-data": base64(user.keyPem) } }],
    contexts: [{ name: clusterName, context: { cluster: clusterName, user: userName, namespace: "default" } }],
    "current-context": clusterName,
    preferences: {},
  });
}

export async function writeKubeconfig(home: TroupeHome, yaml: string): Promise<string> {
  const path = kubeconfigPath(home);
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, yaml, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
  return path;
}


// The credentials of a local cluster under $TROUPE_HOME/pki (files 0600): the cluster CA, the
// Kubernetes front end's serving certificate, and the admin's client certificate the kubeconfig
// carries. Made on the first `troupe up`, reused after; a serving certificate near its end is
// renewed.
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { X509Certificate } from "node:crypto";
import { join } from "node:path";
import { createCertificateAuthority, issueCertificate, type PemPair } from "../../runtime/pki/certificates.ts";
import type { TroupeHome } from "./home.ts";
import { pkiDir } from "./security-paths.ts";

const OWNER_ONLY = 0o600;
const RENEW_BEFORE_MS = 30 * 86_400_000;
/** The names the Kubernetes front end answers to: local addresses and Kubernetes' in-cluster names. */
const SERVING_DNS_NAMES = ["localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"];
const SERVING_IPS = ["127.0.0.1", "::1"];

export interface ClusterPki {
  dir: string;
  ca: PemPair;
  caCertFile: string;
  kubeApi: PemPair;
  kubeApiCertFile: string;
  kubeApiKeyFile: string;
  admin: PemPair;
}


async function readPair(dir: string, name: string): Promise<PemPair | undefined> {
  try {
    return { certPem: await readFile(join(dir, `${name}.crt`), "utf8"), keyPem: await readFile(join(dir, `${name}.key`), "utf8") };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function writeSecretFile(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: OWNER_ONLY });
  await chmod(temporary, OWNER_ONLY);
  await rename(temporary, path);
}

async function writePair(dir: string, name: string, pair: PemPair): Promise<PemPair> {
  await writeSecretFile(join(dir, `${name}.crt`), pair.certPem);
  await writeSecretFile(join(dir, `${name}.key`), pair.keyPem);
  return pair;
}

function stillGood(pair: PemPair | undefined, ca: PemPair): pair is PemPair {
  if (!pair) return false;
  const cert = new X509Certificate(pair.certPem);
  return cert.verify(new X509Certificate(ca.certPem).publicKey) && Date.parse(cert.validTo) - Date.now() > RENEW_BEFORE_MS;
}

/** The cluster CA `troupe up` made, or undefined before the first start. */
export function readClusterCa(home: TroupeHome): Promise<PemPair | undefined> {
  return readPair(pkiDir(home), "ca");
}

export async function ensureClusterPki(home: TroupeHome, clusterName: string): Promise<ClusterPki> {
  const dir = pkiDir(home);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const ca = (await readPair(dir, "ca")) ?? (await writePair(dir, "ca", await createCertificateAuthority(`${clusterName}-ca`)));
  let kubeApi = await readPair(dir, "kube-api");
  if (!stillGood(kubeApi, ca)) {
    kubeApi = await writePair(dir, "kube-api", await issueCertificate(ca, { commonName: "kube-api", dnsNames: SERVING_DNS_NAMES, ipAddresses: SERVING_IPS, usage: "server" }));
  }
  let admin = await readPair(dir, "admin");
  if (!stillGood(admin, ca)) {
    admin = await writePair(dir, "admin", await issueCertificate(ca, { commonName: "troupe-admin", organizations: ["system:masters"], usage: "client" }));
  }
  return { dir, ca, caCertFile: join(dir, "ca.crt"), kubeApi, kubeApiCertFile: join(dir, "kube-api.crt"), kubeApiKeyFile: join(dir, "kube-api.key"), admin };
}

// Mutual TLS for every NATS connection of a local cluster: the server's certificate and one client
// certificate per role, from the cluster CA, under $TROUPE_HOME/pki/nats/ (0600). nats-server
// requires TLS and a client certificate that chains to the CA (`verify: true`); the clients check
// the server's against the same CA. Each certificate is renewed at two thirds of its lifetime:
// files are replaced atomically, nats-server reloads on SIGHUP, clients read the files again when
// they reconnect; established connections are not dropped.
import { X509Certificate } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { issueCertificate, type PemPair } from "../../runtime/pki/certificates.ts";
import type { NatsClientTls } from "../../runtime/nats-client-security.ts";
import { roleUser } from "../../runtime/auth/role-permissions.ts";
import { natsCaFile, natsTlsDir } from "./security-paths.ts";
import type { TroupeHome } from "./home.ts";
import { writeSecretFile, type RoleCredentials } from "./nats-credentials.ts";

/** How long a NATS client certificate lives unless told otherwise; renewed after two thirds of it. */
export const DEFAULT_NATS_CERT_DAYS = 90;
/** The server's lives four times longer: renewing it makes nats-server 2.9 drop every client
 * for a moment (docs/security.md), so it happens rarely and at a known time. */
export const SERVER_LIFETIME_FACTOR = 4;
const SERVER_DNS_NAMES = ["localhost", "nats"];
const SERVER_IPS = ["127.0.0.1", "::1"];
/** Seconds the server waits for a client's TLS handshake. */
const TLS_HANDSHAKE_TIMEOUT_S = 5;


/** One certificate nats-server or a client presents. */
export interface NatsCertificateSpec {
  /** File name under pki/nats/ (`server`, or the role's credentials name). */
  name: string;
  commonName: string;
  organizations: string[];
  usage: "server" | "client";
}

export const NATS_SERVER_CERTIFICATE = "server";

export function natsCertificateSpecs(roles: RoleCredentials[]): NatsCertificateSpec[] {
  const specs: NatsCertificateSpec[] = [{ name: NATS_SERVER_CERTIFICATE, commonName: "nats-server", organizations: [], usage: "server" }];
  for (const { name, role } of roles) {
    if (role.role === "user") continue;
    const user = roleUser(role);
    specs.push({ name, commonName: user.username, organizations: user.groups.filter((group) => group !== "system:authenticated"), usage: "client" });
  }
  return specs;
}

export function natsCertificateFiles(home: TroupeHome, name: string): { certFile: string; keyFile: string } {
  const dir = natsTlsDir(home);
  return { certFile: join(dir, `${name}.crt`), keyFile: join(dir, `${name}.key`) };
}

export function natsClientTls(home: TroupeHome, name: string): NatsClientTls {
  return { caFile: natsCaFile(home), ...natsCertificateFiles(home, name) };
}

/** Renewal is due at two thirds of the lifetime (as cert-manager's default renewBefore does). */
export function renewalDue(validity: { notBefore: Date; notAfter: Date }, now: Date): boolean {
  const lifetime = validity.notAfter.getTime() - validity.notBefore.getTime();
  return now.getTime() >= validity.notBefore.getTime() + (lifetime * 2) / 3;
}

/** When renewal of a certificate is due. */
export function renewalTime(validity: { notBefore: Date; notAfter: Date }): Date {
  const lifetime = validity.notAfter.getTime() - validity.notBefore.getTime();
  return new Date(validity.notBefore.getTime() + (lifetime * 2) / 3);
}

export interface CertificateStatus {
  name: string;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  /** Does it chain to the CA it should? */
  issuedByCa: boolean;
}

export async function readCertificateStatus(certFile: string, name: string, ca: PemPair): Promise<CertificateStatus | undefined> {
  let pem: string;
  try {
    pem = await readFile(certFile, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const cert = new X509Certificate(pem);
  const commonName = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1] ?? "";
  return { name, commonName, notBefore: new Date(cert.validFrom), notAfter: new Date(cert.validTo), issuedByCa: cert.verify(new X509Certificate(ca.certPem).publicKey) };
}

/** Issues `spec` anew from `ca`: key first, then the certificate, each replaced atomically. */
export async function issueNatsCertificate(home: TroupeHome, ca: PemPair, spec: NatsCertificateSpec, days = DEFAULT_NATS_CERT_DAYS): Promise<void> {
  await mkdir(natsTlsDir(home), { recursive: true, mode: 0o700 });
  const pair = await issueCertificate(ca, {
    commonName: spec.commonName,
    organizations: spec.organizations,
    usage: spec.usage,
    days: spec.usage === "server" ? days * SERVER_LIFETIME_FACTOR : days,
    ...(spec.usage === "server" ? { dnsNames: SERVER_DNS_NAMES, ipAddresses: SERVER_IPS } : {}),
  });
  const files = natsCertificateFiles(home, spec.name);
  await writeSecretFile(files.keyFile, pair.keyPem);
  await writeSecretFile(files.certFile, pair.certPem);
}

/** Issues every certificate that is missing, not from `ca`, or due for renewal; returns their names. */
export async function ensureNatsCertificates(home: TroupeHome, ca: PemPair, specs: NatsCertificateSpec[], now = new Date(), days = DEFAULT_NATS_CERT_DAYS): Promise<string[]> {
  const issued: string[] = [];
  for (const spec of specs) {
    const status = await readCertificateStatus(natsCertificateFiles(home, spec.name).certFile, spec.name, ca);
    if (status && status.issuedByCa && !renewalDue(status, now)) continue;
    await issueNatsCertificate(home, ca, spec, days);
    issued.push(spec.name);
  }
  return issued;
}

/** nats-server's tls block: TLS required, client certificates verified against the cluster CA. */
export function natsServerTlsConfig(home: TroupeHome): string {
  const server = natsCertificateFiles(home, NATS_SERVER_CERTIFICATE);
  return [
    "tls {",
    `  cert_file: ${JSON.stringify(server.certFile)}`,
    `  key_file: ${JSON.stringify(server.keyFile)}`,
    `  ca_file: ${JSON.stringify(natsCaFile(home))}`,
    "  verify: true",
    `  timeout: ${TLS_HANDSHAKE_TIMEOUT_S}`,
    "}",
    "",
  ].join("\n");
}

// Rotating the NATS certificates of a local cluster (`troupe certs rotate`, and the supervisor
// before expiry): each certificate under $TROUPE_HOME/pki/nats/ is issued again from the same CA
// with the same subject; nats-server reloads its own on SIGHUP without dropping a connection, and
// clients read theirs again on their next (re)connect. Rotating client certificates stops nothing;
// the server's makes nats-server 2.9 drop its clients for a moment (they reconnect at once).
import { X509Certificate } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type { PemPair } from "../../runtime/pki/certificates.ts";
import type { TroupeHome } from "./home.ts";
import { DEFAULT_NATS_CERT_DAYS, issueNatsCertificate, NATS_SERVER_CERTIFICATE, natsCertificateFiles, readCertificateStatus, renewalTime, type CertificateStatus, type NatsCertificateSpec } from "./nats-tls.ts";
import { natsTlsDir } from "./security-paths.ts";

export class UnknownCertificateError extends Error {
  override readonly name = "UnknownCertificateError";
}

/** Every certificate under pki/nats/, by name, oldest renewal first. */
export async function listNatsCertificates(home: TroupeHome, ca: PemPair): Promise<CertificateStatus[]> {
  let names: string[];
  try {
    names = (await readdir(natsTlsDir(home))).filter((file) => file.endsWith(".crt")).map((file) => file.slice(0, -".crt".length));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const statuses: CertificateStatus[] = [];
  for (const name of names.sort()) {
    const status = await readCertificateStatus(natsCertificateFiles(home, name).certFile, name, ca);
    if (status) statuses.push(status);
  }
  return statuses;
}

/** What an existing certificate was issued for, so it can be issued again the same. */
async function specOf(home: TroupeHome, name: string): Promise<NatsCertificateSpec> {
  const cert = new X509Certificate(await readFile(natsCertificateFiles(home, name).certFile));
  const fields = cert.subject.split("\n");
  const commonName = fields.find((field) => field.startsWith("CN="))?.slice(3) ?? name;
  const organizations = fields.filter((field) => field.startsWith("O=")).map((field) => field.slice(2));
  return { name, commonName, organizations, usage: name === NATS_SERVER_CERTIFICATE ? "server" : "client" };
}

export interface RotationResult {
  rotated: string[];
  /** Whether the server's own certificate is among them (nats-server must reload). */
  serverRotated: boolean;
}

/** Issues `names` (or every certificate) again from `ca`. */
export async function rotateNatsCertificates(home: TroupeHome, ca: PemPair, names: string[] | "all", days = DEFAULT_NATS_CERT_DAYS): Promise<RotationResult> {
  const existing = (await listNatsCertificates(home, ca)).map((status) => status.name);
  const wanted = names === "all" ? existing : names;
  for (const name of wanted) {
    if (!existing.includes(name)) throw new UnknownCertificateError(`no NATS certificate named "${name}" under ${natsTlsDir(home)}: see \`troupe certs list\``);
  }
  for (const name of wanted) await issueNatsCertificate(home, ca, await specOf(home, name), days);
  return { rotated: wanted, serverRotated: wanted.includes(NATS_SERVER_CERTIFICATE) };
}

/** Certificates whose renewal is due at `now` (two thirds of their lifetime, or not from `ca`). */
export function dueForRenewal(statuses: CertificateStatus[], now: Date): string[] {
  return statuses.filter((status) => !status.issuedByCa || renewalTime(status) <= now).map((status) => status.name);
}

/** When to look again: the earliest renewal, within [minMs, maxMs] from now. */
export function nextRenewalCheckMs(statuses: CertificateStatus[], now: Date, minMs = 1000, maxMs = 3_600_000): number {
  const earliest = Math.min(...statuses.map((status) => renewalTime(status).getTime()));
  if (!Number.isFinite(earliest)) return maxMs;
  return Math.min(maxMs, Math.max(minMs, earliest - now.getTime()));
}

export interface CertificateRenewerOptions {
  home: TroupeHome;
  ca: PemPair;
  /** Lifetime of renewed certificates. */
  days?: number;
  /** After renewing: nats-server reloads (its own certificate and the CA). */
  reload: () => Promise<void>;
  log: (line: string) => void;
}

/** The supervisor's renewal loop; the returned function stops it. */
export function startCertificateRenewer(options: CertificateRenewerOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = async () => {
    try {
      const statuses = await listNatsCertificates(options.home, options.ca);
      const due = dueForRenewal(statuses, new Date());
      if (due.length > 0) {
        const result = await rotateNatsCertificates(options.home, options.ca, due, options.days);
        if (result.serverRotated) await options.reload();
        options.log(`renewed NATS certificates before expiry: ${due.join(", ")}`);
      }
      schedule(nextRenewalCheckMs(await listNatsCertificates(options.home, options.ca), new Date()));
    } catch (error) {
      options.log(`NATS certificate renewal failed: ${(error as Error).message}; trying again in a minute`);
      schedule(60_000);
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void check(), ms);
    timer.unref();
  };
  void check();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

// How a Troupe process authenticates to NATS: a .creds file (user JWT + nkey seed, minted by the
// cluster's authority) and mutual TLS with certificates from the cluster CA (docs/security.md,
// "NATS authentication, permissions and mutual TLS"). Both are files read again at every
// (re)connect, so rotated credentials and certificates are picked up without a restart. The NATS
// and JWT modules load only when connecting: the CLI reads this file's environment at start-up.
import { readFileSync } from "node:fs";
import type { ConnectionOptions, NatsConnection } from "@nats-io/transport-node";
import { bindConnectionIdentity } from "./auth/connection-identity.ts";
import { bindConnectionPermissions } from "./auth/connection-permissions.ts";
import type { SubjectPermissions } from "./auth/nats-user-credentials.ts";
import { inboxPrefixFor } from "./auth/inbox-prefix.ts";

export interface NatsClientTls {
  /** The cluster CA: the server's certificate must chain to it. */
  caFile: string;
  /** This client's certificate and key (mutual TLS). */
  certFile?: string;
  keyFile?: string;
}

export interface NatsClientSecurity {
  credsFile?: string;
  tls?: NatsClientTls;
}

/** The environment every Troupe process reads (set by `troupe up` and the compose init step). */
export const NATS_SECURITY_ENV = {
  creds: "TROUPE_NATS_CREDS",
  tlsCa: "TROUPE_NATS_TLS_CA",
  tlsCert: "TROUPE_NATS_TLS_CERT",
  tlsKey: "TROUPE_NATS_TLS_KEY",
} as const;

export function natsClientSecurityFromEnv(env: Record<string, string | undefined>): NatsClientSecurity {
  const security: NatsClientSecurity = {};
  if (env[NATS_SECURITY_ENV.creds]) security.credsFile = env[NATS_SECURITY_ENV.creds];
  const caFile = env[NATS_SECURITY_ENV.tlsCa];
  if (caFile) {
    security.tls = { caFile };
    if (env[NATS_SECURITY_ENV.tlsCert]) security.tls.certFile = env[NATS_SECURITY_ENV.tlsCert];
    if (env[NATS_SECURITY_ENV.tlsKey]) security.tls.keyFile = env[NATS_SECURITY_ENV.tlsKey];
  }
  return security;
}

/** The same, as environment variables for a child process. */
export function natsClientSecurityEnv(security: NatsClientSecurity): Record<string, string> {
  const env: Record<string, string> = {};
  if (security.credsFile) env[NATS_SECURITY_ENV.creds] = security.credsFile;
  if (security.tls) {
    env[NATS_SECURITY_ENV.tlsCa] = security.tls.caFile;
    if (security.tls.certFile) env[NATS_SECURITY_ENV.tlsCert] = security.tls.certFile;
    if (security.tls.keyFile) env[NATS_SECURITY_ENV.tlsKey] = security.tls.keyFile;
  }
  return env;
}

export interface SecureConnectionOptions {
  options: Partial<ConnectionOptions>;
  /** The identity token the credentials speak for; bind it to the connection once it is open. */
  identityToken: string | undefined;
  /** What the credentials' user JWT allows; bound with the identity (runtime/auth/connection-permissions.ts). */
  permissions?: SubjectPermissions;
}

/**
 * The nats.js options for `security`: the creds authenticator (re-reading the file), the
 * identity's own inbox prefix (its JWT lets it subscribe only there; JetStream consumers and KV
 * watches take the prefix from the connection too) and the TLS files.
 */
export async function secureConnectionOptions(security: NatsClientSecurity): Promise<SecureConnectionOptions> {
  const options: Partial<ConnectionOptions> = {};
  let identityToken: string | undefined;
  let permissions: SubjectPermissions | undefined;
  if (security.credsFile) {
    const [{ credsAuthenticator }, { identityTokenOfCreds, permissionsOfCreds }] = await Promise.all([import("@nats-io/transport-node"), import("./auth/nats-user-credentials.ts")]);
    const file = security.credsFile;
    identityToken = await identityTokenOfCreds(readFileSync(file));
    permissions = await permissionsOfCreds(readFileSync(file));
    options.authenticator = credsAuthenticator(() => readFileSync(file));
    if (identityToken) options.inboxPrefix = inboxPrefixFor(identityToken);
  }
  if (security.tls) {
    options.tls = { caFile: security.tls.caFile, ...(security.tls.certFile ? { certFile: security.tls.certFile } : {}), ...(security.tls.keyFile ? { keyFile: security.tls.keyFile } : {}) };
  }
  return { options, identityToken, ...(permissions ? { permissions } : {}) };
}

/** After connecting with secureConnectionOptions: API clients on `nc` speak for its identity. */
export function bindSecureConnection(nc: NatsConnection, secure: SecureConnectionOptions): NatsConnection {
  if (secure.identityToken) bindConnectionIdentity(nc, secure.identityToken);
  if (secure.permissions) bindConnectionPermissions(nc, secure.permissions);
  return nc;
}

// A pod's connection as its ServiceAccount: the kubelet writes the pod's token (a NATS bearer user
// JWT the API minted, rotated before it expires) to a file; this connects with it, with the
// identity's own reply inboxes, and binds the identity to the connection so API calls go to
// troupe.api.v1.as.<identity token>.<verb> and mesh calls name their caller. The file is read at
// every (re)connect and watched: a rotated token is picked up by reconnecting at once, before the
// server ends the connection of the expiring one.
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { jwtAuthenticator, type NatsConnection } from "@nats-io/transport-node";
import { bindConnectionIdentity } from "../auth/connection-identity.ts";
import { inboxPrefixFor } from "../auth/inbox-prefix.ts";
import type { Logger } from "../log.ts";
import { createLogger } from "../log.ts";
import { connectNats } from "../nats-connection.ts";
import { identityTokenOfSubject } from "../subjects.ts";
import { SERVICE_ACCOUNT_TOKEN_PATH } from "../volumes/service-account.ts";

export class ServiceAccountTokenError extends Error {
  override name = "ServiceAccountTokenError";
  readonly code = "SERVICE_ACCOUNT_TOKEN";
  readonly path: string;
  constructor(path: string, why: string, options?: ErrorOptions) {
    super(`ServiceAccount token ${path}: ${why}`, options);
    this.path = path;
  }
}

/**
 * The token file to use: the one named (TROUPE_SERVICE_ACCOUNT_TOKEN_FILE), else the standard
 * path when it holds a Troupe token (a process running in a Kubernetes pod finds Kubernetes' own
 * token there, which is no NATS credential).
 */
export function serviceAccountTokenFile(named: string | undefined, standardPath = SERVICE_ACCOUNT_TOKEN_PATH): string | undefined {
  if (named) return named;
  if (!existsSync(standardPath)) return undefined;
  try {
    identityTokenOfJwt(readFileSync(standardPath, "utf8").trim(), standardPath);
    return standardPath;
  } catch {
    return undefined;
  }
}

/** The identity token a pod token's JWT may publish API requests under (from its permissions). */
export function identityTokenOfJwt(jwt: string, path = "token"): string {
  let claims: { nats?: { pub?: { allow?: string[] } } };
  try {
    claims = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
  } catch (error) {
    throw new ServiceAccountTokenError(path, "is not a JWT", { cause: error });
  }
  for (const subject of claims.nats?.pub?.allow ?? []) {
    const token = identityTokenOfSubject(subject);
    if (token && subject.endsWith(".>")) return token;
  }
  throw new ServiceAccountTokenError(path, "grants no API identity (troupe.api.v1.as.<token>.>)");
}

export interface ServiceAccountConnectOptions {
  servers: string | string[];
  /** The token file (default: TROUPE_SERVICE_ACCOUNT_TOKEN_FILE's, else the standard path). */
  tokenFile: string;
  name?: string;
  logger?: Logger;
  /** How often the file is checked for a rotated token (default 5 s). */
  watchIntervalMs?: number;
  waitOnFirstConnect?: boolean;
}

function readToken(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch (error) {
    throw new ServiceAccountTokenError(path, `cannot be read (${(error as Error).message})`, { cause: error });
  }
}

/** Connects to NATS as the pod's ServiceAccount (its projected token). */
export async function connectAsServiceAccount(options: ServiceAccountConnectOptions): Promise<NatsConnection> {
  const { tokenFile } = options;
  const logger = options.logger ?? createLogger("mesh", { client: options.name ?? "troupe-mesh" });
  let current = readToken(tokenFile);
  const identityToken = identityTokenOfJwt(current, tokenFile);
  const nc = await connectNats({
    servers: options.servers,
    name: options.name ?? "troupe-mesh",
    logger,
    asyncTraces: false,
    waitOnFirstConnect: options.waitOnFirstConnect ?? true,
    // Read at every connect: a reconnect after the server ended an expired token's connection uses the new one.
    authenticator: jwtAuthenticator(() => {
      current = readToken(tokenFile);
      return current;
    }),
    inboxPrefix: inboxPrefixFor(identityToken),
  });
  bindConnectionIdentity(nc, identityToken);
  const timer = setInterval(() => {
    void readFile(tokenFile, "utf8").then((text) => {
      const next = text.trim();
      if (!next || next === current || nc.isClosed()) return;
      // A rotated token names the same identity; anything else would change who this connection is.
      if (identityTokenOfJwt(next, tokenFile) !== identityToken) return logger.warn("the rotated token names another identity: ignored", { tokenFile });
      logger.info("ServiceAccount token rotated: reconnecting with it", { tokenFile });
      current = next;
      return nc.reconnect();
    }).catch((error: unknown) => logger.warn("checking the ServiceAccount token failed", { tokenFile, error }));
  }, options.watchIntervalMs ?? 5000);
  timer.unref();
  void nc.closed().then(() => clearInterval(timer));
  return nc;
}

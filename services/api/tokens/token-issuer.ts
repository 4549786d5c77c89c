// Mints ServiceAccount tokens: NATS bearer user JWTs signed with the account signing key of the
// cluster's NATS authority (runtime/auth/nats-authority.ts), read from the file the API is given
// (TROUPE_NATS_AUTHORITY_FILE). The token's user is the ServiceAccount (bound to a pod when the
// request names one) and its permissions are podPermissions(): the NATS server, not the API,
// enforces what the token may touch, and refuses it once it expires.
import { readFile } from "node:fs/promises";
import { isNatsAuthoritySeeds, type NatsAuthoritySeeds } from "../../../runtime/auth/nats-authority.ts";
import { mintUserCredentials } from "../../../runtime/auth/nats-user-credentials.ts";
import { podPermissions } from "../../../runtime/auth/pod-permissions.ts";
import { encodeIdentityToken } from "../../../runtime/auth/identity-token.ts";
import type { UserInfo } from "../../../runtime/auth/user-info.ts";

export interface IssuedToken {
  token: string;
  identityToken: string;
  expiresAt: Date;
}

export interface TokenIssuer {
  issue(request: { user: UserInfo; namespace: string; servedServices?: readonly string[]; buckets?: readonly string[]; pod?: string; issuedAt: Date; expiresAt: Date }): Promise<IssuedToken>;
}

export class NatsAuthorityFileError extends Error {
  override name = "NatsAuthorityFileError";
  readonly code = "NATS_AUTHORITY_FILE";
  constructor(path: string, why: string, options?: ErrorOptions) {
    super(`NATS authority file ${path}: ${why}`, options);
  }
}

export async function loadNatsAuthority(path: string): Promise<NatsAuthoritySeeds> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new NatsAuthorityFileError(path, `cannot be read as JSON (${(error as Error).message})`, { cause: error });
  }
  if (!isNatsAuthoritySeeds(parsed)) throw new NatsAuthorityFileError(path, "must hold the seeds operator, account, signingKey and systemAccount (NatsAuthoritySeeds)");
  return parsed;
}

export class NatsTokenIssuer implements TokenIssuer {
  readonly #seeds: Pick<NatsAuthoritySeeds, "account" | "signingKey">;

  constructor(seeds: Pick<NatsAuthoritySeeds, "account" | "signingKey">) {
    this.#seeds = seeds;
  }

  async issue(request: { user: UserInfo; namespace: string; servedServices?: readonly string[]; buckets?: readonly string[]; pod?: string; issuedAt: Date; expiresAt: Date }): Promise<IssuedToken> {
    const identityToken = encodeIdentityToken(request.user);
    const permissions = podPermissions({ namespace: request.namespace, identityToken, servedServices: request.servedServices, buckets: request.buckets, pod: request.pod });
    const minted = await mintUserCredentials(this.#seeds, request.user, permissions, { expiresAt: request.expiresAt, notBefore: new Date(request.issuedAt.getTime() - 60_000), bearer: true });
    return { token: minted.jwt, identityToken: minted.identityToken, expiresAt: request.expiresAt };
  }
}

// Minting a NATS user for one identity: a user JWT signed by the account's signing key that
// carries the identity's subject permissions (always including its own API request subjects,
// troupe.api.v1.as.<token>.>) and an expiry, written as a standard .creds file (JWT + seed).
import { encodeUser, fmtCreds, parseCreds } from "@nats-io/jwt";
import { createUser } from "@nats-io/nkeys";
import { apiIdentityPermission, identityTokenOfSubject } from "../subjects.ts";
import { encodeIdentityToken } from "./identity-token.ts";
import { keyPair, type NatsAuthoritySeeds } from "./nats-authority.ts";
import type { UserInfo } from "./user-info.ts";

export interface SubjectPermissions {
  pub?: { allow?: string[]; deny?: string[] };
  sub?: { allow?: string[]; deny?: string[] };
  /** Let the user answer requests sent to it (publish to their reply subjects), as micro services do. */
  allowResponses?: boolean;
}

export interface MintedCredentials {
  /** The .creds file: the user JWT and the user's nkey seed (a bearer user: the JWT alone). Secret: write it 0600. */
  creds: Uint8Array;
  jwt: string;
  /** The identity token the user may publish API requests under. */
  identityToken: string;
  expiresAt?: Date;
}

export async function mintUserCredentials(
  seeds: Pick<NatsAuthoritySeeds, "account" | "signingKey">,
  user: UserInfo,
  permissions: SubjectPermissions,
  options: { expiresAt?: Date; notBefore?: Date; bearer?: boolean } = {},
): Promise<MintedCredentials> {
  const identityToken = encodeIdentityToken(user);
  const userKey = createUser();
  const pubAllow = [apiIdentityPermission(identityToken), ...(permissions.pub?.allow ?? [])];
  const claims = {
    pub: { allow: pubAllow, deny: permissions.pub?.deny ?? [] },
    sub: { allow: permissions.sub?.allow ?? [], deny: permissions.sub?.deny ?? [] },
    subs: -1, data: -1, payload: -1,
    ...(permissions.allowResponses ? { resp: { max: -1, ttl: 0 } } : {}),
    // A bearer user JWT authenticates alone (no nonce signature): what a pod's projected token is.
    ...(options.bearer ? { bearer_token: true } : {}),
  };
  const exp = options.expiresAt ? Math.floor(options.expiresAt.getTime() / 1000) : undefined;
  const nbf = options.notBefore ? Math.floor(options.notBefore.getTime() / 1000) : undefined;
  const jwt = await encodeUser(user.username, userKey, keyPair(seeds.account), claims as never, {
    signer: keyPair(seeds.signingKey),
    ...(exp ? { exp } : {}),
    ...(nbf ? { nbf } : {}),
  } as never);
  return { creds: options.bearer ? new TextEncoder().encode(jwt) : fmtCreds(jwt, userKey), jwt, identityToken, ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}) };
}

/** The subject permissions a creds file's user JWT carries. */
export async function permissionsOfCreds(creds: Uint8Array): Promise<SubjectPermissions> {
  const { uc } = await parseCreds(creds);
  const pub = uc.nats.pub ?? {};
  const sub = uc.nats.sub ?? {};
  return { pub: { allow: pub.allow ?? [], deny: pub.deny ?? [] }, sub: { allow: sub.allow ?? [], deny: sub.deny ?? [] } };
}

/** The identity token a creds file's user may publish API requests under (from its permissions). */
export async function identityTokenOfCreds(creds: Uint8Array): Promise<string | undefined> {
  const { uc } = await parseCreds(creds);
  for (const subject of uc.nats.pub?.allow ?? []) {
    const token = identityTokenOfSubject(subject);
    if (token && subject.endsWith(".>")) return token;
  }
  return undefined;
}

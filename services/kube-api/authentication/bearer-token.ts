// Bearer tokens: a pod's projected ServiceAccount token (or any user's) is a NATS bearer user JWT
// signed by the cluster account's signing key. The front end accepts one when its signature
// checks against a trusted issuer key, it has not expired, and its permissions name the
// identity token it may speak as (troupe.api.v1.as.<token>.>): that token is the user.
import { fromPublic } from "@nats-io/nkeys";
import { decodeIdentityToken } from "../../../runtime/auth/identity-token.ts";
import type { UserInfo } from "../../../runtime/auth/user-info.ts";
import { identityTokenOfSubject } from "../../../runtime/subjects.ts";

interface UserClaims {
  iss?: string;
  exp?: number;
  nbf?: number;
  nats?: { type?: string; pub?: { allow?: string[] } };
}

export type BearerVerdict =
  | { ok: true; user: UserInfo; identityToken: string; expiresAt?: Date }
  | { ok: false; reason: string };

function decodePart(part: string): unknown {
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
}

function identityTokenOf(claims: UserClaims): string | undefined {
  for (const subject of claims.nats?.pub?.allow ?? []) {
    const token = identityTokenOfSubject(subject);
    if (token && subject.endsWith(".>")) return token;
  }
  return undefined;
}

function signatureValid(issuer: string, signed: string, signature: string): boolean {
  try {
    return fromPublic(issuer).verify(new TextEncoder().encode(signed), Buffer.from(signature, "base64url"));
  } catch {
    return false;
  }
}

/** Checks one bearer token against the issuer keys the cluster trusts (public nkeys). */
export function verifyBearerToken(token: string, trustedIssuers: readonly string[], now: Date = new Date()): BearerVerdict {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "not a JWT" };
  let claims: UserClaims;
  try {
    const header = decodePart(parts[0]) as { alg?: string };
    if (header.alg !== "ed25519-nkey") return { ok: false, reason: `unsupported signing algorithm ${JSON.stringify(header.alg)}` };
    claims = decodePart(parts[1]) as UserClaims;
  } catch {
    return { ok: false, reason: "not a JWT" };
  }
  if (claims.nats?.type !== "user") return { ok: false, reason: "not a user token" };
  if (!claims.iss || !trustedIssuers.includes(claims.iss)) return { ok: false, reason: "issued by an unknown key" };
  if (!signatureValid(claims.iss, `${parts[0]}.${parts[1]}`, parts[2])) return { ok: false, reason: "bad signature" };
  const seconds = now.getTime() / 1000;
  if (claims.exp !== undefined && claims.exp <= seconds) return { ok: false, reason: "token has expired" };
  if (claims.nbf !== undefined && claims.nbf > seconds) return { ok: false, reason: "token is not valid yet" };
  const identityToken = identityTokenOf(claims);
  const user = identityToken ? decodeIdentityToken(identityToken) : undefined;
  if (!identityToken || !user) return { ok: false, reason: "token names no identity" };
  return { ok: true, user, identityToken, ...(claims.exp !== undefined ? { expiresAt: new Date(claims.exp * 1000) } : {}) };
}

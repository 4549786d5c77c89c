// The identity token: one NATS subject token that names a user and their groups. A caller's
// API requests go to troupe.api.v1.as.<token>.<verb>; the NATS server's permissions (in the
// caller's user JWT) let it publish only under its own token, so the API trusts what the
// subject says (docs/security.md, "How the API knows who is asking").
import type { UserInfo } from "./user-info.ts";

interface TokenBody {
  u: string;
  g?: string[];
  x?: Record<string, string[]>;
}

export function encodeIdentityToken(user: UserInfo): string {
  const body: TokenBody = { u: user.username };
  if (user.groups.length > 0) body.g = user.groups;
  if (user.extra && Object.keys(user.extra).length > 0) body.x = user.extra;
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The user a token names; undefined when it is not a well-formed identity token. */
export function decodeIdentityToken(token: string): UserInfo | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const { u, g, x } = (body ?? {}) as Partial<TokenBody>;
  if (typeof u !== "string" || u === "") return undefined;
  if (g !== undefined && !isStringArray(g)) return undefined;
  const user: UserInfo = { username: u, groups: g ?? [] };
  if (x !== undefined) {
    if (typeof x !== "object" || x === null || !Object.values(x).every(isStringArray)) return undefined;
    user.extra = x;
  }
  return user;
}

// Console sessions: an unguessable id in an HttpOnly, SameSite=Strict cookie names who logged in
// and until when. Kept in memory: a restarted console asks for the token again.
import { randomBytes } from "node:crypto";
import type { UserInfo } from "../../runtime/auth/user-info.ts";

export const SESSION_COOKIE = "troupe_console_session";
/** The longest a session lasts, whatever the token's own expiry. */
export const MAX_SESSION_MS = 12 * 3600_000;

export interface Session {
  user: UserInfo;
  expiresAt: number;
}

export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A new session for `user`, ending at the token's expiry or MAX_SESSION_MS from now. */
  open(user: UserInfo, tokenExpiresAt?: Date): { id: string; session: Session } {
    const id = randomBytes(32).toString("base64url");
    const expiresAt = Math.min(this.#now() + MAX_SESSION_MS, tokenExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    const session = { user, expiresAt };
    this.#sessions.set(id, session);
    return { id, session };
  }

  find(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.#sessions.get(id);
    if (session && session.expiresAt <= this.#now()) {
      this.#sessions.delete(id);
      return undefined;
    }
    return session;
  }

  get size(): number {
    return this.#sessions.size;
  }
}

/** The Set-Cookie value of a session (no Secure: the console listens on plain-HTTP loopback). */
export function sessionCookie(id: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`;
}

/** The cookies of a Cookie header, by name. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const equals = part.indexOf("=");
    if (equals <= 0) continue;
    cookies.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  return cookies;
}

// Each identity gets its own reply inboxes: `_INBOX.<identity token>.<nuid>`. Its NATS user may
// subscribe only under that prefix, so no caller can read another identity's API replies (a
// shared `_INBOX.>` would let anyone read every Secret another user fetched). nats.js takes the
// prefix as the connection's `inboxPrefix`.
export const INBOX_ROOT = "_INBOX";

export function inboxPrefixFor(identityToken: string): string {
  return `${INBOX_ROOT}.${identityToken}`;
}

/** The subscribe permission that goes with it. */
export function inboxPermissionFor(identityToken: string): string {
  return `${inboxPrefixFor(identityToken)}.>`;
}


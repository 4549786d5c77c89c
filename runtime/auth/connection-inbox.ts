// Inboxes the code subscribes to itself, under the connection's own prefix (runtime/auth/inbox-prefix.ts).
import { createInbox, type NatsConnection } from "@nats-io/transport-node";

/**
 * A fresh inbox under the connection's own prefix (the `inboxPrefix` it was opened with), for
 * subscriptions the code makes itself (watches, log streams, exec sessions): nats.js' own
 * request and JetStream inboxes already use it.
 */
export function connectionInbox(nc: NatsConnection): string {
  const prefix = (nc as NatsConnection & { options?: { inboxPrefix?: string } }).options?.inboxPrefix;
  return createInbox(prefix);
}

// Which identity token a NATS connection speaks for. The connection's credentials decide it
// (runtime/nats-connection.ts binds it when it connects with a creds file); every API client on
// the connection then sends on that token's subjects. A connection with no token uses the
// identity-less subjects (an API without NATS authentication treats those as its admin).
import type { NatsConnection } from "@nats-io/transport-node";

const tokens = new WeakMap<NatsConnection, string>();

export function bindConnectionIdentity(nc: NatsConnection, token: string): void {
  tokens.set(nc, token);
}

export function connectionIdentityToken(nc: NatsConnection): string | undefined {
  return tokens.get(nc);
}

// What a NATS connection's credentials let it publish and subscribe to, as its user JWT says
// (runtime/nats-connection.ts binds it when it connects with a creds file), so a client can pick
// a path its credentials allow instead of tripping a Permissions Violation: `troupe logs -l`
// reads the logs stream directly when it may, and through the API otherwise. Unknown (no creds
// file: an insecure cluster, or a connection made elsewhere) means unrestricted.
import type { NatsConnection } from "@nats-io/transport-node";
import type { SubjectPermissions } from "./nats-user-credentials.ts";
import { mayPublish } from "./role-permissions.ts";

const permissions = new WeakMap<NatsConnection, SubjectPermissions>();

export function bindConnectionPermissions(nc: NatsConnection, granted: SubjectPermissions): void {
  permissions.set(nc, granted);
}

/** Whether `nc` may publish `subject`: true when its permissions are not known. */
export function connectionMayPublish(nc: NatsConnection, subject: string): boolean {
  const granted = permissions.get(nc);
  return granted === undefined || mayPublish(granted, subject);
}

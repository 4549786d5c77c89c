import test from "ava";
import type { NatsConnection } from "@nats-io/transport-node";
import { bindConnectionPermissions, connectionMayPublish } from "./connection-permissions.ts";

test("a connection may publish what its JWT allows and does not deny; unknown means unrestricted", (t) => {
  const user = {} as NatsConnection;
  bindConnectionPermissions(user, { pub: { allow: ["troupe.api.v1.as.abc.>"], deny: [] } });
  t.true(connectionMayPublish(user, "troupe.api.v1.as.abc.podLogs"));
  t.false(connectionMayPublish(user, "$JS.API.STREAM.INFO.KV_troupe-log-pods"));
  const pod = {} as NatsConnection;
  bindConnectionPermissions(pod, { pub: { allow: ["$JS.API.>"], deny: ["$JS.API.*.*.TROUPE_LOGS"] } });
  t.false(connectionMayPublish(pod, "$JS.API.CONSUMER.CREATE.TROUPE_LOGS"));
  t.true(connectionMayPublish({} as NatsConnection, "$JS.API.INFO"));
});

// The mesh's durable events stream, made by `troupe up` once NATS runs: pods' NATS permissions let
// them publish their namespace's durable events but never create or configure a stream (a stream
// they configured could capture other subjects, the state bucket's among them).
import { jetstreamManager } from "@nats-io/jetstream";
import { createLogger } from "../../runtime/log.ts";
import { ensureMeshEventsStream } from "../../runtime/mesh/durable-events.ts";
import { resolveMeshOptions } from "../../runtime/mesh/options.ts";
import type { NatsClientSecurity } from "../../runtime/nats-client-security.ts";
import { connectNats } from "../../runtime/nats-connection.ts";

export async function ensureClusterMeshEventsStream(natsUrl: string, security: NatsClientSecurity = {}): Promise<void> {
  const logger = createLogger("nats", {}, { level: "error" });
  const nc = await connectNats({ servers: natsUrl, name: "troupe-up-bootstrap", logger, security });
  try {
    await ensureMeshEventsStream(await jetstreamManager(nc), resolveMeshOptions({ logger }).durableStream);
  } finally {
    await nc.close();
  }
}

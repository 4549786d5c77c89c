// The audit sink against a real nats-server: events reach the bounded stream; a full buffer
// drops (and counts) instead of waiting, and so does a stream that is not there.
import test from "ava";
import { connect } from "@nats-io/transport-node";
import { jetstreamManager } from "@nats-io/jetstream";
import { createLogger } from "../../../runtime/log.ts";
import { startNatsServer } from "../../../runtime/nats-server.ts";
import { AUDIT_STREAM } from "../../../runtime/subjects.ts";
import { ensureAuditStream, JetStreamAuditSink } from "./audit-sink.ts";
import type { AuditEvent } from "./types.ts";

const event = (n: number): AuditEvent => ({
  kind: "Event", apiVersion: "audit.k8s.io/v1", level: "Metadata", auditID: `id-${n}`, stage: "ResponseComplete", requestURI: "/api/v1/pods",
  verb: "list", user: { username: "alice", groups: [] }, requestReceivedTimestamp: "", stageTimestamp: "",
});
const logger = createLogger("audit-sink-test", {}, { level: "error" });

test("the sink publishes to the bounded stream, drops what does not fit its buffer, and drops when the stream is gone", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  const nc = await connect({ servers: server.url });
  t.teardown(() => nc.close());
  await ensureAuditStream(nc, { maxAgeSeconds: 60, maxBytes: 1024 * 1024, replicas: 1 });
  const jsm = await jetstreamManager(nc);
  const { config } = await jsm.streams.info(AUDIT_STREAM);
  t.like(config, { max_age: 60_000_000_000, max_bytes: 1024 * 1024, discard: "old", subjects: ["troupe.audit.>"] });
  await ensureAuditStream(nc, { maxAgeSeconds: 120, maxBytes: 2048 * 1024, replicas: 1 });
  t.like((await jsm.streams.info(AUDIT_STREAM)).config, { max_age: 120_000_000_000, max_bytes: 2048 * 1024 }, "limits follow the configuration");

  let dropped = 0;
  const sink = new JetStreamAuditSink(nc, { maxBuffered: 3, concurrency: 1, logger, onDropped: () => dropped++ });
  const accepted = [1, 2, 3, 4, 5].map((n) => sink.publish(event(n)));
  t.deepEqual(accepted, [true, true, true, false, false]);
  await sink.flush();
  t.is(dropped, 2);
  t.is((await jsm.streams.info(AUDIT_STREAM)).state.messages, 3);
  t.is((await jsm.streams.getMessage(AUDIT_STREAM, { last_by_subj: "troupe.audit.list" }))?.json<AuditEvent>().auditID, "id-3");

  await jsm.streams.delete(AUDIT_STREAM);
  t.true(sink.publish(event(6)));
  await sink.flush();
  t.is(dropped, 3, "a publish the stream does not take is dropped and counted");
});

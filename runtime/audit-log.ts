// Reads the API's audit log (the TROUPE_AUDIT stream of audit.k8s.io/v1 Events): what was there
// from a point in time, then, when following, what comes. An ephemeral consumer of the server's
// own counts tells where "now" is, so a read without --follow ends as soon as it caught up.
import type { NatsConnection } from "@nats-io/transport-node";
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { AUDIT_STREAM, AUDIT_SUBJECT_PREFIX, auditSubject } from "./subjects.ts";

/** The fields of an audit event readers use (the stream holds Kubernetes' whole Event). */
export interface AuditEventJson {
  level: string;
  auditID: string;
  stage: string;
  requestURI: string;
  verb: string;
  user: { username: string; groups?: string[] };
  impersonatedUser?: { username: string; groups?: string[] };
  objectRef?: { resource?: string; namespace?: string; name?: string; apiGroup?: string; subresource?: string };
  responseStatus?: { code: number; reason?: string; message?: string };
  requestReceivedTimestamp: string;
  stageTimestamp: string;
  annotations?: Record<string, string>;
  requestObject?: unknown;
  responseObject?: unknown;
}

export interface AuditReadOptions {
  /** Only events recorded at or after this time. */
  since?: Date;
  /** Only events of this Kubernetes verb (the stream subject troupe.audit.<verb>). */
  verb?: string;
  /** Keep reading new events until the signal aborts. */
  follow?: boolean;
  signal?: AbortSignal;
}

export class AuditLogUnavailableError extends Error {
  override name = "AuditLogUnavailableError";
  readonly code = "AUDIT_LOG_UNAVAILABLE";
}

export async function* readAuditEvents(nc: NatsConnection, options: AuditReadOptions = {}): AsyncGenerator<AuditEventJson> {
  const jsm = await jetstreamManager(nc);
  const stream = await jsm.streams.info(AUDIT_STREAM).catch(() => undefined);
  if (!stream) throw new AuditLogUnavailableError(`no audit log: the stream ${AUDIT_STREAM} does not exist (is the API running with auditing on?)`);
  const created = await jsm.consumers.add(AUDIT_STREAM, {
    ack_policy: AckPolicy.None,
    filter_subject: options.verb ? auditSubject(options.verb) : `${AUDIT_SUBJECT_PREFIX}.>`,
    inactive_threshold: 30_000_000_000,
    ...(options.since ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: options.since.toISOString() } : { deliver_policy: DeliverPolicy.All }),
  });
  const pending = created.num_pending;
  if (pending === 0 && !options.follow) {
    await jsm.consumers.delete(AUDIT_STREAM, created.name).catch(() => undefined);
    return;
  }
  const consumer = await jetstream(nc).consumers.get(AUDIT_STREAM, created.name);
  const messages = await consumer.consume({ max_messages: 512 });
  const stop = () => void messages.stop();
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    let read = 0;
    for await (const message of messages) {
      yield message.json<AuditEventJson>();
      read++;
      if (!options.follow && read >= pending) break;
    }
  } finally {
    options.signal?.removeEventListener("abort", stop);
    messages.stop();
    await jsm.consumers.delete(AUDIT_STREAM, created.name).catch(() => undefined);
  }
}

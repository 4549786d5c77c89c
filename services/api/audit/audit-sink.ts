// Publishes audit events to the TROUPE_AUDIT JetStream stream without ever holding up a request:
// events wait in a bounded buffer and a few publishes are in flight at once; when the buffer is
// full (JetStream slow or away) the newest event is dropped and counted.
import type { NatsConnection } from "@nats-io/transport-node";
import { DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType, type JetStreamClient } from "@nats-io/jetstream";
import type { Logger } from "../../../runtime/log.ts";
import { AUDIT_STREAM, AUDIT_SUBJECT_PREFIX, auditSubject } from "../../../runtime/subjects.ts";
import type { AuditEvent } from "./types.ts";

export interface AuditStreamOptions {
  /** Oldest event kept, in seconds. */
  maxAgeSeconds: number;
  /** Largest size of the stream, in bytes; the oldest events go first. */
  maxBytes: number;
  replicas: number;
}

export interface AuditSink {
  /** Queues an event; false when it was dropped. Never throws, never waits. */
  publish(event: AuditEvent): boolean;
  /** Waits until every queued event was published or dropped. */
  flush(): Promise<void>;
}

/** Creates the stream, or brings its limits to the configured ones. */
export async function ensureAuditStream(nc: NatsConnection, options: AuditStreamOptions): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const limits = { max_age: options.maxAgeSeconds * 1_000_000_000, max_bytes: options.maxBytes, discard: DiscardPolicy.Old };
  const current = await jsm.streams.info(AUDIT_STREAM).catch(() => undefined);
  if (current) {
    if (current.config.max_age !== limits.max_age || current.config.max_bytes !== limits.max_bytes) await jsm.streams.update(AUDIT_STREAM, limits);
    return;
  }
  await jsm.streams.add({
    name: AUDIT_STREAM,
    subjects: [`${AUDIT_SUBJECT_PREFIX}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    num_replicas: options.replicas,
    ...limits,
  }).catch(async (error) => {
    // Another API replica created it meanwhile.
    if (!(await jsm.streams.info(AUDIT_STREAM).then(() => true, () => false))) throw error;
  });
}

const encoder = new TextEncoder();

export class JetStreamAuditSink implements AuditSink {
  private readonly js: JetStreamClient;
  private readonly queue: AuditEvent[] = [];
  private inFlight = 0;
  private readonly idle: (() => void)[] = [];
  private warned = false;
  private readonly options: { maxBuffered: number; concurrency: number; logger: Logger; onDropped: () => void };

  constructor(nc: NatsConnection, options: { maxBuffered: number; concurrency: number; logger: Logger; onDropped: () => void }) {
    this.js = jetstream(nc);
    this.options = options;
  }

  publish(event: AuditEvent): boolean {
    if (this.queue.length + this.inFlight >= this.options.maxBuffered) {
      this.options.onDropped();
      return false;
    }
    this.queue.push(event);
    this.pump();
    return true;
  }

  private pump(): void {
    while (this.inFlight < this.options.concurrency && this.queue.length > 0) {
      const event = this.queue.shift() as AuditEvent;
      this.inFlight++;
      this.js.publish(auditSubject(event.verb), encoder.encode(JSON.stringify(event)), { timeout: 5000 })
        .then(() => undefined, (error: unknown) => {
          this.options.onDropped();
          if (!this.warned) {
            this.warned = true;
            this.options.logger.warn("audit events are being dropped: the audit stream does not take them", { stream: AUDIT_STREAM, error });
          }
        })
        .finally(() => {
          this.inFlight--;
          this.pump();
          if (this.inFlight === 0 && this.queue.length === 0) for (const resolve of this.idle.splice(0)) resolve();
        });
    }
  }

  flush(): Promise<void> {
    if (this.inFlight === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }
}

// Reads one container's lines back from the TROUPE_LOGS stream: an ephemeral consumer on its
// subject (from the start of what the stream keeps, or from a time), whose count of pending
// messages at creation says where the backlog ends; then, when following, the lines that arrive.
// Lines of another pod of the same name (a different uid) are skipped.
import type { NatsConnection } from "@nats-io/transport-node";
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from "@nats-io/jetstream";
import { LOG_POD_UID_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER, LOGS_STREAM, logsSubject } from "../subjects.ts";
import { rfc3339Nanos, type StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";

export interface LogStreamReadOptions {
  /** Only lines stored at or after this time. */
  since?: Date;
}

export class LogsUnavailableError extends Error {
  override name = "LogsUnavailableError";
  readonly code = "LOGS_UNAVAILABLE";
}

const decoder = new TextDecoder();
const CONSUMER_IDLE_NANOS = 30_000_000_000;

/** The line a stream message holds, or undefined when it belongs to another pod of that name. */
export function storedLogLine(target: LogTarget, message: Pick<JsMsg, "headers" | "data" | "seq" | "timestamp" | "timestampNanos">): StoredLogLine | undefined {
  const uid = message.headers?.get(LOG_POD_UID_HEADER);
  if (uid && target.uid && uid !== target.uid) return undefined;
  const written = message.headers?.get(LOG_TIME_HEADER) ?? "";
  const writtenNanos = written ? rfc3339Nanos(written) : undefined;
  return {
    target,
    time: writtenNanos === undefined ? message.timestamp : written,
    nanos: writtenNanos ?? message.timestampNanos,
    seq: message.seq,
    stream: message.headers?.get(LOG_STREAM_HEADER) === "stderr" ? "stderr" : "stdout",
    text: decoder.decode(message.data),
  };
}

export class LogStreamReader {
  readonly target: LogTarget;
  private readonly nc: NatsConnection;
  private consumerName: string | undefined;
  private pending = 0;
  private messages: AsyncIterable<JsMsg> & { stop(): void } | undefined;
  private closed = false;
  private iteratorPromise: Promise<AsyncIterator<JsMsg>> | undefined;

  constructor(nc: NatsConnection, target: LogTarget) {
    this.nc = nc;
    this.target = target;
  }

  /** The lines stored so far (from `since`), in stream order. */
  async backlog(options: LogStreamReadOptions = {}): Promise<StoredLogLine[]> {
    const jsm = await jetstreamManager(this.nc);
    const subject = logsSubject(this.target.namespace, this.target.pod, this.target.container);
    let created;
    try {
      created = await jsm.consumers.add(LOGS_STREAM, {
        ack_policy: AckPolicy.None,
        filter_subject: subject,
        inactive_threshold: CONSUMER_IDLE_NANOS,
        ...(options.since ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: options.since.toISOString() } : { deliver_policy: DeliverPolicy.All }),
      });
    } catch (error) {
      throw new LogsUnavailableError(`cannot read the ${LOGS_STREAM} stream: ${(error as Error).message}`, { cause: error });
    }
    this.consumerName = created.name;
    this.pending = created.num_pending;
    const lines: StoredLogLine[] = [];
    if (this.pending === 0) return lines;
    const iterator = await this.iterator();
    for (let read = 0; read < this.pending; read++) {
      const next = await iterator.next();
      if (next.done) break;
      const line = storedLogLine(this.target, next.value);
      if (line) lines.push(line);
    }
    return lines;
  }

  /** After backlog(): the lines stored from then on, until close(). */
  async *follow(): AsyncGenerator<StoredLogLine> {
    const iterator = await this.iterator();
    while (!this.closed) {
      const next = await iterator.next();
      if (next.done) return;
      const line = storedLogLine(this.target, next.value);
      if (line) yield line;
    }
  }

  private iterator(): Promise<AsyncIterator<JsMsg>> {
    this.iteratorPromise ??= (async () => {
      if (!this.consumerName) throw new Error("backlog() first");
      const consumer = await jetstream(this.nc).consumers.get(LOGS_STREAM, this.consumerName);
      this.messages = await consumer.consume({ max_messages: 256 });
      return this.messages[Symbol.asyncIterator]();
    })();
    return this.iteratorPromise;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.messages?.stop();
    if (this.consumerName) await jetstreamManager(this.nc).then((jsm) => jsm.consumers.delete(LOGS_STREAM, this.consumerName as string)).catch(() => undefined);
  }
}

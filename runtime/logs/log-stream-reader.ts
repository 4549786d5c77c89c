// Reads one container's lines back from the TROUPE_LOGS stream: an ephemeral consumer on its
// subject (from the start of what the stream keeps, or from a time), whose count of pending
// messages at creation says where the backlog ends; then, when following, the lines that arrive.
// Lines of another pod of the same name (a different uid) are skipped.
import type { NatsConnection } from "@nats-io/transport-node";
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerConfig, type JetStreamManager, type JsMsg } from "@nats-io/jetstream";
import { LOG_POD_UID_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER, LOGS_STREAM, logsSubject } from "../subjects.ts";
import { rfc3339Nanos, type StoredLogLine } from "./log-line.ts";
import type { LogTarget } from "./log-selection.ts";
import { tailStartSeq, type SubjectExtent } from "./tail-start.ts";

export interface LogStreamReadOptions {
  /** Only lines stored at or after this time. */
  since?: Date;
  /** About the last N lines are enough (the reader keeps the last N): start near the end. Ignored with `since`. */
  tail?: number;
  /** Only lines after this stream sequence (a podLogs continue token's cursor). Wins over since and tail. */
  afterSeq?: number;
  /** Stop at this stream sequence: later lines are left unread. */
  untilSeq?: number;
  /** Stop after this many lines. */
  limit?: number;
}

const MAX_TAIL_ATTEMPTS = 6;

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
    const create = async (start: Partial<ConsumerConfig>) => {
      try {
        return await jsm.consumers.add(LOGS_STREAM, { ack_policy: AckPolicy.None, filter_subject: subject, inactive_threshold: CONSUMER_IDLE_NANOS, ...start });
      } catch (error) {
        throw new LogsUnavailableError(`cannot read the ${LOGS_STREAM} stream: ${(error as Error).message}`, { cause: error });
      }
    };
    let created;
    const extent = options.tail !== undefined && !options.since && options.afterSeq === undefined ? await subjectExtent(jsm, subject) : undefined;
    if (options.afterSeq !== undefined) created = await create({ deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: options.afterSeq + 1 });
    else if (options.since) created = await create({ deliver_policy: DeliverPolicy.StartTime, opt_start_time: options.since.toISOString() });
    else if (extent && options.tail !== undefined && extent.count > options.tail) {
      // Widen the window until it holds the last N lines (or reaches the stream's start).
      for (let attempt = 0; ; attempt++) {
        const start = tailStartSeq(extent, options.tail, attempt);
        created = await create({ deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: start });
        if (created.num_pending >= options.tail || start <= extent.firstSeq || attempt >= MAX_TAIL_ATTEMPTS) break;
        await jsm.consumers.delete(LOGS_STREAM, created.name).catch(() => undefined);
      }
    } else created = await create({ deliver_policy: DeliverPolicy.All });
    this.consumerName = created.name;
    this.pending = created.num_pending;
    const lines: StoredLogLine[] = [];
    if (this.pending === 0) return lines;
    const iterator = await this.iterator();
    for (let read = 0; read < this.pending; read++) {
      const next = await iterator.next();
      if (next.done) break;
      if (options.untilSeq !== undefined && next.value.seq > options.untilSeq) break;
      const line = storedLogLine(this.target, next.value);
      if (line) lines.push(line);
      if (options.limit !== undefined && lines.length >= options.limit) break;
      // Lines that expired since the consumer was made are never delivered: the server's own
      // count of what is left says when the backlog is over.
      if (next.value.info.pending === 0) break;
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

/** How many lines of `subject` the stream holds and where its last one is; undefined when none. */
async function subjectExtent(jsm: JetStreamManager, subject: string): Promise<SubjectExtent | undefined> {
  try {
    const info = await jsm.streams.info(LOGS_STREAM, { subjects_filter: subject });
    const count = info.state.subjects?.[subject] ?? 0;
    if (count === 0) return undefined;
    const last = await jsm.streams.getMessage(LOGS_STREAM, { last_by_subj: subject });
    return last ? { firstSeq: info.state.first_seq, lastSeq: last.seq, count } : undefined;
  } catch (error) {
    throw new LogsUnavailableError(`cannot read the ${LOGS_STREAM} stream: ${(error as Error).message}`, { cause: error });
  }
}

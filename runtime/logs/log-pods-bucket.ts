// The troupe-log-pods KV bucket: one LogPodRecord per pod whose output is in the logs stream, so
// a reader finds pods the API no longer has. Kubelets create it with the logs' age as its TTL
// (a record goes with its pod's last lines) and write under their own node's keys; readers list
// the records, then (following) see new ones as kubelets start pods.
import type { NatsConnection } from "@nats-io/transport-node";
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import { LOG_PODS_BUCKET, logPodKey } from "../subjects.ts";
import { duplicateWindowMs, resolveLogsRetention, type LogsRetentionOptions } from "./logs-retention.ts";
import { parseLogPodRecord, type LogPodRecord } from "./log-pod-record.ts";

const KV_STREAM = `KV_${LOG_PODS_BUCKET}`;
const NANOS_PER_MS = 1_000_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface LogPodsBucketOptions extends LogsRetentionOptions {
  replicas?: number;
}

/** The kubelets' side: creates the bucket (or brings its TTL to the retention) and writes records. */
export class LogPodsBucket {
  private readonly kv: KV;

  private constructor(kv: KV) {
    this.kv = kv;
  }

  static async ensure(nc: NatsConnection, options: LogPodsBucketOptions = {}): Promise<LogPodsBucket> {
    const { maxAgeMs } = resolveLogsRetention(options);
    const jsm = await jetstreamManager(nc);
    const current = await jsm.streams.info(KV_STREAM).catch(() => undefined);
    if (current && current.config.max_age !== maxAgeMs * NANOS_PER_MS) {
      await jsm.streams.update(KV_STREAM, { ...current.config, max_age: maxAgeMs * NANOS_PER_MS, duplicate_window: duplicateWindowMs(maxAgeMs) * NANOS_PER_MS });
    }
    const kv = await new Kvm(nc).create(LOG_PODS_BUCKET, { history: 1, ttl: maxAgeMs, replicas: options.replicas ?? 1 });
    return new LogPodsBucket(kv);
  }

  async put(record: LogPodRecord): Promise<void> {
    await this.kv.put(logPodKey(record.node, record.uid), encoder.encode(JSON.stringify(record)));
  }
}

export class LogPodsUnavailableError extends Error {
  override name = "LogPodsUnavailableError";
  readonly code = "LOG_PODS_UNAVAILABLE";
}

export interface LogPodRecordEvent {
  record: LogPodRecord;
  /** True for records stored when reading began, false for those written later (following). */
  initial: boolean;
}

/**
 * The latest record of every pod in the bucket; with `follow`, then each record written later
 * until the signal aborts. No bucket yet (no kubelet ran a pod) reads as no records.
 */
export async function* readLogPodRecords(nc: NatsConnection, options: { follow?: boolean; signal?: AbortSignal } = {}): AsyncGenerator<LogPodRecordEvent> {
  const refused = (error: Error) => new LogPodsUnavailableError(`cannot read the ${LOG_PODS_BUCKET} bucket: ${error.message}`, { cause: error });
  const jsm = await jetstreamManager(nc).catch((error: Error) => {
    throw refused(error);
  });
  const exists = await jsm.streams.info(KV_STREAM).then(() => true, (error: Error) => {
    if (/stream not found/i.test(error.message)) return false;
    throw refused(error);
  });
  if (!exists) return;
  const created = await jsm.consumers.add(KV_STREAM, {
    ack_policy: AckPolicy.None,
    deliver_policy: DeliverPolicy.LastPerSubject,
    filter_subject: `$KV.${LOG_PODS_BUCKET}.>`,
    inactive_threshold: 30_000_000_000,
  });
  const pending = created.num_pending;
  try {
    if (pending === 0 && !options.follow) return;
    const consumer = await jetstream(nc).consumers.get(KV_STREAM, created.name);
    const messages = await consumer.consume({ max_messages: 256 });
    const stop = () => void messages.stop();
    options.signal?.addEventListener("abort", stop, { once: true });
    try {
      let read = 0;
      for await (const message of messages) {
        read++;
        const operation = message.headers?.get("KV-Operation");
        const record = operation === "DEL" || operation === "PURGE" ? undefined : parseRecord(message.data);
        if (record) yield { record, initial: read <= pending };
        if (!options.follow && read >= pending) break;
      }
    } finally {
      options.signal?.removeEventListener("abort", stop);
      messages.stop();
    }
  } finally {
    await jsm.consumers.delete(KV_STREAM, created.name).catch(() => undefined);
  }
}

function parseRecord(data: Uint8Array): LogPodRecord | undefined {
  try {
    return parseLogPodRecord(JSON.parse(decoder.decode(data)));
  } catch {
    return undefined;
  }
}

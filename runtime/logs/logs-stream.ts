// The JetStream stream that keeps container output (subjects troupe.logs.<ns>.<pod>.<container>),
// bounded in age and size, so logs can be read with any NATS tool and outlive their pod and node.
// Each kubelet ensures it at start with the cluster's retention: a changed retention updates the
// stream in place (JetStream drops what no longer fits).
import type { NatsConnection } from "@nats-io/transport-node";
import { DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType, type StreamConfig } from "@nats-io/jetstream";
import { LOGS_STREAM, LOGS_SUBJECT_PREFIX } from "../subjects.ts";
import { duplicateWindowMs, resolveLogsRetention, type LogsRetentionOptions } from "./logs-retention.ts";

export interface LogsStreamOptions extends LogsRetentionOptions {
  replicas?: number;
}

const NANOS_PER_MS = 1_000_000;

/** The stream's settings for `options`. Pure. */
export function logsStreamConfig(options: LogsStreamOptions = {}): Partial<StreamConfig> & { name: string } {
  const retention = resolveLogsRetention(options);
  return {
    name: LOGS_STREAM,
    subjects: [`${LOGS_SUBJECT_PREFIX}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: retention.maxAgeMs * NANOS_PER_MS,
    max_bytes: retention.maxBytes,
    duplicate_window: duplicateWindowMs(retention.maxAgeMs) * NANOS_PER_MS,
    num_replicas: options.replicas ?? 1,
  };
}

export async function ensureLogsStream(nc: NatsConnection, options: LogsStreamOptions = {}): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = logsStreamConfig(options);
  const current = await jsm.streams.info(LOGS_STREAM).catch(() => undefined);
  if (current) {
    if (current.config.max_age !== config.max_age || current.config.max_bytes !== config.max_bytes) {
      await jsm.streams.update(LOGS_STREAM, { ...current.config, max_age: config.max_age, max_bytes: config.max_bytes, duplicate_window: config.duplicate_window });
    }
    return;
  }
  await jsm.streams.add(config).catch(async (error) => {
    // Another kubelet created it meanwhile.
    if (!(await jsm.streams.info(LOGS_STREAM).then(() => true, () => false))) throw error;
  });
}

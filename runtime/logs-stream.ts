// The JetStream stream that keeps container output (subjects troupe.logs.<ns>.<pod>.<container>),
// bounded in age and size, so logs can be read with any NATS tool and outlive their node.
import type { NatsConnection } from "@nats-io/transport-node";
import { DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import { LOGS_STREAM, LOGS_SUBJECT_PREFIX } from "./subjects.ts";

export interface LogsStreamOptions {
  maxAgeHours?: number;
  maxBytes?: number;
  replicas?: number;
}

export async function ensureLogsStream(nc: NatsConnection, options: LogsStreamOptions = {}): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = {
    name: LOGS_STREAM,
    subjects: [`${LOGS_SUBJECT_PREFIX}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: (options.maxAgeHours ?? 24) * 3600 * 1_000_000_000,
    max_bytes: options.maxBytes ?? 1024 * 1024 * 1024,
    num_replicas: options.replicas ?? 1,
  };
  try {
    await jsm.streams.info(LOGS_STREAM);
  } catch {
    await jsm.streams.add(config).catch(async (error) => {
      // Another kubelet created it meanwhile.
      if (!(await jsm.streams.info(LOGS_STREAM).then(() => true, () => false))) throw error;
    });
  }
}

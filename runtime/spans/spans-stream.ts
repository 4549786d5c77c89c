// The JetStream stream that is the cluster's own span store: subjects troupe.spans.<trace id>,
// bounded in age and size (oldest spans go first), so `troupe trace` and the console work without
// Jaeger (docs/trace-store.md). The collector creates it; a later start with other limits updates it.
import type { NatsConnection } from "@nats-io/transport-node";
import { DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import type { StreamConfig } from "@nats-io/jetstream";
import { SPANS_STREAM, SPANS_SUBJECT_PREFIX } from "../subjects.ts";

export interface SpansStreamOptions {
  /** How long a span is kept (default 1 h). */
  maxAgeMs?: number;
  /** The most the stream holds before dropping its oldest spans (default 256 MiB). */
  maxBytes?: number;
  replicas?: number;
}

export interface ResolvedSpansStreamOptions {
  maxAgeMs: number;
  maxBytes: number;
  replicas: number;
}

export const DEFAULT_SPANS_MAX_AGE_MS = 3600_000;
export const DEFAULT_SPANS_MAX_BYTES = 256 * 1024 * 1024;

export function resolveSpansStreamOptions(options: SpansStreamOptions = {}): ResolvedSpansStreamOptions {
  return {
    maxAgeMs: options.maxAgeMs ?? DEFAULT_SPANS_MAX_AGE_MS,
    maxBytes: options.maxBytes ?? DEFAULT_SPANS_MAX_BYTES,
    replicas: options.replicas ?? 1,
  };
}

export function spansStreamConfig(options: SpansStreamOptions = {}): Partial<StreamConfig> & { name: string } {
  const resolved = resolveSpansStreamOptions(options);
  return {
    name: SPANS_STREAM,
    subjects: [`${SPANS_SUBJECT_PREFIX}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: resolved.maxAgeMs * 1_000_000,
    max_bytes: resolved.maxBytes,
    num_replicas: resolved.replicas,
    allow_direct: true,
  };
}

/** Creates the stream, or brings its limits to `options` when it exists with others. */
export async function ensureSpansStream(nc: NatsConnection, options: SpansStreamOptions = {}): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = spansStreamConfig(options);
  const existing = await jsm.streams.info(SPANS_STREAM).catch(() => undefined);
  if (!existing) {
    await jsm.streams.add(config).catch(async (error) => {
      // Another collector created it meanwhile.
      if (!(await jsm.streams.info(SPANS_STREAM).then(() => true, () => false))) throw error;
    });
    return;
  }
  if (existing.config.max_age !== config.max_age || existing.config.max_bytes !== config.max_bytes) {
    await jsm.streams.update(SPANS_STREAM, { max_age: config.max_age, max_bytes: config.max_bytes });
  }
}

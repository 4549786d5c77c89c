// Store over a NATS JetStream KV bucket. The KV revision is the stream sequence, so one
// monotonic revision space covers every key, as etcd's does for Kubernetes.
import { headers, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, JetStreamApiError, type JetStreamClient } from "@nats-io/jetstream";
import { Kvm, KvWatchInclude, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { QueuedIterator } from "@nats-io/nats-core";
import { KeyExistsError, RevisionCompactedError, RevisionConflictError } from "./errors.ts";
import { readRidingLostAcks, sameBytes, writeRidingLostAcks } from "./lost-ack.ts";
import type { Store, StoreEntry, StoreList, StoreWatch, StoreWatchEvent, StoreWatchOptions } from "./types.ts";

/** JetStream's "wrong last sequence" error: a lost compare-and-set. */
const WRONG_LAST_SEQUENCE = 10071;

export interface KvStoreOptions {
  bucket: string;
  /** Values kept per key, so a watcher that resumes from a revision sees the changes it missed. */
  history?: number;
  /** Stream replicas on a NATS cluster (R3 in production, R1 on one machine). */
  replicas?: number;
  /** Largest value in bytes (-1 = the server's max_payload). */
  maxValueSize?: number;
}

export function resolveKvStoreOptions(options: KvStoreOptions): Required<KvStoreOptions> {
  return { history: 10, replicas: 1, maxValueSize: -1, ...options };
}

function isWrongLastSequence(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE;
}

function isDelete(entry: KvWatchEntry | { operation: string }): boolean {
  return entry.operation === "DEL" || entry.operation === "PURGE";
}

export class KvStore implements Store {
  readonly bucket: string;
  private readonly kv: KV;
  private readonly js: JetStreamClient;

  private constructor(bucket: string, kv: KV, js: JetStreamClient) {
    this.bucket = bucket;
    this.kv = kv;
    this.js = js;
  }

  /** Creates the bucket when missing (same settings every time, so replicas agree), or binds to it. */
  static async open(nc: NatsConnection, options: KvStoreOptions): Promise<KvStore> {
    const resolved = resolveKvStoreOptions(options);
    const kvm = new Kvm(nc);
    const kv = await kvm.create(resolved.bucket, {
      history: resolved.history,
      replicas: resolved.replicas,
      maxValueSize: resolved.maxValueSize,
    });
    return new KvStore(resolved.bucket, kv, jetstream(nc));
  }

  async get(key: string): Promise<StoreEntry | undefined> {
    const entry = await readRidingLostAcks(() => this.kv.get(key));
    if (!entry || isDelete(entry)) return undefined;
    return { key, revision: entry.revision, value: entry.value };
  }

  /** The revision of the key if it now holds exactly `value` (a write whose ack was lost landed). */
  private async holds(key: string, value: Uint8Array, after: number): Promise<number | undefined> {
    const entry = await this.kv.get(key);
    return entry && !isDelete(entry) && entry.revision > after && sameBytes(entry.value, value) ? entry.revision : undefined;
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    try {
      return await writeRidingLostAcks({ write: () => this.kv.create(key, value), landed: () => this.holds(key, value, 0) });
    } catch (error) {
      if (isWrongLastSequence(error)) throw new KeyExistsError(key, { cause: error });
      throw error;
    }
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    try {
      return await writeRidingLostAcks({ write: () => this.kv.update(key, value, expectedRevision), landed: () => this.holds(key, value, expectedRevision) });
    } catch (error) {
      if (isWrongLastSequence(error)) throw new RevisionConflictError(key, expectedRevision, { cause: error });
      throw error;
    }
  }

  // kv.delete() neither returns the revision of the delete marker nor lets the marker carry
  // data; publishing the marker ourselves (KV-Operation: DEL, the KV wire format) does both.
  async delete(key: string, expectedRevision?: number, tombstone: Uint8Array = new Uint8Array(0)): Promise<number> {
    const marker = headers();
    marker.set("KV-Operation", "DEL");
    const write = async () => (await this.js.publish(`$KV.${this.bucket}.${key}`, tombstone, {
      headers: marker,
      expect: expectedRevision === undefined ? undefined : { lastSubjectSequence: expectedRevision },
    })).seq;
    const landed = async () => {
      const entry = await this.kv.get(key);
      return entry && isDelete(entry) && entry.revision > (expectedRevision ?? 0) && sameBytes(entry.value, tombstone) ? entry.revision : undefined;
    };
    try {
      return await writeRidingLostAcks({ write, landed });
    } catch (error) {
      if (isWrongLastSequence(error)) throw new RevisionConflictError(key, expectedRevision ?? 0, { cause: error });
      throw error;
    }
  }

  async list(filter: string): Promise<StoreList> {
    const revision = await this.revision();
    const watch = await this.watch(filter);
    const entries: StoreEntry[] = [];
    let seen = 0;
    if (watch.initialCount > 0) {
      for await (const event of watch) {
        if (event.type === "put") entries.push({ key: event.key, revision: event.revision, value: event.value });
        if (++seen >= watch.initialCount) break;
      }
    }
    watch.stop();
    return { entries, revision: Math.max(revision, ...entries.map((entry) => entry.revision)) };
  }

  async watch(filter: string, options: StoreWatchOptions = {}): Promise<StoreWatch> {
    if (options.fromRevision && options.failIfCompacted) {
      // Older writes of a key beyond the bucket's history are dropped from the stream's head:
      // a watch that starts before the head would silently miss them.
      const { first_seq: oldest } = (await this.kv.status()).streamInfo.state;
      if (options.fromRevision < oldest) throw new RevisionCompactedError(options.fromRevision - 1, oldest);
    }
    const iterator = await this.kv.watch({
      key: filter,
      include: options.fromRevision ? KvWatchInclude.AllHistory : KvWatchInclude.LastValue,
      resumeFromRevision: options.fromRevision,
    });
    const initialCount = await initialCountOf(iterator);
    return new KvStoreWatch(iterator, initialCount);
  }

  async revision(): Promise<number> {
    const status = await readRidingLostAcks(() => this.kv.status());
    return status.streamInfo.state.last_seq;
  }
}

// The KV watcher learns how many stored messages it will replay when it creates its consumer
// (num_pending) but does not expose it; it keeps the consumer, whose cached info holds it.
async function initialCountOf(iterator: QueuedIterator<KvWatchEntry>): Promise<number> {
  const consumer = (iterator as unknown as { _data?: { info(cached: boolean): Promise<{ num_pending: number }> } })._data;
  if (!consumer) throw new Error("KV watcher does not expose its consumer");
  const info = await consumer.info(true);
  return info.num_pending;
}

class KvStoreWatch implements StoreWatch {
  readonly initialCount: number;
  private readonly iterator: QueuedIterator<KvWatchEntry>;

  constructor(iterator: QueuedIterator<KvWatchEntry>, initialCount: number) {
    this.iterator = iterator;
    this.initialCount = initialCount;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoreWatchEvent> {
    let seen = 0;
    for await (const entry of this.iterator) {
      seen++;
      yield {
        type: isDelete(entry) ? "delete" : "put",
        key: entry.key,
        revision: entry.revision,
        value: entry.value,
        initial: seen <= this.initialCount,
      };
    }
  }

  stop(): void {
    this.iterator.stop();
  }
}

// Store over a NATS JetStream KV bucket. The KV revision is the stream sequence, so one
// monotonic revision space covers every key, as etcd's does for Kubernetes.
import { headers, type MsgHdrs, type NatsConnection } from "@nats-io/transport-node";
import { jetstream, JetStreamApiError, type JetStreamClient } from "@nats-io/jetstream";
import { Kvm, KvWatchInclude, type KV, type KvWatchEntry } from "@nats-io/kv";
import type { QueuedIterator } from "@nats-io/nats-core";
import { KeyExistsError, RevisionCompactedError, RevisionConflictError } from "./errors.ts";
import { activeLastChange, lastChangeOfHeaders, setLastChangeHeaders, type LastChange } from "./last-change.ts";
import { readRidingLostAcks, sameBytes, writeRidingLostAcks } from "./lost-ack.ts";
import type { Store, StoreEntry, StoreList, StoreWatch, StoreWatchEvent, StoreWatchOptions } from "./types.ts";

/** JetStream's "wrong last sequence" errors: a lost compare-and-set (the second when the
 * expected sequence is 0 on some server versions: "wrong last sequence: unknown"). */
const WRONG_LAST_SEQUENCE = 10071;
const WRONG_LAST_SEQUENCE_UNKNOWN = 10164;

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
  return error instanceof JetStreamApiError && (error.code === WRONG_LAST_SEQUENCE || error.code === WRONG_LAST_SEQUENCE_UNKNOWN);
}

/**
 * The headers of the message behind a KV entry. nats.js's KvEntry does not expose them, only the
 * KV-Operation it derives from them; the entry keeps the message it was read from in a private
 * `sm` (a StoredMsg with `header` for gets, a JsMsg with `headers` for watches, nats.js v3).
 * This is the one place that reaches in, so a nats.js upgrade that renames it breaks one function
 * (and the KvStore header round-trip test), and nothing else. An entry without headers reads as none.
 */
function headersOfKvEntry(entry: object): MsgHdrs | undefined {
  const sm = (entry as { sm?: { header?: MsgHdrs; headers?: MsgHdrs } }).sm;
  return sm?.headers ?? sm?.header;
}

function lastChangeOfKvEntry(entry: object): LastChange | undefined {
  return lastChangeOfHeaders(headersOfKvEntry(entry));
}

/** A KV put's headers: the writer's trace context, or none at all when there is no span. */
function putHeaders(change: LastChange | undefined): MsgHdrs | undefined {
  if (!change) return undefined;
  const h = headers();
  setLastChangeHeaders(h, change);
  return h;
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
    const lastChange = lastChangeOfKvEntry(entry);
    return lastChange ? { key, revision: entry.revision, value: entry.value, lastChange } : { key, revision: entry.revision, value: entry.value };
  }

  private subjectOf(key: string): string {
    return `$KV.${this.bucket}.${key}`;
  }

  // kv.put/create/update cannot add headers, so the KV message is published here as they publish
  // it (the value, expecting the subject's last sequence: the same compare-and-set), plus
  // traceparent/tracestate.
  private async publishPut(key: string, value: Uint8Array, expectedRevision: number, change: LastChange | undefined): Promise<number> {
    return (await this.js.publish(this.subjectOf(key), value, { headers: putHeaders(change), expect: { lastSubjectSequence: expectedRevision } })).seq;
  }

  // kv.create's semantics: "the subject has no message" (expected sequence 0); a key whose last
  // message is a delete or purge marker does not exist either, and is created over that marker.
  private async publishCreate(key: string, value: Uint8Array, change: LastChange | undefined): Promise<number> {
    try {
      return await this.publishPut(key, value, 0, change);
    } catch (error) {
      if (!isWrongLastSequence(error)) throw error;
      const current = await this.kv.get(key);
      if (!current || !isDelete(current)) throw error;
      return this.publishPut(key, value, current.revision, change);
    }
  }

  /** The revision of the key if it now holds exactly `value` (a write whose ack was lost landed). */
  private async holds(key: string, value: Uint8Array, after: number): Promise<number | undefined> {
    const entry = await this.kv.get(key);
    return entry && !isDelete(entry) && entry.revision > after && sameBytes(entry.value, value) ? entry.revision : undefined;
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    try {
      const change = activeLastChange();
      return await writeRidingLostAcks({ write: () => this.publishCreate(key, value, change), landed: () => this.holds(key, value, 0) });
    } catch (error) {
      if (isWrongLastSequence(error)) throw new KeyExistsError(key, { cause: error });
      throw error;
    }
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    // As kv.update: expected sequence 0 would mean "create", which update must never do.
    if (expectedRevision <= 0) throw new Error("version must be greater than 0");
    try {
      const change = activeLastChange();
      return await writeRidingLostAcks({ write: () => this.publishPut(key, value, expectedRevision, change), landed: () => this.holds(key, value, expectedRevision) });
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
    const change = activeLastChange();
    if (change) setLastChangeHeaders(marker, change);
    const write = async () => (await this.js.publish(this.subjectOf(key), tombstone, {
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
        if (event.type === "put") entries.push(entryOf(event));
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

function entryOf(event: StoreWatchEvent): StoreEntry {
  const entry: StoreEntry = { key: event.key, revision: event.revision, value: event.value };
  if (event.lastChange) entry.lastChange = event.lastChange;
  return entry;
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
      const event: StoreWatchEvent = {
        type: isDelete(entry) ? "delete" : "put",
        key: entry.key,
        revision: entry.revision,
        value: entry.value,
        initial: seen <= this.initialCount,
        writtenAt: entry.created.getTime(),
      };
      const lastChange = lastChangeOfKvEntry(entry);
      if (lastChange) event.lastChange = lastChange;
      yield event;
    }
  }

  stop(): void {
    this.iterator.stop();
  }
}

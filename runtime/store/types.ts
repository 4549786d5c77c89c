// The contract of Troupe's state store: keys with monotonic revisions (one revision space for
// the whole store, like etcd), compare-and-set writes, and watches resumable from a revision.
import type { LastChange } from "./last-change.ts";

export interface StoreEntry {
  key: string;
  revision: number;
  value: Uint8Array;
  /** Trace context of the request that wrote this revision (stores that keep it; docs/tracing.md). */
  lastChange?: LastChange;
}

export interface StoreWatchEvent {
  type: "put" | "delete";
  key: string;
  revision: number;
  /** For deletes: the tombstone given to delete() (the object's last state), or empty. */
  value: Uint8Array;
  /** Part of the snapshot that was stored when the watch started (not a live change). */
  initial: boolean;
  /** Trace context of the request that made this change, when the store keeps it. */
  lastChange?: LastChange;
  /** When the store wrote this (ms since the epoch, the store's clock), when it knows. */
  writtenAt?: number;
}

export interface StoreWatch extends AsyncIterable<StoreWatchEvent> {
  /** How many events the watch replays before live changes (0 when nothing matched). */
  readonly initialCount: number;
  stop(): void;
}

export interface StoreWatchOptions {
  /** Replay every stored change with revision >= fromRevision, then follow. Default: the
   * latest value of each matching key (deleted keys included as deletes), then follow. */
  fromRevision?: number;
  /** Fail with RevisionCompactedError when changes after fromRevision are no longer all held
   * (API watches answer 410 Gone, and their clients relist). Internal informers leave it off:
   * they resume with each key's latest value, which is all a level-based reader needs. */
  failIfCompacted?: boolean;
}

export interface StoreList {
  entries: StoreEntry[];
  /** A revision at or before which the list is complete; watch from revision + 1 to follow it. */
  revision: number;
}

export interface ReadOptions {
  /** Read the latest value from the source of truth, bypassing any cache. */
  fresh?: boolean;
}

export interface Store {
  get(key: string, options?: ReadOptions): Promise<StoreEntry | undefined>;
  /** Fails with KeyExistsError when the key holds a value. Writes keep the active span's trace
   * context with the value (stores that can: KvStore, MemoryStore; docs/tracing.md). */
  create(key: string, value: Uint8Array): Promise<number>;
  /** Fails with RevisionConflictError unless the key's revision is expectedRevision. */
  update(key: string, value: Uint8Array, expectedRevision: number): Promise<number>;
  /** Fails with RevisionConflictError when expectedRevision is given and differs. The tombstone
   * (the object's last state) travels with the delete event to watchers. */
  delete(key: string, expectedRevision?: number, tombstone?: Uint8Array): Promise<number>;
  /** Current values of the keys matching a filter (`pods.>`, `pods.default.>`). */
  list(filter: string): Promise<StoreList>;
  watch(filter: string, options?: StoreWatchOptions): Promise<StoreWatch>;
  /** The latest revision written anywhere in the store. */
  revision(): Promise<number>;
}

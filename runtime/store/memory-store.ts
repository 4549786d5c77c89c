// In-memory Store with the same semantics as KvStore (shared revision counter, history kept
// for replay): for unit tests of code that reads and writes state without a NATS server.
import { AsyncQueue } from "../async-queue.ts";
import { KeyExistsError, RevisionConflictError } from "./errors.ts";
import { keyMatches } from "./key-filter.ts";
import { activeLastChange } from "./last-change.ts";
import type { Store, StoreEntry, StoreList, StoreWatch, StoreWatchEvent, StoreWatchOptions } from "./types.ts";

type Change = Omit<StoreWatchEvent, "initial">;

export class MemoryStore implements Store {
  private readonly values = new Map<string, StoreEntry>();
  private readonly changes: Change[] = [];
  private readonly watches = new Set<MemoryStoreWatch>();
  private lastRevision = 0;

  async get(key: string): Promise<StoreEntry | undefined> {
    return this.values.get(key);
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    if (this.values.has(key)) throw new KeyExistsError(key);
    return this.write("put", key, value);
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    if (this.values.get(key)?.revision !== expectedRevision) throw new RevisionConflictError(key, expectedRevision);
    return this.write("put", key, value);
  }

  async delete(key: string, expectedRevision?: number, tombstone: Uint8Array = new Uint8Array(0)): Promise<number> {
    const current = this.changes.findLast((change) => change.key === key)?.revision ?? 0;
    if (expectedRevision !== undefined && current !== expectedRevision) throw new RevisionConflictError(key, expectedRevision);
    return this.write("delete", key, tombstone);
  }

  async list(filter: string): Promise<StoreList> {
    const entries = [...this.values.values()].filter((entry) => keyMatches(filter, entry.key)).sort((a, b) => a.revision - b.revision);
    return { entries, revision: this.lastRevision };
  }

  async watch(filter: string, options: StoreWatchOptions = {}): Promise<StoreWatch> {
    const replay = options.fromRevision
      ? this.changes.filter((change) => change.revision >= (options.fromRevision ?? 0) && keyMatches(filter, change.key))
      : this.latestPerKey(filter);
    const watch = new MemoryStoreWatch(filter, replay, () => this.watches.delete(watch));
    this.watches.add(watch);
    return watch;
  }

  async revision(): Promise<number> {
    return this.lastRevision;
  }

  private latestPerKey(filter: string): Change[] {
    const latest = new Map<string, Change>();
    for (const change of this.changes) if (keyMatches(filter, change.key)) latest.set(change.key, change);
    return [...latest.values()].sort((a, b) => a.revision - b.revision);
  }

  private write(type: Change["type"], key: string, value: Uint8Array): number {
    const revision = ++this.lastRevision;
    const lastChange = activeLastChange();
    const written = { type, key, revision, value, writtenAt: Date.now() };
    const change: Change = lastChange ? { ...written, lastChange } : written;
    this.changes.push(change);
    if (type === "put") this.values.set(key, lastChange ? { key, revision, value, lastChange } : { key, revision, value });
    else this.values.delete(key);
    for (const watch of this.watches) watch.offer(change);
    return revision;
  }
}

class MemoryStoreWatch implements StoreWatch {
  readonly initialCount: number;
  private readonly filter: string;
  private readonly queue = new AsyncQueue<StoreWatchEvent>();
  private readonly onStop: () => void;

  constructor(filter: string, replay: Change[], onStop: () => void) {
    this.filter = filter;
    this.initialCount = replay.length;
    for (const change of replay) this.queue.push({ ...change, initial: true });
    this.onStop = onStop;
  }

  offer(change: Change): void {
    if (keyMatches(this.filter, change.key)) this.queue.push({ ...change, initial: false });
  }

  [Symbol.asyncIterator](): AsyncIterator<StoreWatchEvent> {
    return this.queue[Symbol.asyncIterator]();
  }

  stop(): void {
    this.queue.close();
    this.onStop();
  }
}

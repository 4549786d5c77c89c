// A Store that serves reads from memory: it watches every key of an inner store (as the
// Kubernetes API server's watch cache does) and writes through, so this process always reads
// its own writes. A list first waits until the watch has delivered the store's current revision,
// so it is consistent. A get is answered from memory at once: an object changed moments ago by
// another process may be read slightly stale, and one missing from the cache is read from the
// inner store, so it is never reported missing. Writes still go to the inner store with
// compare-and-set, so a stale cache can cost a retry, never a lost update.
import { Backoff } from "../backoff.ts";
import type { Logger } from "../log.ts";
import { keyMatches } from "./key-filter.ts";
import { activeLastChange, type LastChange } from "./last-change.ts";
import type { ReadOptions, Store, StoreEntry, StoreList, StoreWatch, StoreWatchOptions } from "./types.ts";

/** How long a list waits for the watch to catch up before reading the store instead. */
const CATCH_UP_TIMEOUT_MS = 500;

interface CachedKey {
  revision: number;
  /** Undefined once deleted here: kept until the watch delivers that delete, so an older event
   * still in flight cannot resurrect the key. */
  entry: StoreEntry | undefined;
}

export class CachingStore implements Store {
  private readonly inner: Store;
  private readonly logger: Logger | undefined;
  private readonly keys = new Map<string, CachedKey>();
  private readonly waiters = new Set<{ revision: number; resolve: (caughtUp: boolean) => void }>();
  /** The last revision the watch delivered: every change up to it is in the cache. Writes made
   * here can be newer, so this (not the newest write) is where a resumed watch starts. */
  private followed = 0;
  private follower: StoreWatch | undefined;
  private stopped = false;

  private constructor(inner: Store, logger?: Logger) {
    this.inner = inner;
    this.logger = logger;
  }

  /** Loads every key of `inner`, then keeps following it until stop(). */
  static async start(inner: Store, logger?: Logger): Promise<CachingStore> {
    const cache = new CachingStore(inner, logger);
    await cache.follow();
    return cache;
  }

  stop(): void {
    this.stopped = true;
    for (const waiter of this.waiters) waiter.resolve(false);
    this.waiters.clear();
    this.follower?.stop();
  }

  async get(key: string, options: ReadOptions = {}): Promise<StoreEntry | undefined> {
    if (options.fresh) {
      const entry = await this.inner.get(key);
      if (entry) this.remember(key, entry.revision, entry);
      return entry;
    }
    return this.keys.get(key)?.entry ?? (await this.inner.get(key));
  }

  // The inner store keeps the writer's trace context with the value; the cached entry keeps the
  // same one, read from the same active span, so a get served from memory returns it too.
  async create(key: string, value: Uint8Array): Promise<number> {
    const lastChange = activeLastChange();
    const revision = await this.inner.create(key, value);
    this.remember(key, revision, cachedEntry(key, revision, value, lastChange));
    return revision;
  }

  async update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    const lastChange = activeLastChange();
    const revision = await this.inner.update(key, value, expectedRevision);
    this.remember(key, revision, cachedEntry(key, revision, value, lastChange));
    return revision;
  }

  async delete(key: string, expectedRevision?: number, tombstone?: Uint8Array): Promise<number> {
    const revision = await this.inner.delete(key, expectedRevision, tombstone);
    this.remember(key, revision, undefined);
    return revision;
  }

  /** A consistent list: once the watch has delivered everything up to the store's current
   * revision, from memory; from the store itself if the watch lags too far behind. */
  async list(filter: string): Promise<StoreList> {
    const current = await this.inner.revision();
    if (!(await this.caughtUp(current))) return this.inner.list(filter);
    const entries: StoreEntry[] = [];
    for (const [key, cached] of this.keys) if (cached.entry && keyMatches(filter, key)) entries.push(cached.entry);
    entries.sort((a, b) => a.revision - b.revision);
    return { entries, revision: this.followed };
  }

  watch(filter: string, options?: StoreWatchOptions): Promise<StoreWatch> {
    return this.inner.watch(filter, options);
  }

  revision(): Promise<number> {
    return this.inner.revision();
  }

  /** Keys held, tombstones of recent deletes included. */
  get cachedKeys(): number {
    return this.keys.size;
  }

  /** The last revision of the inner store whose changes are all in the cache. */
  get followedRevision(): number {
    return this.followed;
  }

  private remember(key: string, revision: number, entry: StoreEntry | undefined): void {
    const known = this.keys.get(key);
    // The watch has been past this revision already: what it delivered since is newer (a delete
    // it saw would otherwise come back as this write's stale entry, or a tombstone never cleared).
    if (!known && this.followed >= revision) return;
    if (known && known.revision >= revision) return;
    this.keys.set(key, { revision, entry });
  }

  private caughtUp(revision: number): Promise<boolean> {
    if (this.followed >= revision) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { revision, resolve };
      this.waiters.add(waiter);
      setTimeout(() => {
        if (this.waiters.delete(waiter)) resolve(false);
      }, CATCH_UP_TIMEOUT_MS).unref();
    });
  }

  private advance(revision: number): void {
    if (revision <= this.followed) return;
    this.followed = revision;
    for (const waiter of this.waiters) {
      if (waiter.revision > revision) continue;
      this.waiters.delete(waiter);
      waiter.resolve(true);
    }
  }

  // The watch delivers each key's changes in order, so once it has delivered a delete no older
  // event for that key can follow: the tombstone has done its job and the key can go.
  private forget(key: string, revision: number): void {
    const known = this.keys.get(key);
    if (!known || known.revision <= revision) this.keys.delete(key);
  }

  private async follow(): Promise<void> {
    let synced: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (synced = resolve));
    const backoff = new Backoff({ baseMs: 100, maxMs: 5000, jitter: 0.2 });
    const loop = async () => {
      while (!this.stopped) {
        try {
          const fromRevision = this.followed > 0 ? this.followed + 1 : undefined;
          this.follower = await this.inner.watch(">", { fromRevision });
          if (this.follower.initialCount === 0) synced();
          let replayed = 0;
          for await (const event of this.follower) {
            if (event.type === "put") this.remember(event.key, event.revision, cachedEntry(event.key, event.revision, event.value, event.lastChange));
            else this.forget(event.key, event.revision);
            this.advance(event.revision);
            if (event.initial && ++replayed >= this.follower.initialCount) synced();
            backoff.reset();
          }
        } catch (error) {
          this.logger?.warn("state cache watch failed; resuming", { revision: this.followed, error });
        }
        if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, backoff.next()));
      }
    };
    void loop();
    await ready;
  }
}

function cachedEntry(key: string, revision: number, value: Uint8Array, lastChange: LastChange | undefined): StoreEntry {
  return lastChange ? { key, revision, value, lastChange } : { key, revision, value };
}

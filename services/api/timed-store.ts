// The state store with the latency of each operation measured: the API wraps the KV bucket in it,
// below its cache, so the histogram shows what JetStream costs (cache hits are not store calls).
import type { Histogram } from "prom-client";
import type { ReadOptions, Store, StoreEntry, StoreList, StoreWatch, StoreWatchOptions } from "../../runtime/store/types.ts";
import type { StoreOperation } from "./metrics.ts";

export class TimedStore implements Store {
  private readonly inner: Store;
  private readonly duration: Histogram<"operation">;

  constructor(inner: Store, duration: Histogram<"operation">) {
    this.inner = inner;
    this.duration = duration;
  }

  get(key: string, options?: ReadOptions): Promise<StoreEntry | undefined> {
    return this.timed("get", () => this.inner.get(key, options));
  }

  create(key: string, value: Uint8Array): Promise<number> {
    return this.timed("create", () => this.inner.create(key, value));
  }

  update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    return this.timed("update", () => this.inner.update(key, value, expectedRevision));
  }

  delete(key: string, expectedRevision?: number, tombstone?: Uint8Array): Promise<number> {
    return this.timed("delete", () => this.inner.delete(key, expectedRevision, tombstone));
  }

  list(filter: string): Promise<StoreList> {
    return this.timed("list", () => this.inner.list(filter));
  }

  /** The time to open the watch, not its life. */
  watch(filter: string, options?: StoreWatchOptions): Promise<StoreWatch> {
    return this.timed("watch", () => this.inner.watch(filter, options));
  }

  revision(): Promise<number> {
    return this.inner.revision();
  }

  /** Failed operations count too: a conflict costs a round trip like a success. */
  private async timed<T>(operation: StoreOperation, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.duration.observe({ operation }, (performance.now() - started) / 1000);
    }
  }
}

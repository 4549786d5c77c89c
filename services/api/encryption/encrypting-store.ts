// The API's view of the state bucket with encryption at rest: a Store over the API's cache whose
// writes of configured resources (Secrets) are encrypted and whose reads (get, list, watch) are
// decrypted, so the bucket, its history on disk and every other reader of it only ever see
// ciphertext. It sits above the watch cache: the cache holds ciphertext too, and a value that
// cannot be decrypted fails the read that needs it, with a message naming the key.
import type { Logger } from "../../../runtime/log.ts";
import { RevisionConflictError } from "../../../runtime/store/errors.ts";
import type { ReadOptions, Store, StoreEntry, StoreList, StoreWatch, StoreWatchEvent, StoreWatchOptions } from "../../../runtime/store/types.ts";
import { IDENTITY_TRANSFORMER, storedKeyName, IDENTITY_KEY_NAME, type StorageTransformer } from "./storage-transformer.ts";

const REWRITE_ATTEMPTS = 5;

export interface RewriteResult {
  /** Values written again under the write key. */
  rewritten: number;
  /** Values already under the write key. */
  unchanged: number;
}

/** Told of every encryption and decryption of a configured resource (for metrics). */
export type TransformObserver = (operation: "encrypt" | "decrypt", outcome: "ok" | "error") => void;

export class EncryptingStore implements Store {
  private readonly inner: Store;
  private readonly logger: Logger;
  private readonly observe: TransformObserver;
  private transformers: Map<string, StorageTransformer>;

  constructor(inner: Store, transformers: Map<string, StorageTransformer>, logger: Logger, observe: TransformObserver = () => undefined) {
    this.inner = inner;
    this.transformers = transformers;
    this.logger = logger;
    this.observe = observe;
  }

  /** Switches to a new configuration: later writes use its write key, reads all its keys. */
  setTransformers(transformers: Map<string, StorageTransformer>): void {
    this.transformers = transformers;
  }

  /** The key writes of `resource` use now ("identity" when stored as they are). */
  writeKeyName(resource: string): string {
    return this.transformerOf(`${resource}.`).writeKeyName;
  }

  async get(key: string, options?: ReadOptions): Promise<StoreEntry | undefined> {
    const entry = await this.inner.get(key, options);
    return entry && this.decrypted(entry);
  }

  create(key: string, value: Uint8Array): Promise<number> {
    return this.inner.create(key, this.encrypt(key, value));
  }

  update(key: string, value: Uint8Array, expectedRevision: number): Promise<number> {
    return this.inner.update(key, this.encrypt(key, value), expectedRevision);
  }

  delete(key: string, expectedRevision?: number, tombstone?: Uint8Array): Promise<number> {
    const stored = tombstone && tombstone.length > 0 ? this.encrypt(key, tombstone) : tombstone;
    return this.inner.delete(key, expectedRevision, stored);
  }

  async list(filter: string): Promise<StoreList> {
    const { entries, revision } = await this.inner.list(filter);
    return { entries: entries.map((entry) => this.decrypted(entry)), revision };
  }

  async watch(filter: string, options?: StoreWatchOptions): Promise<StoreWatch> {
    return new DecryptingWatch(await this.inner.watch(filter, options), (event) => this.decryptedEvent(event));
  }

  revision(): Promise<number> {
    return this.inner.revision();
  }

  /**
   * Writes every value of `resource` that is not under the current write key again (same
   * content, compare-and-set on its revision; a concurrent write is read again), as
   * `kubectl get secrets -A -o json | kubectl replace -f -` does after a key rotation.
   */
  async rewrite(resource: string): Promise<RewriteResult> {
    const result: RewriteResult = { rewritten: 0, unchanged: 0 };
    const { entries } = await this.inner.list(`${resource}.>`);
    for (const listed of entries) {
      let entry: StoreEntry | undefined = listed;
      for (let attempt = 1; entry; attempt++) {
        const transformer = this.transformerOf(entry.key);
        if ((storedKeyName(entry.value) ?? IDENTITY_KEY_NAME) === transformer.writeKeyName) {
          result.unchanged++;
          break;
        }
        const value = this.decrypt(entry.key, entry.value);
        try {
          await this.inner.update(entry.key, this.encrypt(entry.key, value), entry.revision);
          result.rewritten++;
          break;
        } catch (error) {
          if (!(error instanceof RevisionConflictError) || attempt >= REWRITE_ATTEMPTS) throw error;
          entry = await this.inner.get(entry.key, { fresh: true });
        }
      }
    }
    return result;
  }

  private transformerOf(key: string): StorageTransformer {
    return this.transformers.get(key.slice(0, key.indexOf("."))) ?? IDENTITY_TRANSFORMER;
  }

  private decrypted(entry: StoreEntry): StoreEntry {
    return { ...entry, value: this.decrypt(entry.key, entry.value) };
  }

  private isEncrypted(key: string): boolean {
    return this.transformers.has(key.slice(0, key.indexOf(".")));
  }

  private encrypt(key: string, value: Uint8Array): Uint8Array {
    const stored = this.transformerOf(key).toStorage(key, value);
    if (this.isEncrypted(key)) this.observe("encrypt", "ok");
    return stored;
  }

  private decrypt(key: string, stored: Uint8Array): Uint8Array {
    try {
      const { value } = this.transformerOf(key).fromStorage(key, stored);
      if (this.isEncrypted(key)) this.observe("decrypt", "ok");
      return value;
    } catch (error) {
      this.observe("decrypt", "error");
      throw error;
    }
  }

  // A watch cannot fail one event without ending for every object: a value that does not
  // decrypt is logged and passed on empty, which watchers skip (as they skip empty tombstones).
  private decryptedEvent(event: StoreWatchEvent): StoreWatchEvent {
    if (event.value.length === 0) return event;
    try {
      return { ...event, value: this.decrypt(event.key, event.value) };
    } catch (error) {
      this.logger.error("stored value cannot be decrypted; left out of the watch", { key: event.key, revision: event.revision, error });
      return { ...event, value: new Uint8Array(0) };
    }
  }
}

class DecryptingWatch implements StoreWatch {
  readonly initialCount: number;
  private readonly inner: StoreWatch;
  private readonly transform: (event: StoreWatchEvent) => StoreWatchEvent;

  constructor(inner: StoreWatch, transform: (event: StoreWatchEvent) => StoreWatchEvent) {
    this.inner = inner;
    this.initialCount = inner.initialCount;
    this.transform = transform;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StoreWatchEvent> {
    for await (const event of this.inner) yield this.transform(event);
  }

  stop(): void {
    this.inner.stop();
  }
}

// An informer: one resource's objects kept in a local cache by watching the store, with change
// handlers. It lists through the watch's snapshot, marks itself synced, then follows changes;
// when the watch breaks it resumes from the last revision it applied, so nothing is missed.
import type { SpanContext } from "@opentelemetry/api";
import type { ResourceInfo } from "../codec/resources.ts";
import { Backoff } from "../backoff.ts";
import type { Logger } from "../log.ts";
import { stateKeyFilter } from "../subjects.ts";
import { changeTrigger } from "./change-trigger.ts";
import { EncryptedResourceError } from "./errors.ts";
import type { ApiObject, ObjectRepository } from "./object-repository.ts";
import type { StoreWatch, StoreWatchEvent } from "./types.ts";

/**
 * Change handlers. `trigger` is the trace context of the write that made the change, given only
 * for real changes (a new revision, a delete), not for the snapshot of a first list (but for its
 * entries written after the informer was created, change-trigger.ts): work a handler starts for
 * it continues that trace (docs/tracing.md).
 */
export interface InformerHandlers<T extends ApiObject> {
  onAdd?(object: T, trigger?: SpanContext): void;
  onUpdate?(previous: T, object: T, trigger?: SpanContext): void;
  onDelete?(object: T, trigger?: SpanContext): void;
}

export interface InformerOptions {
  repo: ObjectRepository;
  info: ResourceInfo;
  /** Only this namespace (namespaced resources); all namespaces when absent. */
  namespace?: string;
  logger?: Logger;
  /** Continue from this revision (the last one a previous informer applied) instead of a snapshot. */
  fromRevision?: number;
}

export class Informer<T extends ApiObject = ApiObject> {
  private readonly options: InformerOptions;
  private readonly cache = new Map<string, T>();
  private readonly handlers: InformerHandlers<T>[] = [];
  private watch: StoreWatch | undefined;
  private revision = 0;
  private synced = false;
  private stopped = false;
  private syncWaiters: (() => void)[] = [];
  /** Snapshot entries written since (the store's clock) are changes this informer serves first. */
  private readonly createdAt = Date.now();

  constructor(options: InformerOptions) {
    // The bucket holds only their ciphertext; the API's watch verb serves them decrypted.
    if (options.info.plural === "secrets") throw new EncryptedResourceError(options.info.plural);
    this.options = options;
    this.revision = options.fromRevision ?? 0;
  }

  addHandlers(handlers: InformerHandlers<T>): void {
    this.handlers.push(handlers);
  }

  /** Starts following the store; resolves once the cache holds the current state. */
  async start(): Promise<void> {
    void this.run();
    if (!this.synced) await new Promise<void>((resolve) => this.syncWaiters.push(resolve));
  }

  hasSynced(): boolean {
    return this.synced;
  }

  /** Resolves once the cache holds the current state (at once when it already does). */
  whenSynced(): Promise<void> {
    return this.synced ? Promise.resolve() : new Promise<void>((resolve) => this.syncWaiters.push(resolve));
  }

  /** The last store revision applied to the cache: resume a later informer from here. */
  get lastRevision(): number {
    return this.revision;
  }

  get(namespace: string | undefined, name: string): T | undefined {
    return this.cache.get(this.options.repo.key(this.options.info, namespace, name));
  }

  list(filter: (object: T) => boolean = () => true): T[] {
    return [...this.cache.values()].filter(filter);
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
  }

  private async run(): Promise<void> {
    const { repo, info, namespace, logger } = this.options;
    const backoff = new Backoff({ baseMs: 100, maxMs: 5000, jitter: 0.2 });
    while (!this.stopped) {
      try {
        const resume = this.revision > 0 ? this.revision + 1 : undefined;
        this.watch = await repo.store.watch(stateKeyFilter(info.plural, info.namespaced ? namespace : undefined), { fromRevision: resume });
        if (this.watch.initialCount === 0) this.markSynced();
        let replayed = 0;
        for await (const event of this.watch) {
          if (this.stopped) break;
          this.apply(event, resume === undefined);
          if (event.initial && ++replayed >= this.watch.initialCount) this.markSynced();
          backoff.reset();
        }
      } catch (error) {
        logger?.warn("informer watch failed; resuming", { resource: info.plural, revision: this.revision, error });
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, backoff.next()));
    }
  }

  private apply(event: StoreWatchEvent, snapshot: boolean): void {
    this.revision = Math.max(this.revision, event.revision);
    const previous = this.cache.get(event.key);
    const trigger = changeTrigger({ event, previousRevision: revisionOf(previous), snapshot, since: this.createdAt });
    if (event.type === "delete") {
      if (!previous) return;
      this.cache.delete(event.key);
      for (const handler of this.handlers) handler.onDelete?.(previous, trigger);
      return;
    }
    const object = this.options.repo.decode<T>(this.options.info, { key: event.key, revision: event.revision, value: event.value }).object;
    this.cache.set(event.key, object);
    for (const handler of this.handlers) {
      if (previous) handler.onUpdate?.(previous, object, trigger);
      else handler.onAdd?.(object, trigger);
    }
  }

  private markSynced(): void {
    if (this.synced) return;
    this.synced = true;
    for (const resolve of this.syncWaiters.splice(0)) resolve();
  }
}

function revisionOf(object: ApiObject | undefined): number | undefined {
  const text = object?.metadata?.resourceVersion;
  return text ? Number(text) : undefined;
}

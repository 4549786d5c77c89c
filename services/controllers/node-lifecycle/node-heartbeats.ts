// The node heartbeats the node lifecycle controller judges health by: a watch on the node
// leases in the leases bucket, recording for each node when, on THIS process's clock, its
// renewTime last changed. The kubelet's own timestamps are never compared with ours, so clock
// skew between machines cannot make a live node look dead (Kubernetes' nodeHealthMap).
import { Backoff } from "../../../runtime/backoff.ts";
import { decodeMessage } from "../../../runtime/codec/protobuf.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { Store, StoreWatch, StoreWatchEvent } from "../../../runtime/store/types.ts";
import { NODE_LEASE_FILTER, nodeNameOfLeaseKey } from "../../../runtime/subjects.ts";

export interface NodeHeartbeatsOptions {
  /** The leases bucket (openLeaseStore), or a MemoryStore in tests. */
  store: Store;
  logger?: Logger;
  now?: () => Date;
}

interface Seen {
  renewTime: string;
  at: Date;
}

interface LeaseMessage {
  spec?: { renewTime?: string | null } | null;
}

export class NodeHeartbeats {
  readonly #options: NodeHeartbeatsOptions;
  readonly #seen = new Map<string, Seen>();
  readonly #synced = Promise.withResolvers<void>();
  #watch: StoreWatch | undefined;
  #revision = 0;
  #stopped = false;

  constructor(options: NodeHeartbeatsOptions) {
    this.#options = options;
  }

  /** Starts following the leases; resolves once the current ones are recorded. */
  async start(): Promise<void> {
    void this.#run();
    await this.#synced.promise;
  }

  stop(): void {
    this.#stopped = true;
    this.#watch?.stop();
    this.#synced.resolve();
  }

  /** When this process last saw the node's lease renewed; undefined if it never saw a lease. */
  lastHeartbeat(nodeName: string): Date | undefined {
    return this.#seen.get(nodeName)?.at;
  }

  async #run(): Promise<void> {
    const { store, logger } = this.#options;
    const backoff = new Backoff({ baseMs: 100, maxMs: 5000, jitter: 0.2 });
    while (!this.#stopped) {
      try {
        const resume = this.#revision > 0 ? this.#revision + 1 : undefined;
        this.#watch = await store.watch(NODE_LEASE_FILTER, { fromRevision: resume });
        if (this.#watch.initialCount === 0) this.#synced.resolve();
        let replayed = 0;
        for await (const event of this.#watch) {
          if (this.#stopped) break;
          this.#apply(event);
          if (event.initial && ++replayed >= this.#watch.initialCount) this.#synced.resolve();
          backoff.reset();
        }
      } catch (error) {
        logger?.warn("node lease watch failed; resuming", { revision: this.#revision, error });
      }
      if (!this.#stopped) await new Promise((resolve) => setTimeout(resolve, backoff.next()));
    }
  }

  #apply(event: StoreWatchEvent): void {
    this.#revision = Math.max(this.#revision, event.revision);
    const node = nodeNameOfLeaseKey(event.key);
    if (!node) return;
    if (event.type === "delete") {
      this.#seen.delete(node);
      return;
    }
    let renewTime: string;
    try {
      renewTime = decodeMessage<LeaseMessage>("Lease", event.value).spec?.renewTime ?? "";
    } catch (error) {
      this.#options.logger?.warn("unreadable node lease", { node, error });
      return;
    }
    if (this.#seen.get(node)?.renewTime === renewTime) return;
    this.#seen.set(node, { renewTime, at: this.#options.now?.() ?? new Date() });
  }
}

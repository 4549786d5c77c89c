// One NATS watch: follows the store from a revision and publishes each matching change, in
// order, to the subscriber's subject, until it is stopped or its keepalives stop arriving.
import type { NatsConnection } from "@nats-io/transport-node";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ApiObject, ObjectRepository } from "../../../runtime/store/object-repository.ts";
import type { StoreWatch } from "../../../runtime/store/types.ts";
import type { ApiMetrics } from "../metrics.ts";
import type { ObjectFilter } from "../operations/list.ts";
import type { VersionView } from "../../../runtime/codec/version-views.ts";
import { CONTENT_TYPE_HEADER, CONTENT_TYPES, encodeWatchEvent, type WireFormat } from "../wire.ts";
import { headers } from "@nats-io/transport-node";
import type { LastChange } from "../../../runtime/store/last-change.ts";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../../../runtime/subjects.ts";

export interface WatchSessionOptions {
  id: string;
  info: ResourceInfo;
  /** Events in another served version than the stored one (JSON only). */
  view?: VersionView;
  repo: ObjectRepository;
  storeWatch: StoreWatch;
  filter: ObjectFilter;
  deliverTo: string;
  format: WireFormat;
  /** True when the watch started from the current state rather than from a revision. */
  snapshot: boolean;
  /** Store revision when the watch started: the first BOOKMARK's when nothing is replayed. */
  startRevision: number;
  idleTimeoutMs: number;
  nc: NatsConnection;
  logger: Logger;
  metrics: Pick<ApiMetrics, "watchEvents" | "watchLag">;
  onEnd: (id: string) => void;
}

export class WatchSession {
  readonly id: string;
  private readonly options: WatchSessionOptions;
  private lastKeepalive = Date.now();
  private stopped = false;
  /** Keys this watch has shown as present: a put for one of them is MODIFIED, otherwise ADDED. */
  private readonly present = new Set<string>();

  constructor(options: WatchSessionOptions) {
    this.id = options.id;
    this.options = options;
  }

  keepalive(): void {
    this.lastKeepalive = Date.now();
  }

  isIdle(now: number): boolean {
    return now - this.lastKeepalive > this.options.idleTimeoutMs;
  }

  stop(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.options.storeWatch.stop();
    this.options.logger.debug("watch ended", { watchId: this.id, reason });
    this.options.onEnd(this.id);
  }

  /** Publishes events until stopped; a BOOKMARK marks the end of the replayed part. */
  async run(): Promise<void> {
    const { storeWatch, repo, info, filter } = this.options;
    let replayed = 0;
    let lastRevision = this.options.startRevision;
    if (storeWatch.initialCount === 0) this.bookmark(lastRevision);
    try {
      for await (const event of storeWatch) {
        if (this.stopped) break;
        const seen = performance.now();
        lastRevision = Math.max(lastRevision, event.revision);
        const object = event.value.length > 0 ? repo.decode(info, { key: event.key, revision: event.revision, value: event.value }).object : undefined;
        const type = this.eventType(event.type, event.key, event.initial);
        if (object && type && filter(object)) {
          this.publish(type, object, event.lastChange);
          this.options.metrics.watchEvents.inc({ resource: info.plural });
          this.options.metrics.watchLag.observe((performance.now() - seen) / 1000);
        }
        if (event.initial && ++replayed === storeWatch.initialCount) this.bookmark(lastRevision);
      }
    } catch (error) {
      this.options.logger.warn("watch failed", { watchId: this.id, error });
    } finally {
      this.stop("store watch ended");
    }
  }

  private eventType(type: "put" | "delete", key: string, initial: boolean): string | undefined {
    if (type === "delete") {
      // A delete in the snapshot of a watch without revision is history, not news.
      const known = this.present.delete(key);
      return known || !(initial && this.options.snapshot) ? "DELETED" : undefined;
    }
    const known = this.present.has(key);
    this.present.add(key);
    return known ? "MODIFIED" : "ADDED";
  }

  private bookmark(revision: number): void {
    const { info } = this.options;
    this.publish("BOOKMARK", { apiVersion: info.apiVersion, kind: info.kind, metadata: { resourceVersion: String(revision) } });
  }

  private publish(type: string, object: ApiObject, lastChange?: LastChange): void {
    const { nc, deliverTo, info, format, view } = this.options;
    const header = headers();
    header.set(CONTENT_TYPE_HEADER, CONTENT_TYPES[format]);
    if (lastChange) header.set(LAST_CHANGE_TRACEPARENT_HEADER, lastChange.traceparent);
    nc.publish(deliverTo, encodeWatchEvent(info, type, object, format, view), { headers: header });
  }
}

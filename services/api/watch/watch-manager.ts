// The watches one API replica serves. Each has a control subject on this replica (keepalive,
// stop); a watch whose keepalives stop (the client died) ends after its idle timeout.
import { randomUUID } from "node:crypto";
import type { NatsConnection, Subscription } from "@nats-io/transport-node";
import { BadRequestError, ExpiredError } from "../../../runtime/api-errors.ts";
import { RevisionCompactedError } from "../../../runtime/store/errors.ts";
import type { VersionView } from "../../../runtime/codec/version-views.ts";
import type { ResourceInfo } from "../../../runtime/codec/resources.ts";
import type { Logger } from "../../../runtime/log.ts";
import type { ObjectRepository } from "../../../runtime/store/object-repository.ts";
import { apiWatchControlSubject, stateKeyFilter } from "../../../runtime/subjects.ts";
import type { ApiMetrics } from "../metrics.ts";
import { compileFilter } from "../operations/list.ts";
import { decodeRequest, wireFormatOf, type WireFormat } from "../wire.ts";
import { WatchSession } from "./watch-session.ts";

export interface WatchQuery {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  resourceVersion?: string;
  deliverTo?: string;
  idleTimeoutSeconds?: number;
}

export interface WatchStarted {
  watchId: string;
  controlSubject: string;
  resourceVersion: string;
}

const DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
const MAX_IDLE_TIMEOUT_SECONDS = 600;

export class WatchManager {
  private readonly sessions = new Map<string, WatchSession>();
  private readonly nc: NatsConnection;
  private readonly repo: ObjectRepository;
  private readonly instanceId: string;
  private readonly logger: Logger;
  private readonly metrics: ApiMetrics;
  private control: Subscription | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private readonly windowRevisions: number;

  constructor(nc: NatsConnection, repo: ObjectRepository, instanceId: string, logger: Logger, metrics: ApiMetrics, windowRevisions = 0) {
    this.windowRevisions = windowRevisions;
    this.nc = nc;
    this.repo = repo;
    this.instanceId = instanceId;
    this.logger = logger;
    this.metrics = metrics;
  }

  start(): void {
    this.control = this.nc.subscribe(apiWatchControlSubject(this.instanceId, "*"), {
      callback: (error, msg) => {
        if (error) return;
        const watchId = msg.subject.slice(msg.subject.lastIndexOf(".") + 1);
        const session = this.sessions.get(watchId);
        let action = "";
        try {
          action = decodeRequest<{ action?: string }>("WatchControl", msg.data, wireFormatOf(msg.headers?.get("Content-Type"), msg.data)).action ?? "";
        } catch {
          action = "";
        }
        if (session && action === "stop") session.stop("stopped by client");
        else session?.keepalive();
        msg.respond(new TextEncoder().encode(session ? "ok" : "gone"));
      },
    });
    this.sweeper = setInterval(() => {
      const now = Date.now();
      for (const session of this.sessions.values()) if (session.isIdle(now)) session.stop("idle timeout");
    }, 1000);
    this.sweeper.unref();
  }

  async open(info: ResourceInfo, query: WatchQuery, format: WireFormat, view?: VersionView): Promise<WatchStarted> {
    if (!query.deliverTo) throw new BadRequestError("watch needs deliverTo: the subject to publish events to");
    const filter = compileFilter(info, query);
    const fromRevision = query.resourceVersion && query.resourceVersion !== "0" ? Number(query.resourceVersion) + 1 : undefined;
    if (fromRevision !== undefined && !Number.isSafeInteger(fromRevision)) {
      throw new BadRequestError(`invalid resourceVersion "${query.resourceVersion}": must be an integer`);
    }
    const startRevision = await this.repo.store.revision();
    if (fromRevision !== undefined && this.windowRevisions > 0 && fromRevision - 1 < startRevision - this.windowRevisions) {
      throw new ExpiredError(fromRevision - 1, startRevision - this.windowRevisions);
    }
    const storeWatch = await this.repo.store
      .watch(stateKeyFilter(info.plural, info.namespaced ? query.namespace || undefined : undefined), { fromRevision, failIfCompacted: true })
      .catch((error: unknown) => {
        if (error instanceof RevisionCompactedError) throw new ExpiredError(error.requested, error.oldest);
        throw error;
      });
    const idleSeconds = Math.min(query.idleTimeoutSeconds || DEFAULT_IDLE_TIMEOUT_SECONDS, MAX_IDLE_TIMEOUT_SECONDS);
    const id = randomUUID().replaceAll("-", "");
    const session = new WatchSession({
      id, info, view, filter, format, storeWatch, startRevision,
      repo: this.repo,
      deliverTo: query.deliverTo,
      snapshot: fromRevision === undefined,
      idleTimeoutMs: idleSeconds * 1000,
      nc: this.nc,
      logger: this.logger,
      metrics: this.metrics,
      onEnd: (ended) => {
        this.sessions.delete(ended);
        this.metrics.watches.dec();
      },
    });
    this.sessions.set(id, session);
    this.metrics.watches.inc();
    // Events start flowing once the caller has its WatchStarted reply (next tick).
    setImmediate(() => void session.run());
    return { watchId: id, controlSubject: apiWatchControlSubject(this.instanceId, id), resourceVersion: String(startRevision) };
  }

  get size(): number {
    return this.sessions.size;
  }

  stop(): void {
    clearInterval(this.sweeper);
    this.control?.unsubscribe();
    for (const session of this.sessions.values()) session.stop("api shutting down");
  }
}

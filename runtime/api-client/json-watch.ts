// A watch over the NATS API. Events arrive on a private inbox; keepalives go to the serving
// replica's control subject. If that replica stops answering (it restarted, or died), the watch
// re-opens from the last resourceVersion it delivered, so no event is missed or repeated.
import type { MsgHdrs, NatsConnection, Subscription } from "@nats-io/transport-node";
import { LAST_CHANGE_TRACEPARENT_HEADER } from "../subjects.ts";
import { connectionInbox } from "../auth/connection-inbox.ts";
import { AsyncQueue } from "../async-queue.ts";
import { callApi, type CallOptions } from "./transport.ts";
import type { ApiWatch, WatchEventJson, WatchOptions } from "./types.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Started {
  watchId: string;
  controlSubject: string;
  resourceVersion?: string;
}

export class JsonWatch implements ApiWatch {
  private readonly nc: NatsConnection;
  private readonly resource: string;
  private readonly options: WatchOptions;
  private readonly timeoutMs: number;
  private readonly inbox: string;
  private readonly queue = new AsyncQueue<WatchEventJson>();
  private subscription: Subscription | undefined;
  private controlSubject = "";
  private lastRevision = 0;
  private keepaliveTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  private readonly callOptions: CallOptions;

  constructor(nc: NatsConnection, resource: string, options: WatchOptions, callOptions: CallOptions) {
    this.callOptions = callOptions;
    this.nc = nc;
    this.inbox = connectionInbox(nc);
    this.resource = resource;
    this.options = options;
    this.timeoutMs = callOptions.timeoutMs;
    this.lastRevision = Number(options.resourceVersion) || 0;
  }

  async start(): Promise<void> {
    this.subscription = this.nc.subscribe(this.inbox, { callback: (error, msg) => (error ? this.queue.fail(error) : this.receive(msg.data, msg.headers)) });
    await this.open(this.options.resourceVersion);
    const idleSeconds = this.options.idleTimeoutSeconds ?? 30;
    this.keepaliveTimer = setInterval(() => void this.keepalive(), Math.max(250, (idleSeconds * 1000) / 3));
  }

  private async open(resourceVersion: string | undefined): Promise<void> {
    const request = {
      resource: this.resource,
      namespace: this.options.namespace ?? "",
      labelSelector: this.options.labelSelector ?? "",
      fieldSelector: this.options.fieldSelector ?? "",
      resourceVersion: resourceVersion ?? "",
      deliverTo: this.inbox,
      idleTimeoutSeconds: this.options.idleTimeoutSeconds ?? 30,
    };
    const reply = await callApi(this.nc, "watch", encoder.encode(JSON.stringify(request)), this.callOptions);
    const started = JSON.parse(decoder.decode(reply.data)) as Started;
    this.controlSubject = started.controlSubject;
  }

  private receive(data: Uint8Array, headers: MsgHdrs | undefined): void {
    let event: WatchEventJson;
    try {
      event = JSON.parse(decoder.decode(data)) as WatchEventJson;
    } catch (error) {
      this.queue.fail(error as Error);
      return;
    }
    const revision = Number(event.object?.metadata?.resourceVersion) || 0;
    // After a re-open the new replay may overlap what was already delivered.
    if (event.type !== "BOOKMARK" && revision > 0 && revision <= this.lastRevision) return;
    if (revision > this.lastRevision) this.lastRevision = revision;
    const lastChangeTraceparent = headers?.get(LAST_CHANGE_TRACEPARENT_HEADER);
    if (lastChangeTraceparent) event.lastChangeTraceparent = lastChangeTraceparent;
    this.queue.push(event);
  }

  private async keepalive(): Promise<void> {
    if (this.stopped) return;
    try {
      const reply = await this.nc.request(this.controlSubject, encoder.encode('{"action":"keepalive"}'), { timeout: this.timeoutMs });
      if (decoder.decode(reply.data) === "ok") return;
    } catch {
      // The replica serving this watch is gone: re-open below.
    }
    if (this.stopped) return;
    try {
      await this.open(this.lastRevision > 0 ? String(this.lastRevision) : this.options.resourceVersion);
    } catch (error) {
      // No API answers right now; the next keepalive tick tries again.
      void error;
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<WatchEventJson> {
    return this.queue[Symbol.asyncIterator]();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.keepaliveTimer);
    this.subscription?.unsubscribe();
    if (this.controlSubject && !this.nc.isClosed()) this.nc.publish(this.controlSubject, encoder.encode('{"action":"stop"}'));
    this.queue.close();
  }
}

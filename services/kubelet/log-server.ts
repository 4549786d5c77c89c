// Serves container logs over NATS (`troupe logs`): a request on troupe.kubelet.<node>.logs names
// the pod and container; the lines go to the caller's inbox, one message each, then an end
// marker. A followed log keeps going until the container exits, the caller stops it, or its
// keepalives stop arriving.
import { randomUUID } from "node:crypto";
import { headers, type Msg, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import type { Logger } from "../../runtime/log.ts";
import { kubeletLogsControlSubject, kubeletLogsSubject, LOG_END_HEADER, LOG_STREAM_HEADER, LOG_TIME_HEADER } from "../../runtime/subjects.ts";
import { readLog } from "./logs/read-log.ts";

export interface LogRequest {
  namespace?: string;
  pod?: string;
  container?: string;
  previous?: boolean;
  tail?: number;
  follow?: boolean;
  deliverTo?: string;
}

export interface LogSource {
  path: string;
  exited?: Promise<unknown>;
}

/** Finds a container's log on this node, or says why not. */
export type LogLocator = (request: Required<Pick<LogRequest, "namespace" | "pod" | "container">> & { previous: boolean }) => LogSource | string;

const IDLE_TIMEOUT_MS = 15_000;
const encoder = new TextEncoder();

export class LogServer {
  private readonly nc: NatsConnection;
  private readonly nodeName: string;
  private readonly locate: LogLocator;
  private readonly logger: Logger;
  private subscription: Subscription | undefined;
  private readonly streams = new Set<AbortController>();

  constructor(nc: NatsConnection, nodeName: string, locate: LogLocator, logger: Logger) {
    this.nc = nc;
    this.nodeName = nodeName;
    this.locate = locate;
    this.logger = logger;
  }

  start(): void {
    this.subscription = this.nc.subscribe(kubeletLogsSubject(this.nodeName), { callback: (error, msg) => error ? undefined : void this.handle(msg) });
  }

  stop(): void {
    this.subscription?.unsubscribe();
    for (const stream of this.streams) stream.abort();
  }

  private reply(msg: Msg, body: object): void {
    msg.respond(encoder.encode(JSON.stringify(body)));
  }

  private async handle(msg: Msg): Promise<void> {
    let request: LogRequest;
    try {
      request = JSON.parse(new TextDecoder().decode(msg.data)) as LogRequest;
    } catch (error) {
      return this.reply(msg, { error: `the request is not valid JSON: ${(error as Error).message}` });
    }
    if (!request.pod || !request.deliverTo || !request.container) return this.reply(msg, { error: "a log request needs pod, container and deliverTo" });
    if (request.tail !== undefined && (!Number.isInteger(request.tail) || request.tail < 0)) return this.reply(msg, { error: "tail must be a whole number >= 0" });
    const source = this.locate({ namespace: request.namespace || "default", pod: request.pod, container: request.container, previous: request.previous ?? false });
    if (typeof source === "string") return this.reply(msg, { error: source });
    const streamId = randomUUID().replaceAll("-", "");
    const controlSubject = kubeletLogsControlSubject(this.nodeName, streamId);
    this.reply(msg, { controlSubject });
    await this.stream(request, source, controlSubject);
  }

  private async stream(request: LogRequest, source: LogSource, controlSubject: string): Promise<void> {
    const abort = new AbortController();
    this.streams.add(abort);
    let lastKeepalive = Date.now();
    const control = this.nc.subscribe(controlSubject, {
      callback: (_, msg) => {
        lastKeepalive = Date.now();
        if (new TextDecoder().decode(msg.data).includes("stop")) abort.abort();
        msg.respond(encoder.encode("ok"));
      },
    });
    const idle = setInterval(() => {
      if (Date.now() - lastKeepalive > IDLE_TIMEOUT_MS) abort.abort();
    }, 1000);
    let failure = "";
    try {
      for await (const line of readLog(source.path, { tail: request.tail, follow: request.follow ?? false, signal: abort.signal, until: source.exited })) {
        const lineHeaders = headers();
        lineHeaders.set(LOG_STREAM_HEADER, line.stream);
        if (line.time) lineHeaders.set(LOG_TIME_HEADER, line.time);
        this.nc.publish(request.deliverTo ?? "", encoder.encode(line.content), { headers: lineHeaders });
      }
    } catch (error) {
      failure = (error as Error).message;
      this.logger.debug("log stream ended with an error", { path: source.path, error });
    } finally {
      clearInterval(idle);
      control.unsubscribe();
      this.streams.delete(abort);
      const end = headers();
      end.set(LOG_END_HEADER, failure || "true");
      this.nc.publish(request.deliverTo ?? "", new Uint8Array(0), { headers: end });
    }
  }
}

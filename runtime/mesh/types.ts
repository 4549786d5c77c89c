// The contract of the mesh SDK: what a service defines, what a handler gets, what a caller
// can ask for. Implementations: mesh.ts (Mesh), served-service.ts, mesh-client.ts.
import type { MsgHdrs } from "@nats-io/transport-node";
import type { BackoffOptions } from "../backoff.ts";

/** What `mesh.call` and typed clients accept per call. */
export interface CallOptions {
  /** Deadline of the whole call, retries included (default MeshOptions.calls.timeoutMs, 5 s). */
  timeoutMs?: number;
  /**
   * The method may safely run more than once for one call (a read, an upsert with a client-made
   * id). Only idempotent calls are retried after a timeout or a lost connection, since the
   * first attempt may have run anyway.
   */
  idempotent?: boolean;
  /** Attempts of an idempotent call (default 3). */
  attempts?: number;
  /** Timeout of one attempt (default: timeoutMs / attempts for idempotent calls, else timeoutMs). */
  attemptTimeoutMs?: number;
  /**
   * Retry "no responders" (no replica subscribed) with backoff until the deadline, for any call:
   * such a request reached no handler, so a retry cannot run it twice. Off by default, so a call
   * to a service without replicas fails at once.
   */
  retryNoResponders?: boolean;
  /** Namespace of the called service when the target has no `@namespace` (default: the caller's). */
  namespace?: string;
}

export interface EmitOptions {
  namespace?: string;
}

export interface SubscribeOptions {
  namespace?: string;
  /**
   * Name of a durable JetStream consumer (usually the subscribing service's name): events are
   * kept while it is offline, delivered at least once, acknowledged after the handler returns,
   * redelivered with backoff after it throws. Without it the subscription is core NATS: events
   * published while nobody listens are gone.
   */
  durable?: string;
  /**
   * Core subscriptions only: a queue group, so each event goes to one member (replicas of one
   * service share the work). Default: every subscriber gets every event.
   */
  queue?: string;
  /** Durable only: where a new consumer starts, "all" kept events (default) or "new" ones. */
  startAt?: "all" | "new";
  /** Durable only: deliveries of one event before it is given up (default 20). */
  maxDeliver?: number;
  /** Durable only: time a handler has before JetStream redelivers the event (default 30 s). */
  ackWaitMs?: number;
  /** Durable only: delay before redelivering an event whose handler threw (default 1 s doubling to 1 min). */
  redeliveryBackoff?: BackoffOptions;
}

export interface EventContext {
  readonly topic: string;
  readonly namespace: string;
  readonly subject: string;
  /** 1 for the first delivery; durable subscriptions only count redeliveries. */
  readonly deliveryCount: number;
  readonly headers: MsgHdrs | undefined;
}

export type EventHandler<T = unknown> = (event: T, ctx: EventContext) => void | Promise<void>;

export interface Subscription {
  /** Stops taking events and waits for the one being handled (it is acknowledged first). */
  stop(): Promise<void>;
}

/** What handlers (through their context) and callers use to reach the mesh. */
export interface MeshApi {
  readonly namespace: string;
  call<Req = unknown, Res = unknown>(target: string, request?: Req, options?: CallOptions): Promise<Res>;
  emit<T>(topic: string, event: T, options?: EmitOptions): void;
  publishDurable<T>(topic: string, event: T, options?: EmitOptions): Promise<void>;
  on<T>(topic: string, handler: EventHandler<T>, options?: SubscribeOptions): Promise<Subscription>;
}

/** Who made a mesh call, as the NATS server bound it (the caller token of the subject). */
export interface MeshCaller {
  readonly username: string;
  readonly groups: readonly string[];
  /** Set when the caller is a ServiceAccount (a pod's token). */
  readonly serviceAccount?: { readonly namespace: string; readonly name: string };
  /** The pod the caller's token is bound to, when it is. */
  readonly pod?: string;
}

export interface HandlerContext {
  /** Who calls; undefined for a call that names no caller (a connection without an identity). */
  readonly caller: MeshCaller | undefined;
  readonly namespace: string;
  readonly service: string;
  readonly method: string;
  readonly subject: string;
  /** The request headers (trace context, and whatever the caller's NATS client sent). */
  readonly headers: MsgHdrs | undefined;
  /** For calls and events made while handling; they continue the request's trace. */
  readonly mesh: MeshApi;
}

// Handlers are user-typed per method; `any` lets each declare its own request type.
// oxlint-disable-next-line no-explicit-any
export type Handler<Req = any, Res = unknown> = (request: Req, ctx: HandlerContext) => Res | Promise<Res>;
export type Handlers = Record<string, Handler>;

/** The typed client of a service definition: one async function per handler. */
export type ServiceClient<H extends Handlers> = {
  [K in keyof H]: H[K] extends (request: infer Req, ctx: HandlerContext) => infer Res
    ? (request: Req, options?: CallOptions) => Promise<Awaited<Res>>
    : never;
};

// One API call over NATS: request/reply on troupe.api.v1.<verb> (or the connection identity's
// troupe.api.v1.as.<token>.<verb>) through the tracing wrapper,
// with Status error replies (micro's Nats-Service-Error-Code header) turned into ApiError.
import { randomUUID } from "node:crypto";
import type { Msg, NatsConnection } from "@nats-io/transport-node";
import { apiErrorFromStatus, ServiceUnavailableError, TimeoutError, TooLargeError, type StatusJson } from "../api-errors.ts";
import { decodeMessage } from "../codec/protobuf.ts";
import { request } from "../messaging.ts";
import { connectionIdentityToken } from "../auth/connection-identity.ts";
import {
  apiIdentitySubject, apiSubject, IMPERSONATE_GROUP_HEADER, IMPERSONATE_USER_HEADER, FLOW_REJECTED_HEADER, REQUEST_ID_HEADER, RETRY_AFTER_HEADER, type ApiVerb,
} from "../subjects.ts";
import { reconnectTracker } from "./reconnects.ts";

export const JSON_CONTENT_TYPE = "application/json";
export const PROTOBUF_CONTENT_TYPE = "application/x-protobuf";
const ERROR_CODE_HEADER = "Nats-Service-Error-Code";

/** Whom a client speaks for, when it is not simply its connection's identity. */
export interface CallerIdentity {
  /** Send under this identity token instead of the connection's (the kube-api front end, which
   * authenticates each HTTP caller, speaks for them; NATS permissions decide who may). */
  identityToken?: string;
  /** Ask to act as another user (kubectl --as / --as-group): RBAC's impersonate verb decides. */
  impersonate?: { user: string; groups?: string[] };
}

export interface CallOptions {
  contentType: string;
  timeoutMs: number;
  caller?: CallerIdentity;
  /** How often to send a request again that the API's flow control refused (429 with
   * Retry-After), as client-go does; 0 hands the 429 to the caller at once (the kube-api front
   * end, whose HTTP clients retry themselves). Default DEFAULT_TOO_MANY_REQUESTS_RETRIES. */
  tooManyRequestsRetries?: number;
}

/** client-go retries up to 10 times; three retries of about a second ride out a burst without
 * letting a caller hang on an API that stays overloaded. */
export const DEFAULT_TOO_MANY_REQUESTS_RETRIES = 3;
/** A Retry-After longer than this is waited as this long: the caller's own timeouts stay meaningful. */
const MAX_RETRY_AFTER_MS = 10_000;
/** Each wait is Retry-After plus up to this fraction more, so refused clients do not all return at once. */
const RETRY_JITTER = 0.25;

/**
 * How long to wait before sending a refused request again, or undefined to give up: only a
 * refusal of flow control (FLOW_REJECTED_HEADER: the request never ran, so even a write
 * is safe to send again) with a Retry-After, and only `retries` times.
 */
export function tooManyRequestsDelayMs(reply: Msg, attempt: number, retries: number, random: () => number = Math.random): number | undefined {
  if (attempt >= retries || reply.headers?.get(ERROR_CODE_HEADER) !== "429" || !reply.headers?.get(FLOW_REJECTED_HEADER)) return undefined;
  const seconds = Number(reply.headers.get(RETRY_AFTER_HEADER));
  if (!(seconds >= 0)) return undefined;
  const base = Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return Math.round(base * (1 + RETRY_JITTER * random()));
}

function callerHeaders(caller: CallerIdentity | undefined): Record<string, string> {
  if (!caller?.impersonate) return {};
  const headers: Record<string, string> = { [IMPERSONATE_USER_HEADER]: caller.impersonate.user };
  if (caller.impersonate.groups?.length) headers[IMPERSONATE_GROUP_HEADER] = JSON.stringify(caller.impersonate.groups);
  return headers;
}

function errorName(error: unknown): string {
  return (error as { name?: string; code?: string })?.name ?? "";
}

export async function callApi(nc: NatsConnection, verb: ApiVerb, body: Uint8Array, options: CallOptions): Promise<Msg> {
  const retries = options.tooManyRequestsRetries ?? DEFAULT_TOO_MANY_REQUESTS_RETRIES;
  // The same id on every copy of this call: the API answers a write's copies with the first's reply.
  const requestId = randomUUID();
  for (let attempt = 0; ; attempt++) {
    const reply = await callRidingReconnects(nc, verb, body, options, requestId);
    const delay = tooManyRequestsDelayMs(reply, attempt, retries);
    if (delay === undefined) {
      if (reply.headers?.get(ERROR_CODE_HEADER)) throw apiErrorFromStatus(decodeStatus(reply));
      return reply;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** How long after its connection came back a call still unanswered is sent again. */
export const RESEND_AFTER_RECONNECT_MS = 250;
/** A missing responder this soon after the connection went down or came back is the API's
 * subscriptions still coming back: the call waits and tries again (it was never delivered). */
const UNSETTLED_WINDOW_MS = 5_000;
const NO_RESPONDERS_RETRY_MS = 50;

type Outcome = { reply: Msg } | { error: unknown } | { resend: true };

/**
 * One API call that rides out a reconnect of its connection (a nats-server reload, a network
 * blip): a copy is sent again once the connection is back if the first is still unanswered
 * (its reply may have been lost while the connection was down), and a missing responder while
 * the connection settles is waited for. Copies carry the same request id, so a write is done
 * once (services/api/replayed-replies.ts). Watches are not sent again: a second watch would
 * deliver every event twice.
 */
async function callRidingReconnects(nc: NatsConnection, verb: ApiVerb, body: Uint8Array, options: CallOptions, requestId: string): Promise<Msg> {
  const tracker = reconnectTracker(nc);
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const reconnect = tracker.nextReconnect();
    const sent = callOnce(nc, verb, body, { ...options, timeoutMs: Math.max(deadline - Date.now(), 1) }, requestId);
    sent.catch(() => undefined);
    const resend = verb === "watch" ? new Promise<never>(() => {}) : reconnect.promise.then(() => sleep(RESEND_AFTER_RECONNECT_MS)).then((): Outcome => ({ resend: true }));
    const outcome: Outcome = await Promise.race([sent.then((reply): Outcome => ({ reply }), (error: unknown): Outcome => ({ error })), resend]);
    reconnect.cancel();
    if ("reply" in outcome) return outcome.reply;
    if (Date.now() >= deadline) {
      if ("error" in outcome) throw outcome.error;
      return sent;
    }
    if ("resend" in outcome) continue;
    const { error } = outcome;
    // callOnce's 503 is a missing responder: the request reached no API, so it is safe to send again.
    if (error instanceof ServiceUnavailableError && tracker.unsettled(UNSETTLED_WINDOW_MS)) {
      await sleep(NO_RESPONDERS_RETRY_MS);
      continue;
    }
    throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function callOnce(nc: NatsConnection, verb: ApiVerb, body: Uint8Array, options: CallOptions, requestId: string): Promise<Msg> {
  let reply: Msg;
  const token = options.caller?.identityToken ?? connectionIdentityToken(nc);
  const subject = token ? apiIdentitySubject(token, verb) : apiSubject(verb);
  try {
    reply = await request(nc, subject, body, {
      timeoutMs: options.timeoutMs,
      headers: { "Content-Type": options.contentType, [REQUEST_ID_HEADER]: requestId, ...callerHeaders(options.caller) },
      spanName: `troupe.api ${verb}`,
      subjectGroup: `api.${verb}`,
    });
  } catch (error) {
    const name = errorName(error);
    if (/max_payload/i.test(String((error as Error).message))) {
      throw new TooLargeError(body.length, nc.info?.max_payload ?? 0);
    }
    if (name === "NoRespondersError" || /no responders/i.test(String((error as Error).message))) {
      throw new ServiceUnavailableError(`no API server answers on ${subject}: is the cluster running?`, { cause: error });
    }
    if (name === "TimeoutError" || /timeout/i.test(String((error as Error).message))) {
      throw new TimeoutError(`the API did not answer ${verb} within ${options.timeoutMs} ms`, { cause: error });
    }
    throw error;
  }
  return reply;
}

function decodeStatus(reply: Msg): Partial<StatusJson> {
  const contentType = reply.headers?.get("Content-Type") ?? "";
  try {
    if (contentType.startsWith(PROTOBUF_CONTENT_TYPE)) return decodeMessage<Partial<StatusJson>>("Status", reply.data);
    return JSON.parse(new TextDecoder().decode(reply.data)) as Partial<StatusJson>;
  } catch {
    const code = Number(reply.headers?.get(ERROR_CODE_HEADER)) || 500;
    return { code, reason: "Unknown", message: reply.headers?.get("Nats-Service-Error") || "undecodable error reply" };
  }
}

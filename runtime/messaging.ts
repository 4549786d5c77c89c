// The single NATS wrapper: every request, publish and handled message goes through here so the
// W3C trace context travels in NATS headers, spans carry the messaging semantic conventions, and
// request metrics are recorded the same way everywhere.
import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Context, Span, TextMapGetter, TextMapSetter } from "@opentelemetry/api";
import { headers as natsHeaders, Match, TimeoutError } from "@nats-io/transport-node";
import type { Msg, MsgHdrs, NatsConnection, RequestError } from "@nats-io/transport-node";
import type { NatsMetrics, NatsRequestOutcome } from "./metrics.ts";
import { requestMetricsOf } from "./nats-connection-metrics.ts";
import {
  ATTR_ERROR_TYPE,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_MESSAGE_BODY_SIZE,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
  MESSAGING_OPERATION_TYPE_VALUE_PROCESS,
  MESSAGING_OPERATION_TYPE_VALUE_SEND,
  MESSAGING_SYSTEM_VALUE_NATS,
} from "./semconv.ts";

const tracer = trace.getTracer("troupe.messaging");

/** Label used when a caller records metrics without naming a subject group. */
export const UNSPECIFIED_SUBJECT_GROUP = "unspecified";

export interface RequestOptions {
  timeoutMs: number;
  /** Extra headers, e.g. Content-Type; trace headers are added on top. */
  headers?: Record<string, string>;
  /** Defaults to "send <subjectGroup or subject>". */
  spanName?: string;
  /** Bounded name for the subject ("api.create"), used in span names and metric labels. */
  subjectGroup?: string;
  /** Default: those of the connection, when its process observes it (runtime/nats-connection-metrics.ts). */
  metrics?: NatsMetrics;
  attributes?: Attributes;
}

export interface PublishOptions {
  headers?: Record<string, string>;
  spanName?: string;
  subjectGroup?: string;
  reply?: string;
  attributes?: Attributes;
}

export interface HandleOptions {
  attributes?: Attributes;
}

const headerSetter: TextMapSetter<MsgHdrs> = {
  set: (carrier, key, value) => carrier.set(key, value),
};

// Other NATS clients may canonicalise header names ("Traceparent"), so read them case-blind.
const headerGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (carrier) => carrier?.keys() ?? [],
  get: (carrier, key) => {
    const values = carrier?.values(key, Match.IgnoreCase) ?? [];
    return values.length === 0 ? undefined : values;
  },
};

/** NATS headers holding `extra` plus the trace context of `ctx`; for JetStream publishes too. */
export function traceHeaders(extra: Record<string, string> = {}, ctx: Context = context.active()): MsgHdrs {
  const h = natsHeaders();
  for (const [key, value] of Object.entries(extra)) h.set(key, value);
  propagation.inject(ctx, h, headerSetter);
  return h;
}

/** The context a message's headers carry, on top of `base`; for JetStream consumers too. */
export function extractTraceContext(h: MsgHdrs | undefined, base: Context = context.active()): Context {
  return propagation.extract(base, h, headerGetter);
}

export async function request(
  nc: NatsConnection,
  subject: string,
  payload: Uint8Array,
  options: RequestOptions,
): Promise<Msg> {
  const group = options.subjectGroup ?? UNSPECIFIED_SUBJECT_GROUP;
  const metrics = options.metrics ?? requestMetricsOf(nc);
  const span = tracer.startSpan(options.spanName ?? `send ${options.subjectGroup ?? subject}`, {
    kind: SpanKind.CLIENT,
    attributes: { ...sendAttributes(subject, payload), ...options.attributes },
  });
  const ctx = trace.setSpan(context.active(), span);
  metrics?.registerSubjectGroup(group);
  const started = performance.now();
  let outcome: NatsRequestOutcome = "ok";
  try {
    return await nc.request(subject, payload, { timeout: options.timeoutMs, headers: traceHeaders(options.headers, ctx) });
  } catch (error) {
    outcome = requestOutcome(error);
    recordFailure(span, error, outcome);
    throw error;
  } finally {
    span.end();
    if (metrics) {
      metrics.requests.inc({ subject_group: group, outcome });
      metrics.requestDuration.observe({ subject_group: group }, (performance.now() - started) / 1000);
    }
  }
}

export function publish(nc: NatsConnection, subject: string, payload: Uint8Array, options: PublishOptions = {}): void {
  const span = tracer.startSpan(options.spanName ?? `send ${options.subjectGroup ?? subject}`, {
    kind: SpanKind.PRODUCER,
    attributes: { ...sendAttributes(subject, payload), ...options.attributes },
  });
  try {
    nc.publish(subject, payload, {
      headers: traceHeaders(options.headers, trace.setSpan(context.active(), span)),
      ...(options.reply ? { reply: options.reply } : {}),
    });
  } catch (error) {
    recordFailure(span, error, errorType(error));
    throw error;
  } finally {
    span.end();
  }
}

/**
 * Runs `fn` in a span that continues the trace carried by `msg`'s headers: SERVER when the
 * message expects a reply, CONSUMER otherwise. A throw marks the span as failed and is rethrown.
 */
export async function handleWithTrace<T>(
  msg: Msg,
  spanName: string,
  fn: (span: Span) => T | Promise<T>,
  options: HandleOptions = {},
): Promise<T> {
  const parent = extractTraceContext(msg.headers);
  const span = tracer.startSpan(
    spanName,
    {
      kind: msg.reply ? SpanKind.SERVER : SpanKind.CONSUMER,
      attributes: {
        [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_VALUE_NATS,
        [ATTR_MESSAGING_DESTINATION_NAME]: msg.subject,
        [ATTR_MESSAGING_OPERATION_TYPE]: MESSAGING_OPERATION_TYPE_VALUE_PROCESS,
        [ATTR_MESSAGING_MESSAGE_BODY_SIZE]: msg.data.length,
        ...options.attributes,
      },
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (error) {
    recordFailure(span, error, errorType(error));
    throw error;
  } finally {
    span.end();
  }
}

function sendAttributes(subject: string, payload: Uint8Array): Attributes {
  return {
    [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_VALUE_NATS,
    [ATTR_MESSAGING_DESTINATION_NAME]: subject,
    [ATTR_MESSAGING_OPERATION_TYPE]: MESSAGING_OPERATION_TYPE_VALUE_SEND,
    [ATTR_MESSAGING_MESSAGE_BODY_SIZE]: payload.length,
  };
}

export function requestOutcome(error: unknown): NatsRequestOutcome {
  if (error instanceof TimeoutError) return "timeout";
  // nats.js v3 wraps "503 no responders" in a RequestError whose cause is NoRespondersError.
  if (error instanceof Error && typeof (error as RequestError).isNoResponders === "function") {
    if ((error as RequestError).isNoResponders()) return "no_responders";
  }
  return "error";
}

function errorType(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function recordFailure(span: Span, error: unknown, type: string): void {
  span.setAttribute(ATTR_ERROR_TYPE, type);
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

// Spans of mesh calls: a CLIENT span `<service>.<method>` per call, a SERVER span of the same
// name per handled request, its child through the W3C trace context in the request headers.
// The hot path stays cheap without tracing: attributes are built once per method, and a
// request gets headers only when there is a trace context to carry.
import { context, isSpanContextValid, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Context, Span, TextMapSetter } from "@opentelemetry/api";
import { headers as natsHeaders } from "@nats-io/transport-node";
import type { Msg, MsgHdrs } from "@nats-io/transport-node";
import { extractTraceContext } from "../messaging.ts";
import {
  ATTR_ERROR_TYPE,
  ATTR_MESSAGING_CONSUMER_GROUP_NAME,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_MESSAGE_BODY_SIZE,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
  ATTR_RPC_METHOD,
  ATTR_RPC_SERVICE,
  ATTR_RPC_SYSTEM,
  ATTR_TROUPE_MESH_NAMESPACE,
  MESSAGING_OPERATION_TYPE_VALUE_PROCESS,
  MESSAGING_OPERATION_TYPE_VALUE_SEND,
  MESSAGING_SYSTEM_VALUE_NATS,
  RPC_SYSTEM_VALUE_TROUPE_MESH,
} from "../semconv.ts";

const tracer = trace.getTracer("troupe.mesh");
const headerSetter: TextMapSetter<MsgHdrs> = { set: (carrier, key, value) => carrier.set(key, value) };

export interface MethodIdentity {
  namespace: string;
  service: string;
  method: string;
  subject: string;
}

/** Span name and attributes of one method, computed once. */
export interface MethodSpanTemplate {
  readonly name: string;
  readonly attributes: Attributes;
}

export function clientSpanTemplate(id: MethodIdentity): MethodSpanTemplate {
  return { name: `${id.service}.${id.method}`, attributes: { ...rpcAttributes(id), [ATTR_MESSAGING_OPERATION_TYPE]: MESSAGING_OPERATION_TYPE_VALUE_SEND } };
}

export function serverSpanTemplate(id: MethodIdentity, queueGroup: string): MethodSpanTemplate {
  return {
    name: `${id.service}.${id.method}`,
    attributes: {
      ...rpcAttributes(id),
      [ATTR_MESSAGING_OPERATION_TYPE]: MESSAGING_OPERATION_TYPE_VALUE_PROCESS,
      [ATTR_MESSAGING_CONSUMER_GROUP_NAME]: queueGroup,
    },
  };
}

function rpcAttributes(id: MethodIdentity): Attributes {
  return {
    [ATTR_RPC_SYSTEM]: RPC_SYSTEM_VALUE_TROUPE_MESH,
    [ATTR_RPC_SERVICE]: id.service,
    [ATTR_RPC_METHOD]: id.method,
    [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_VALUE_NATS,
    [ATTR_MESSAGING_DESTINATION_NAME]: id.subject,
    [ATTR_TROUPE_MESH_NAMESPACE]: id.namespace,
  };
}

export function startClientSpan(template: MethodSpanTemplate, bodySize: number): Span {
  const span = tracer.startSpan(template.name, { kind: SpanKind.CLIENT, attributes: template.attributes });
  if (span.isRecording()) span.setAttribute(ATTR_MESSAGING_MESSAGE_BODY_SIZE, bodySize);
  return span;
}

/** Headers carrying `span`'s trace context, or undefined when there is none (no allocation). */
export function traceHeadersFor(span: Span): MsgHdrs | undefined {
  if (!isSpanContextValid(span.spanContext())) return undefined;
  const h = natsHeaders();
  propagation.inject(trace.setSpan(context.active(), span), h, headerSetter);
  return h;
}

export interface ServerSpan {
  span: Span;
  /** The context to run the handler in; undefined when there is nothing to propagate. */
  context: Context | undefined;
}

export function startServerSpan(template: MethodSpanTemplate, msg: Msg): ServerSpan {
  return startReceivingSpan(template.name, SpanKind.SERVER, template.attributes, msg.headers, msg.data.length);
}

/** Attributes of one event topic; span names are `send <topic>` and `process <topic>`. */
export function eventSpanTemplate(namespace: string, topic: string, subject: string): MethodSpanTemplate {
  return {
    name: topic,
    attributes: {
      [ATTR_MESSAGING_SYSTEM]: MESSAGING_SYSTEM_VALUE_NATS,
      [ATTR_MESSAGING_DESTINATION_NAME]: subject,
      [ATTR_TROUPE_MESH_NAMESPACE]: namespace,
    },
  };
}

export function startProducerSpan(template: MethodSpanTemplate, bodySize: number): Span {
  const span = tracer.startSpan(`send ${template.name}`, { kind: SpanKind.PRODUCER, attributes: template.attributes });
  if (span.isRecording()) {
    span.setAttribute(ATTR_MESSAGING_OPERATION_TYPE, MESSAGING_OPERATION_TYPE_VALUE_SEND);
    span.setAttribute(ATTR_MESSAGING_MESSAGE_BODY_SIZE, bodySize);
  }
  return span;
}

export function startConsumerSpan(template: MethodSpanTemplate, headers: MsgHdrs | undefined, bodySize: number): ServerSpan {
  const started = startReceivingSpan(`process ${template.name}`, SpanKind.CONSUMER, template.attributes, headers, bodySize);
  if (started.span.isRecording()) started.span.setAttribute(ATTR_MESSAGING_OPERATION_TYPE, MESSAGING_OPERATION_TYPE_VALUE_PROCESS);
  return started;
}

function startReceivingSpan(name: string, kind: SpanKind, attributes: Attributes, headers: MsgHdrs | undefined, bodySize: number): ServerSpan {
  const parent = headers ? extractTraceContext(headers) : context.active();
  const span = tracer.startSpan(name, { kind, attributes }, parent);
  if (span.isRecording()) span.setAttribute(ATTR_MESSAGING_MESSAGE_BODY_SIZE, bodySize);
  const traced = span.isRecording() || isSpanContextValid(span.spanContext());
  return { span, context: traced ? trace.setSpan(parent, span) : undefined };
}

/** Runs `fn` inside `ctx` when there is one; a plain call otherwise (the untraced fast path). */
export function runIn<T>(ctx: Context | undefined, fn: () => T): T {
  return ctx ? context.with(ctx, fn) : fn();
}

export function endSpan(span: Span, errorCode: string | undefined, error?: unknown): void {
  if (errorCode !== undefined && span.isRecording()) {
    span.setAttribute(ATTR_ERROR_TYPE, errorCode);
    if (error instanceof Error) span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : errorCode });
  }
  span.end();
}

// Fire-and-forget events over core NATS on `troupe.mesh.events.<ns>.<topic>`: emit() publishes
// (with the trace context when there is one) and returns; on() handles events one at a time,
// like an actor's mailbox. Events published while nobody listens are gone: use durable events
// (durable-events.ts) for what must not be lost.
import type { Msg, NatsConnection, Subscription as NatsSubscription } from "@nats-io/transport-node";
import type { Logger } from "../log.ts";
import { meshEventSubject } from "../subjects.ts";
import { decodeJson, encodeJson } from "./codec.ts";
import { MeshError } from "./errors.ts";
import type { MeshMetrics } from "./metrics.ts";
import { checkTopic } from "./names.ts";
import { endSpan, eventSpanTemplate, runIn, startConsumerSpan, startProducerSpan, traceHeadersFor } from "./tracing.ts";
import type { EventHandler, Subscription } from "./types.ts";

export interface CoreEventsDeps {
  nc: NatsConnection;
  metrics: MeshMetrics;
  logger: Logger;
}

export function emitEvent(deps: CoreEventsDeps, namespace: string, topic: string, event: unknown): void {
  const subject = meshEventSubject(namespace, checkTopic(topic));
  const data = encodeJson(event, `event ${topic}`);
  const maxPayload = deps.nc.info?.max_payload ?? Infinity;
  if (data.length > maxPayload) {
    throw new MeshError("PAYLOAD_TOO_LARGE", `event ${topic} is ${data.length} bytes; the NATS server's max_payload is ${maxPayload}`, { subject });
  }
  const span = startProducerSpan(eventSpanTemplate(namespace, topic, subject), data.length);
  try {
    const headers = traceHeadersFor(span);
    deps.nc.publish(subject, data, headers ? { headers } : undefined);
  } finally {
    endSpan(span, undefined);
  }
  deps.metrics.eventsPublished.inc({ topic, durable: "false" });
}

export function subscribeEvents<T>(
  deps: CoreEventsDeps,
  namespace: string,
  topic: string,
  handler: EventHandler<T>,
  queue: string | undefined,
): Subscription {
  const subject = meshEventSubject(namespace, checkTopic(topic));
  const sub = deps.nc.subscribe(subject, queue ? { queue } : {});
  const template = eventSpanTemplate(namespace, topic, subject);
  const handled = { ok: deps.metrics.eventsHandled.labels({ topic, result: "ok" }), error: deps.metrics.eventsHandled.labels({ topic, result: "error" }) };
  handled.ok.inc(0);
  handled.error.inc(0);
  const loop = (async () => {
    for await (const msg of sub) await handleOne(deps, msg, topic, namespace, template, handler, handled);
  })();
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      // Drain: events already routed here are still handled before the loop ends.
      stopped ??= drainSubscription(sub).then(() => loop);
      return stopped;
    },
  };
}

async function drainSubscription(sub: NatsSubscription): Promise<void> {
  if (!sub.isClosed()) await sub.drain();
}

async function handleOne<T>(
  deps: CoreEventsDeps,
  msg: Msg,
  topic: string,
  namespace: string,
  template: ReturnType<typeof eventSpanTemplate>,
  handler: EventHandler<T>,
  handled: { ok: { inc(): void }; error: { inc(): void } },
): Promise<void> {
  const { span, context } = startConsumerSpan(template, msg.headers, msg.data.length);
  try {
    const event = decodeJson(msg.data, `event ${topic}`) as T;
    await runIn(context, () => handler(event, { topic, namespace, subject: msg.subject, deliveryCount: 1, headers: msg.headers }));
    handled.ok.inc();
    endSpan(span, undefined);
  } catch (error) {
    // A fire-and-forget event has no sender waiting and no redelivery: log it and go on.
    handled.error.inc();
    deps.logger.warn("mesh event handler failed", { topic, error });
    endSpan(span, error instanceof MeshError ? error.code : "handler_error", error);
  }
}

// Durable events: published to the JetStream stream TROUPE_MESH_EVENTS (subjects
// `troupe.mesh.durable.<ns>.<topic>`, bounded by age and bytes, created on first use) and
// acknowledged by it; consumed through one durable pull consumer per subscribing service and
// topic, at least once: the event is acked after the handler returns, and a throw gets it
// redelivered with exponential backoff until maxDeliver, when it is given up (and logged).
import { AckPolicy, DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType } from "@nats-io/jetstream";
import type { Consumer, ConsumerConfig, JetStreamClient, JetStreamManager, JsMsg } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { backoffDelay, resolveBackoffOptions } from "../backoff.ts";
import type { ResolvedBackoffOptions } from "../backoff.ts";
import type { Logger } from "../log.ts";
import { MESH_DURABLE_PREFIX, MESH_EVENTS_STREAM, meshDurableConsumerName, meshDurableSubject } from "../subjects.ts";
import { decodeJson, encodeJson } from "./codec.ts";
import { MeshError } from "./errors.ts";
import type { MeshMetrics } from "./metrics.ts";
import { checkToken, checkTopic } from "./names.ts";
import type { DurableStreamOptions, ResolvedMeshOptions } from "./options.ts";
import { endSpan, eventSpanTemplate, runIn, startConsumerSpan, startProducerSpan, traceHeadersFor } from "./tracing.ts";
import type { EventHandler, SubscribeOptions, Subscription } from "./types.ts";

const NANOS_PER_MS = 1_000_000;
/** Redelivery delays after a handler failure: by default 1 s doubling to 1 min, jittered. */
const REDELIVERY_BACKOFF = { baseMs: 1_000, maxMs: 60_000, factor: 2, jitter: 0.2 };
/** Events a subscription holds ahead of its handler (at-least-once: unhandled ones are nak'ed at stop). */
const PULL_BATCH = 16;
/**
 * Each pull asks for at most PULL_BATCH events and ends after this long. A subscription pulls
 * with bounded fetches rather than a standing consume(): a stopped consume() leaves its pull
 * request at the server, which then hands newly published events to a subscriber that is gone,
 * and they wait out ack_wait (30 s) before anyone gets them. A fetch ends by itself, so stop()
 * waits at most this long and no event is stranded.
 */
const PULL_EXPIRES_MS = 1000;

export interface DurableEventsDeps {
  nc: NatsConnection;
  options: ResolvedMeshOptions;
  metrics: MeshMetrics;
  logger: Logger;
}

export class DurableEvents {
  readonly #deps: DurableEventsDeps;
  readonly #js: JetStreamClient;
  #stream: Promise<JetStreamManager> | undefined;

  constructor(deps: DurableEventsDeps) {
    this.#deps = deps;
    this.#js = jetstream(deps.nc);
  }

  async publish(namespace: string, topic: string, event: unknown): Promise<void> {
    const subject = meshDurableSubject(namespace, checkTopic(topic));
    const data = encodeJson(event, `event ${topic}`);
    await this.#ensureStream();
    const span = startProducerSpan(eventSpanTemplate(namespace, topic, subject), data.length);
    let failure: MeshError | undefined;
    try {
      const headers = traceHeadersFor(span);
      await this.#js.publish(subject, data, headers ? { headers } : undefined);
      this.#deps.metrics.eventsPublished.inc({ topic, durable: "true" });
    } catch (error) {
      failure = new MeshError("CONNECTION", `durable event ${topic} was not stored: ${(error as Error).message}`, { subject, cause: error });
      throw failure;
    } finally {
      endSpan(span, failure?.code, failure);
    }
  }

  async subscribe<T>(namespace: string, topic: string, handler: EventHandler<T>, options: SubscribeOptions & { durable: string }): Promise<Subscription> {
    const subject = meshDurableSubject(namespace, checkTopic(topic));
    const name = meshDurableConsumerName(namespace, checkToken("durable consumer", options.durable), topic);
    const jsm = await this.#ensureStream();
    const maxDeliver = options.maxDeliver ?? 20;
    await this.#ensureConsumer(jsm, {
      durable_name: name,
      filter_subject: subject,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: options.startAt === "new" ? DeliverPolicy.New : DeliverPolicy.All,
      max_deliver: maxDeliver,
      ack_wait: (options.ackWaitMs ?? 30_000) * NANOS_PER_MS,
    });
    const consumer = await this.#js.consumers.get(MESH_EVENTS_STREAM, name);
    const redelivery = resolveBackoffOptions({ ...REDELIVERY_BACKOFF, ...options.redeliveryBackoff });
    const run = new DurableRun(this.#deps, { namespace, topic, handler: handler as EventHandler, maxDeliver, redelivery, consumer });
    return { stop: () => run.stop() };
  }

  #ensureStream(): Promise<JetStreamManager> {
    this.#stream ??= this.#createStream().catch((error: unknown) => {
      this.#stream = undefined;
      throw error;
    });
    return this.#stream;
  }

  async #createStream(): Promise<JetStreamManager> {
    const jsm = await jetstreamManager(this.#deps.nc);
    await ensureMeshEventsStream(jsm, this.#deps.options.durableStream);
    return jsm;
  }

  async #ensureConsumer(jsm: JetStreamManager, config: Partial<ConsumerConfig> & { durable_name: string }): Promise<void> {
    try {
      await jsm.consumers.info(MESH_EVENTS_STREAM, config.durable_name);
      // It exists: keep its position, take the limits that may change.
      await jsm.consumers.update(MESH_EVENTS_STREAM, config.durable_name, { max_deliver: config.max_deliver, ack_wait: config.ack_wait });
    } catch {
      await jsm.consumers.add(MESH_EVENTS_STREAM, config);
    }
  }
}

interface DurableRunSpec {
  namespace: string;
  topic: string;
  handler: EventHandler;
  maxDeliver: number;
  redelivery: ResolvedBackoffOptions;
  consumer: Consumer;
}

/** One subscription's loop: events one at a time, acked or nak'ed with a delay. */
class DurableRun {
  readonly #deps: DurableEventsDeps;
  readonly #spec: DurableRunSpec;
  readonly #template: ReturnType<typeof eventSpanTemplate>;
  readonly #loop: Promise<void>;
  #stopping = false;
  #stopped: Promise<void> | undefined;

  constructor(deps: DurableEventsDeps, spec: DurableRunSpec) {
    this.#deps = deps;
    this.#spec = spec;
    this.#template = eventSpanTemplate(spec.namespace, spec.topic, meshDurableSubject(spec.namespace, spec.topic));
    for (const result of ["ok", "error"]) deps.metrics.eventsHandled.inc({ topic: spec.topic, result }, 0);
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopping) {
      try {
        const batch = await this.#spec.consumer.fetch({ max_messages: PULL_BATCH, expires: PULL_EXPIRES_MS });
        for await (const m of batch) {
          // Pulled ahead but not started: hand them back for immediate redelivery.
          if (this.#stopping) m.nak();
          else await this.#handle(m);
        }
        failures = 0;
      } catch (error) {
        if (this.#stopping || this.#deps.nc.isClosed()) return;
        const delay = backoffDelay(failures++, this.#spec.redelivery);
        this.#deps.logger.warn("mesh durable event pull failed; retrying", { topic: this.#spec.topic, delayMs: delay, error });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async #handle(m: JsMsg): Promise<void> {
    const { topic, namespace } = this.#spec;
    const { span, context } = startConsumerSpan(this.#template, m.headers, m.data.length);
    const deliveryCount = m.info.deliveryCount;
    try {
      const event = decodeJson(m.data, `durable event ${topic}`);
      await runIn(context, () => this.#spec.handler(event, { topic, namespace, subject: m.subject, deliveryCount, headers: m.headers }));
      m.ack();
      this.#deps.metrics.eventsHandled.inc({ topic, result: "ok" });
      endSpan(span, undefined);
    } catch (error) {
      this.#deps.metrics.eventsHandled.inc({ topic, result: "error" });
      endSpan(span, error instanceof MeshError ? error.code : "handler_error", error);
      if (deliveryCount >= this.#spec.maxDeliver) {
        this.#deps.logger.error("mesh durable event given up after its last delivery", { topic, deliveryCount, error });
        m.term(`handler failed ${deliveryCount} times`);
        return;
      }
      const delay = backoffDelay(deliveryCount - 1, this.#spec.redelivery);
      this.#deps.logger.warn("mesh durable event handler failed; redelivering", { topic, deliveryCount, delayMs: delay, error });
      m.nak(delay);
    }
  }

  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      this.#stopping = true;
      // The pull in progress ends within PULL_EXPIRES_MS; what it still brings is handed back.
      await this.#loop;
    })();
    return this.#stopped;
  }
}

/**
 * The durable events' stream, created once with these limits (an existing one is kept as it is).
 * Where pods' NATS permissions do not let them create streams (troupe up), the supervisor makes it
 * at start and pods only publish into it.
 */
export async function ensureMeshEventsStream(jsm: JetStreamManager, limits: Required<DurableStreamOptions>): Promise<void> {
  try {
    await jsm.streams.info(MESH_EVENTS_STREAM);
  } catch {
    await jsm.streams
      .add({
        name: MESH_EVENTS_STREAM,
        subjects: [`${MESH_DURABLE_PREFIX}.>`],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        discard: DiscardPolicy.Old,
        max_age: limits.maxAgeMs * NANOS_PER_MS,
        max_bytes: limits.maxBytes,
        num_replicas: limits.replicas,
      })
      .catch(async (error: unknown) => {
        // Another process created it meanwhile.
        if (!(await jsm.streams.info(MESH_EVENTS_STREAM).then(() => true, () => false))) throw error;
      });
  }
}

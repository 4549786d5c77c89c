// Prometheus metrics of the runtime layer: the registry every service exposes on /metrics,
// actor metrics and NATS request metrics. Labels are bounded: an actor KIND, a caller-chosen
// subject group, an outcome; never an object name, actor instance or raw subject.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export interface MetricsRegistryOptions {
  /** Value of the `service` label put on every series. */
  service: string;
  /** Process metrics (CPU, memory, event loop lag, GC); on by default. */
  defaultMetrics?: boolean;
}

export type ResolvedMetricsRegistryOptions = Required<MetricsRegistryOptions>;

export function resolveMetricsRegistryOptions(options: MetricsRegistryOptions): ResolvedMetricsRegistryOptions {
  return { service: options.service, defaultMetrics: options.defaultMetrics ?? true };
}

export function createMetricsRegistry(options: MetricsRegistryOptions): Registry {
  const resolved = resolveMetricsRegistryOptions(options);
  const registry = new Registry();
  registry.setDefaultLabels({ service: resolved.service });
  if (resolved.defaultMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/** `rejected` = refused by a full or stopped mailbox; `error` = the handler threw (a crash). */
export const ACTOR_OUTCOMES = ["ok", "error", "rejected"] as const;
export type ActorOutcome = (typeof ACTOR_OUTCOMES)[number];

export interface ActorMetrics {
  readonly messages: Counter<"actor_kind" | "outcome">;
  readonly messageDuration: Histogram<"actor_kind">;
  readonly restarts: Counter<"actor_kind">;
  /** Summed over all actors of a kind: actors inc on enqueue and dec on dequeue. */
  readonly mailboxDepth: Gauge<"actor_kind">;
  /** Creates every series of `kind` at zero, so dashboards and rate() see it before traffic. */
  registerKind(kind: string): void;
}

export const NATS_REQUEST_OUTCOMES = ["ok", "timeout", "no_responders", "error"] as const;
export type NatsRequestOutcome = (typeof NATS_REQUEST_OUTCOMES)[number];

export interface NatsMetrics {
  readonly requests: Counter<"subject_group" | "outcome">;
  readonly requestDuration: Histogram<"subject_group">;
  /** Creates every series of `group` (for example "api.create") at zero. */
  registerSubjectGroup(group: string): void;
}

const HANDLER_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const REQUEST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

// prom-client refuses to register a name twice in one registry, and many actor kinds (or
// messaging call sites) share one registry: each registry gets one instance of each set.
const actorMetricsByRegistry = new WeakMap<Registry, ActorMetrics>();
const natsMetricsByRegistry = new WeakMap<Registry, NatsMetrics>();

export function createActorMetrics(registry: Registry): ActorMetrics {
  const existing = actorMetricsByRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const messages = new Counter({
    name: "troupe_actor_messages_total",
    help: "Messages handled by actors, by outcome.",
    labelNames: ["actor_kind", "outcome"] as const,
    registers,
  });
  const messageDuration = new Histogram({
    name: "troupe_actor_message_duration_seconds",
    help: "Time an actor spent handling one message.",
    labelNames: ["actor_kind"] as const,
    buckets: HANDLER_BUCKETS,
    registers,
  });
  const restarts = new Counter({
    name: "troupe_actor_restarts_total",
    help: "Actor restarts by their supervisor after a crash.",
    labelNames: ["actor_kind"] as const,
    registers,
  });
  const mailboxDepth = new Gauge({
    name: "troupe_actor_mailbox_depth",
    help: "Messages waiting in actor mailboxes.",
    labelNames: ["actor_kind"] as const,
    registers,
  });
  const known = new Set<string>();
  const metrics: ActorMetrics = {
    messages,
    messageDuration,
    restarts,
    mailboxDepth,
    registerKind(kind) {
      if (known.has(kind)) return;
      known.add(kind);
      for (const outcome of ACTOR_OUTCOMES) messages.inc({ actor_kind: kind, outcome }, 0);
      messageDuration.zero({ actor_kind: kind });
      restarts.inc({ actor_kind: kind }, 0);
      mailboxDepth.inc({ actor_kind: kind }, 0);
    },
  };
  actorMetricsByRegistry.set(registry, metrics);
  return metrics;
}

export function createNatsMetrics(registry: Registry): NatsMetrics {
  const existing = natsMetricsByRegistry.get(registry);
  if (existing) return existing;
  const registers = [registry];
  const requests = new Counter({
    name: "troupe_nats_requests_total",
    help: "NATS requests made through the messaging wrapper, by outcome.",
    labelNames: ["subject_group", "outcome"] as const,
    registers,
  });
  const requestDuration = new Histogram({
    name: "troupe_nats_request_duration_seconds",
    help: "Round-trip time of NATS requests.",
    labelNames: ["subject_group"] as const,
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const known = new Set<string>();
  const metrics: NatsMetrics = {
    requests,
    requestDuration,
    registerSubjectGroup(group) {
      if (known.has(group)) return;
      known.add(group);
      for (const outcome of NATS_REQUEST_OUTCOMES) requests.inc({ subject_group: group, outcome }, 0);
      requestDuration.zero({ subject_group: group });
    },
  };
  natsMetricsByRegistry.set(registry, metrics);
  return metrics;
}

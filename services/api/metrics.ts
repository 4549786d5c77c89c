// The API's Prometheus metrics. Labels are bounded: verb (fixed list), resource (served kinds
// plus "unknown"), code (HTTP-style status codes the API returns).
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { RESOURCES } from "../../runtime/codec/resources.ts";
import { API_VERBS } from "../../runtime/subjects.ts";
import { createExemplarHistogram } from "../../runtime/trace-exemplar.ts";

export interface ApiMetrics {
  requests: Counter<"verb" | "resource" | "code">;
  /** Observed with a `trace_id` exemplar when the request's span is sampled. */
  duration: Histogram<"verb">;
  watches: Gauge;
  /** Events this replica published to NATS watchers, by resource plural. */
  watchEvents: Counter<"resource">;
  /** From a store change reaching a watch of this replica to its event published. */
  watchLag: Histogram;
  /** Latency of the state KV bucket's operations, under the cache. */
  storeDuration: Histogram<"operation">;
  /** Encryption at rest: values encrypted and decrypted, and failures to decrypt. */
  encryption: Counter<"operation" | "outcome">;
  /** Authorization decisions of the chain, by outcome and the authorizer that decided ("none": no opinion). */
  authorization: Counter<"decision" | "authorizer">;
  authorizationDuration: Histogram;
  /** Audit events handed to the audit stream, by level; and those dropped (buffer full, stream away). */
  auditEvents: Counter<"level">;
  auditDropped: Counter;
  /** Writes sent again with a request id already answered: replied from the replay cache. */
  replayed: Counter<"verb">;
}

export const UNKNOWN_RESOURCE = "unknown";

export const STORE_OPERATIONS = ["get", "list", "create", "update", "delete", "watch"] as const;
export type StoreOperation = (typeof STORE_OPERATIONS)[number];

export function createApiMetrics(registry: Registry): ApiMetrics {
  const requests = new Counter({
    name: "troupe_api_requests_total",
    help: "API requests handled, by verb, resource and status code.",
    labelNames: ["verb", "resource", "code"] as const,
    registers: [registry],
  });
  const duration = createExemplarHistogram(registry, {
    name: "troupe_api_request_duration_seconds",
    help: "Time to handle an API request, from receipt to reply.",
    labelNames: ["verb"] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  });
  const watches = new Gauge({
    name: "troupe_api_watches",
    help: "Watches this API replica is serving.",
    registers: [registry],
  });
  const encryption = new Counter({
    name: "troupe_api_encryption_operations_total",
    help: "Stored values of encrypted resources (Secrets) encrypted and decrypted by this replica, by outcome.",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  const auditEvents = new Counter({
    name: "troupe_api_audit_events_total",
    help: "Audit events this replica recorded, by level (None is not recorded).",
    labelNames: ["level"] as const,
    registers: [registry],
  });
  for (const level of ["Metadata", "Request", "RequestResponse"]) auditEvents.inc({ level }, 0);
  const auditDropped = new Counter({
    name: "troupe_api_audit_dropped_total",
    help: "Audit events dropped: the buffer was full or the audit stream did not take them.",
    registers: [registry],
  });
  for (const operation of ["encrypt", "decrypt"]) for (const outcome of ["ok", "error"]) encryption.inc({ operation, outcome }, 0);
  const authorization = new Counter({
    name: "troupe_api_authorization_decisions_total",
    help: "Authorization decisions (requests, impersonations and access reviews), by decision and the authorizer that made it.",
    labelNames: ["decision", "authorizer"] as const,
    registers: [registry],
  });
  for (const authorizer of ["Superuser", "RBAC"]) authorization.inc({ decision: "allow", authorizer }, 0);
  authorization.inc({ decision: "no_opinion", authorizer: "none" }, 0);
  const authorizationDuration = new Histogram({
    name: "troupe_api_authorization_duration_seconds",
    help: "Time the authorizer chain takes to decide.",
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
    registers: [registry],
  });
  for (const verb of API_VERBS) {
    duration.zero({ verb });
    for (const info of RESOURCES) requests.inc({ verb, resource: info.plural, code: "200" }, 0);
  }
  const replayed = new Counter({
    name: "troupe_api_replayed_replies_total",
    help: "Writes sent again with a Troupe-Request-Id already answered, by verb: answered with the first reply, not done twice.",
    labelNames: ["verb"] as const,
    registers: [registry],
  });
  const watchEvents = new Counter({
    name: "troupe_api_watch_events_total",
    help: "Watch events this replica published to NATS watchers, by resource.",
    labelNames: ["resource"] as const,
    registers: [registry],
  });
  for (const info of RESOURCES) watchEvents.inc({ resource: info.plural }, 0);
  const watchLag = new Histogram({
    name: "troupe_api_watch_lag_seconds",
    help: "Time from a store change reaching a watch of this replica to its watch event published.",
    buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 0.5],
    registers: [registry],
  });
  const storeDuration = new Histogram({
    name: "troupe_api_store_duration_seconds",
    help: "Latency of operations on the state KV bucket (below the API's cache), by operation.",
    labelNames: ["operation"] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  for (const operation of STORE_OPERATIONS) storeDuration.zero({ operation });
  return { requests, duration, watches, watchEvents, watchLag, storeDuration, encryption, authorization, authorizationDuration, auditEvents, auditDropped, replayed };
}

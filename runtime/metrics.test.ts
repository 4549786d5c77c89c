import test from "ava";
import { sampleValue } from "../test/helpers/metrics.ts";
import { createActorMetrics, createMetricsRegistry, createNatsMetrics } from "./metrics.ts";

test("metrics registry labels every series with the service and collects process metrics", async (t) => {
  const registry = createMetricsRegistry({ service: "troupe-scheduler" });
  const text = await registry.metrics();
  t.regex(text, /^process_cpu_user_seconds_total\{service="troupe-scheduler"\} /m);
  t.regex(text, /^nodejs_eventloop_lag_seconds\{service="troupe-scheduler"\} /m);
});

test("actor metrics start every series of a registered kind at zero", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  createActorMetrics(registry).registerKind("pod-worker");
  const kind = { actor_kind: "pod-worker", service: "svc" };
  for (const outcome of ["ok", "error", "rejected"]) {
    t.is(await sampleValue(registry, "troupe_actor_messages_total", { ...kind, outcome }), 0, outcome);
  }
  t.is(await sampleValue(registry, "troupe_actor_restarts_total", kind), 0);
  t.is(await sampleValue(registry, "troupe_actor_mailbox_depth", kind), 0);
  t.is(await sampleValue(registry, "troupe_actor_message_duration_seconds_count", kind), 0);
  t.is(await sampleValue(registry, "troupe_actor_restarts_total", { actor_kind: "other" }), undefined);
});

test("actor metrics are shared by everything using one registry", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  const first = createActorMetrics(registry);
  const second = createActorMetrics(registry);
  t.is(first, second);
  first.messages.inc({ actor_kind: "a", outcome: "ok" });
  second.messages.inc({ actor_kind: "a", outcome: "ok" });
  t.is(await sampleValue(registry, "troupe_actor_messages_total", { actor_kind: "a", outcome: "ok" }), 2);
});

test("nats metrics start every outcome of a subject group at zero", async (t) => {
  const registry = createMetricsRegistry({ service: "svc", defaultMetrics: false });
  createNatsMetrics(registry).registerSubjectGroup("api.create");
  const group = { subject_group: "api.create" };
  for (const outcome of ["ok", "timeout", "no_responders", "error"]) {
    t.is(await sampleValue(registry, "troupe_nats_requests_total", { ...group, outcome }), 0, outcome);
  }
  t.is(await sampleValue(registry, "troupe_nats_request_duration_seconds_count", group), 0);
});

test("separate registries keep separate metric instances", (t) => {
  const a = createMetricsRegistry({ service: "a", defaultMetrics: false });
  const b = createMetricsRegistry({ service: "b", defaultMetrics: false });
  t.not(createNatsMetrics(a), createNatsMetrics(b));
});

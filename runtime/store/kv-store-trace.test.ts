// KvStore keeps the writer's trace context as traceparent/tracestate headers of the KV message
// (docs/tracing.md), against a real nats-server: gets, watches and the watch cache return it,
// create keeps "must not exist" (also over a delete marker), and a lost CAS is still a conflict.
import test from "ava";
import type { NatsConnection } from "@nats-io/transport-node";
import { connect } from "@nats-io/transport-node";
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { eventually } from "../../test/helpers/workload-cluster.ts";
import { startNatsServer, type NatsServerHandle } from "../nats-server.ts";
import { startTelemetry, type Telemetry } from "../telemetry.ts";
import { CachingStore } from "./caching-store.ts";
import { KeyExistsError, RevisionConflictError } from "./errors.ts";
import { KvStore } from "./kv-store.ts";
import { activeLastChange, spanContextOfLastChange } from "./last-change.ts";
import type { StoreWatchEvent } from "./types.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const tracer = trace.getTracer("kv-store-trace-test");

let server: NatsServerHandle;
let nc: NatsConnection;
let telemetry: Telemetry;
let bucketCounter = 0;

test.before(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
  telemetry = await startTelemetry({ serviceName: "kv-store-trace-test", spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
});

test.after.always(async () => {
  await telemetry?.shutdown();
  await nc?.close();
  await server?.destroy();
});

const open = () => KvStore.open(nc, { bucket: `trace-${++bucketCounter}` });

/** Runs `fn` inside a fresh span; returns its result and the span's traceparent. */
async function inSpan<T>(fn: () => Promise<T>): Promise<{ result: T; traceparent: string }> {
  return tracer.startActiveSpan("write", async (span) => {
    try {
      const result = await fn();
      const change = activeLastChange();
      if (!change) throw new Error("no active span context");
      return { result, traceparent: change.traceparent };
    } finally {
      span.end();
    }
  });
}

async function first(events: AsyncIterable<StoreWatchEvent>): Promise<StoreWatchEvent> {
  for await (const event of events) return event;
  throw new Error("watch ended");
}

test("create and update store the active span's traceparent; get and list return it", async (t) => {
  const store = await open();
  const created = await inSpan(() => store.create("pods.default.a", bytes("one")));
  t.is((await store.get("pods.default.a"))?.lastChange?.traceparent, created.traceparent);
  t.regex(created.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);

  const updated = await inSpan(() => store.update("pods.default.a", bytes("two"), created.result));
  t.not(updated.traceparent, created.traceparent);
  const entry = await store.get("pods.default.a");
  t.is(entry?.lastChange?.traceparent, updated.traceparent);
  t.is(entry?.revision, updated.result);
  t.is((await store.list("pods.>")).entries[0]?.lastChange?.traceparent, updated.traceparent);
  t.is(spanContextOfLastChange(entry?.lastChange)?.traceId, updated.traceparent.split("-")[1]);
});

test("a write with no active span carries no trace headers", async (t) => {
  const store = await open();
  const revision = await store.create("pods.default.b", bytes("one"));
  t.is((await store.get("pods.default.b"))?.lastChange, undefined);
  await store.update("pods.default.b", bytes("two"), revision);
  t.is((await store.get("pods.default.b"))?.lastChange, undefined);
});

test("watch events carry the traceparent of each change, deletes included", async (t) => {
  const store = await open();
  const watch = await store.watch("pods.>");
  const iterator = watch[Symbol.asyncIterator]();
  const created = await inSpan(() => store.create("pods.default.c", bytes("one")));
  const event = (await iterator.next()).value as StoreWatchEvent;
  t.is(event.lastChange?.traceparent, created.traceparent);
  const deleted = await inSpan(() => store.delete("pods.default.c", created.result, bytes("last")));
  const deleteEvent = (await iterator.next()).value as StoreWatchEvent;
  t.is(deleteEvent.type, "delete");
  t.is(deleteEvent.lastChange?.traceparent, deleted.traceparent);
  watch.stop();
  // A new watch replays the stored header too (the snapshot's latest value of the key).
  await store.create("pods.default.d", bytes("x"));
  const replay = await store.watch("pods.default.c");
  t.is((await first(replay)).lastChange?.traceparent, deleted.traceparent);
  replay.stop();
});

test("create keeps must-not-exist semantics: conflict on an existing key, allowed after delete", async (t) => {
  const store = await open();
  const revision = await store.create("pods.default.e", bytes("one"));
  await t.throwsAsync(() => inSpan(() => store.create("pods.default.e", bytes("again"))), { instanceOf: KeyExistsError });
  await store.delete("pods.default.e", revision);
  const recreated = await inSpan(() => store.create("pods.default.e", bytes("reborn")));
  const entry = await store.get("pods.default.e");
  t.is(new TextDecoder().decode(entry?.value), "reborn");
  t.is(entry?.lastChange?.traceparent, recreated.traceparent);
  await t.throwsAsync(() => store.create("pods.default.e", bytes("third")), { instanceOf: KeyExistsError });
});

test("a lost compare-and-set is still a conflict; update never creates", async (t) => {
  const store = await open();
  const revision = await store.create("pods.default.f", bytes("one"));
  await store.update("pods.default.f", bytes("two"), revision);
  await t.throwsAsync(() => inSpan(() => store.update("pods.default.f", bytes("stale"), revision)), { instanceOf: RevisionConflictError });
  await t.throwsAsync(() => store.update("pods.default.g", bytes("new"), 0));
  await t.throwsAsync(() => store.update("pods.default.g", bytes("new"), revision), { instanceOf: RevisionConflictError });
  t.is(await store.get("pods.default.g"), undefined);
});

test("the watch cache carries the traceparent of its own writes and of others' writes", async (t) => {
  const inner = await open();
  const cache = await CachingStore.start(inner);
  t.teardown(() => cache.stop());
  const own = await inSpan(() => cache.create("pods.default.h", bytes("one")));
  t.is((await cache.get("pods.default.h"))?.lastChange?.traceparent, own.traceparent);
  const other = await inSpan(() => inner.update("pods.default.h", bytes("two"), own.result));
  await eventually(() => cache.get("pods.default.h"), (entry) => entry?.revision === other.result, "the cache to see the other write");
  t.is((await cache.get("pods.default.h"))?.lastChange?.traceparent, other.traceparent);
  t.is((await cache.list("pods.>")).entries[0]?.lastChange?.traceparent, other.traceparent);
});

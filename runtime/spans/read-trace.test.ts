import test from "ava";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { useNatsServer } from "../../test/helpers/nats.ts";
import { SPANS_STREAM, spansSubject } from "../subjects.ts";
import { InvalidTraceIdError, readTrace } from "./read-trace.ts";
import type { SpanRecord } from "./span-record.ts";
import { ensureSpansStream } from "./spans-stream.ts";

const nats = useNatsServer(test);

function record(traceId: string, spanId: string, name = "op"): SpanRecord {
  return {
    traceId, spanId, name, kind: "server", service: "troupe-api", resource: {},
    startTimeUnixNano: "1764000000000000000", endTimeUnixNano: "1764000000001000000",
    attributes: { "rpc.method": "get" }, status: { code: "ok" }, links: [],
  };
}

test.serial("readTrace returns [] when the span stream does not exist yet", async (t) => {
  const js = jetstream(await nats.connect());
  t.deepEqual(await readTrace(js, "1".repeat(32)), []);
});

test.serial("readTrace returns every stored span of one trace and none of another", async (t) => {
  const nc = await nats.connect();
  await ensureSpansStream(nc, { maxAgeMs: 60_000, maxBytes: 1024 * 1024 });
  const js = jetstream(nc);
  const wanted = "a".repeat(32);
  const other = "b".repeat(32);
  for (let index = 0; index < 250; index += 1) await js.publish(spansSubject(wanted), JSON.stringify(record(wanted, index.toString(16).padStart(16, "0"))));
  await js.publish(spansSubject(other), JSON.stringify(record(other, "1".repeat(16))));
  const spans = await readTrace(js, wanted);
  t.is(spans.length, 250);
  t.true(spans.every((span) => span.traceId === wanted));
  t.deepEqual(await readTrace(js, "c".repeat(32)), []);
});

test.serial("readTrace shows a span stored twice (an exporter retry) once, as last stored", async (t) => {
  const nc = await nats.connect();
  await ensureSpansStream(nc);
  const js = jetstream(nc);
  const traceId = "d".repeat(32);
  await js.publish(spansSubject(traceId), JSON.stringify(record(traceId, "2".repeat(16), "first")));
  await js.publish(spansSubject(traceId), JSON.stringify(record(traceId, "2".repeat(16), "again")));
  t.deepEqual((await readTrace(js, traceId)).map((span) => span.name), ["again"]);
});

test.serial("readTrace leaves no consumer behind on the stream", async (t) => {
  const nc = await nats.connect();
  await ensureSpansStream(nc);
  await readTrace(jetstream(nc), "a".repeat(32));
  const jsm = await jetstreamManager(nc);
  t.is((await jsm.streams.info(SPANS_STREAM)).state.consumer_count, 0);
});

test("readTrace rejects a trace id that is not 32 hex digits, naming it", async (t) => {
  const js = jetstream(await nats.connect());
  const error = await t.throwsAsync(readTrace(js, "not-a-trace"), { instanceOf: InvalidTraceIdError });
  t.regex(error.message, /not-a-trace.*32 lowercase hex/);
});

test("ensureSpansStream brings an existing stream's limits to the new ones", async (t) => {
  const nc = await nats.connect();
  await ensureSpansStream(nc, { maxAgeMs: 60_000, maxBytes: 1024 * 1024 });
  await ensureSpansStream(nc, { maxAgeMs: 120_000, maxBytes: 2 * 1024 * 1024 });
  const info = await (await jetstreamManager(nc)).streams.info(SPANS_STREAM);
  t.is(info.config.max_age, 120_000 * 1_000_000);
  t.is(info.config.max_bytes, 2 * 1024 * 1024);
});

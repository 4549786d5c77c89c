import test from "ava";
import { jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { connect } from "@nats-io/transport-node";
import { Registry } from "prom-client";
import { createLogger } from "../../runtime/log.ts";
import { startNatsServer } from "../../runtime/nats-server.ts";
import { sampleValue } from "../../test/helpers/metrics.ts";
import { isTroupeStream, startJetStreamSampler } from "./jetstream-metrics.ts";

test("troupe streams are its KV buckets' and its TROUPE_* streams", (t) => {
  t.true(isTroupeStream("KV_troupe-state"));
  t.true(isTroupeStream("TROUPE_LOGS"));
  t.false(isTroupeStream("KV_orders"));
  t.false(isTroupeStream("ORDERS"));
});

test("the jetstream sampler exports sizes and limits of troupe's streams only", async (t) => {
  const server = await startNatsServer();
  t.teardown(() => server.destroy());
  const nc = await connect({ servers: server.url });
  t.teardown(() => nc.close());
  const kv = await new Kvm(nc).create("troupe-test");
  await kv.put("a", "hello");
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: "TROUPE_TEST", subjects: ["troupe.test.>"], max_bytes: 1 << 20 });
  await jsm.streams.add({ name: "ORDERS", subjects: ["orders.>"] });
  const registry = new Registry();
  const sampler = startJetStreamSampler(nc, registry, { logger: createLogger("test") });
  t.teardown(() => sampler.stop());
  await sampler.first;
  t.is(await sampleValue(registry, "troupe_jetstream_stream_messages", { stream: "KV_troupe-test" }), 1);
  t.true((await sampleValue(registry, "troupe_jetstream_stream_bytes", { stream: "KV_troupe-test" }) ?? 0) > 0);
  t.is(await sampleValue(registry, "troupe_jetstream_stream_max_bytes", { stream: "KV_troupe-test" }), -1);
  t.is(await sampleValue(registry, "troupe_jetstream_stream_max_bytes", { stream: "TROUPE_TEST" }), 1 << 20);
  t.is(await sampleValue(registry, "troupe_jetstream_stream_messages", { stream: "TROUPE_TEST" }), 0);
  t.is(await sampleValue(registry, "troupe_jetstream_stream_bytes", { stream: "ORDERS" }), undefined);
});

// Mesh events against a real nats-server: fire-and-forget events on core NATS, durable events
// through JetStream that wait for an offline consumer and are redelivered after a failure.
import test from "ava";
import { setTimeout as sleep } from "node:timers/promises";
import { jetstreamManager } from "@nats-io/jetstream";
import { Mesh, type EventContext } from "../runtime/mesh/mod.ts";
import { createLogger } from "../runtime/log.ts";
import { MESH_EVENTS_STREAM } from "../runtime/subjects.ts";
import { useNatsServer } from "./helpers/nats.ts";

const nats = useNatsServer(test);
const meshes: Mesh[] = [];

async function mesh(name: string): Promise<Mesh> {
  const created = await Mesh.connect({ nc: await nats.connect(name), name, logger: createLogger("mesh", {}, { level: "error" }) });
  meshes.push(created);
  return created;
}

test.after.always(() => Promise.allSettled(meshes.map((m) => m.stop())));

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error("condition not met in time");
    await sleep(10);
  }
}

test.serial("emitted events reach every subscriber, one queue member per group", async (t) => {
  const publisher = await mesh("publisher");
  const seen: string[] = [];
  const a = await (await mesh("sub-a")).on<{ id: number }>("order.created", (event, ctx) => void seen.push(`a:${event.id}:${ctx.topic}`));
  const q1 = await (await mesh("sub-q1")).on<{ id: number }>("order.created", (event) => void seen.push(`q:${event.id}`), { queue: "billing" });
  const q2 = await (await mesh("sub-q2")).on<{ id: number }>("order.created", (event) => void seen.push(`q:${event.id}`), { queue: "billing" });
  await publisher.nc.flush();
  for (let id = 0; id < 10; id++) publisher.emit("order.created", { id });
  await until(() => seen.length === 20);
  t.is(seen.filter((entry) => entry.startsWith("a:")).length, 10);
  t.deepEqual(seen.filter((entry) => entry.startsWith("q:")).sort(), Array.from({ length: 10 }, (_, id) => `q:${id}`).sort());
  t.true(seen.includes("a:3:order.created"));
  await Promise.all([a.stop(), q1.stop(), q2.stop()]);
});

test.serial("durable events published while the consumer is offline are delivered when it comes back", async (t) => {
  const publisher = await mesh("durable-publisher");
  const consumer = await mesh("durable-consumer");
  const received: number[] = [];
  const first = await consumer.on<{ n: number }>("invoice.issued", (event) => void received.push(event.n), { durable: "billing" });
  await publisher.publishDurable("invoice.issued", { n: 1 });
  await until(() => received.length === 1);
  await first.stop();

  for (let n = 2; n <= 4; n++) await publisher.publishDurable("invoice.issued", { n });
  await sleep(100);
  t.deepEqual(received, [1], "nothing is delivered while the consumer is offline");

  const again = await consumer.on<{ n: number }>("invoice.issued", (event) => void received.push(event.n), { durable: "billing" });
  await until(() => received.length === 4);
  t.deepEqual(received, [1, 2, 3, 4], "each event once, in order, none lost");
  await again.stop();

  const info = await (await jetstreamManager(publisher.nc)).streams.info(MESH_EVENTS_STREAM);
  t.deepEqual(info.config.subjects, ["troupe.mesh.durable.>"]);
  t.true(info.config.max_age > 0 && info.config.max_bytes > 0, "the stream is bounded by age and size");
});

test.serial("a durable event whose handler throws is redelivered with backoff and acked once handled", async (t) => {
  const publisher = await mesh("retry-publisher");
  const consumer = await mesh("retry-consumer");
  const deliveries: EventContext[] = [];
  let handled = 0;
  const subscription = await consumer.on<{ n: number }>(
    "payment.failed",
    (_, ctx) => {
      deliveries.push(ctx);
      if (ctx.deliveryCount < 3) throw new Error("downstream unavailable");
      handled++;
    },
    { durable: "notifier", redeliveryBackoff: { baseMs: 50, maxMs: 200, jitter: 0 } },
  );
  const started = performance.now();
  await publisher.publishDurable("payment.failed", { n: 1 });
  await until(() => handled === 1);
  t.deepEqual(deliveries.map((ctx) => ctx.deliveryCount), [1, 2, 3]);
  const elapsed = performance.now() - started;
  t.true(elapsed >= 150, `redeliveries waited for the backoff (50 ms, then 100 ms, no jitter): ${elapsed} ms`);
  await sleep(300);
  t.is(deliveries.length, 3, "acked after the handler succeeded: no further delivery");
  await subscription.stop();
});

// One contract, two implementations: KvStore against a real nats-server and MemoryStore.
import test from "ava";
import type { NatsConnection } from "@nats-io/transport-node";
import { connect } from "@nats-io/transport-node";
import { startNatsServer, type NatsServerHandle } from "../nats-server.ts";
import { KeyExistsError, RevisionConflictError } from "./errors.ts";
import { CachingStore } from "./caching-store.ts";
import { KvStore } from "./kv-store.ts";
import { MemoryStore } from "./memory-store.ts";
import type { Store, StoreWatchEvent } from "./types.ts";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (value: Uint8Array): string => new TextDecoder().decode(value);

let server: NatsServerHandle;
let nc: NatsConnection;
let bucketCounter = 0;
const caches: CachingStore[] = [];

test.before(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
});

test.after.always(async () => {
  for (const cache of caches) cache.stop();
  await nc?.close();
  await server?.destroy();
});

const implementations: Record<string, () => Promise<Store>> = {
  KvStore: () => KvStore.open(nc, { bucket: `contract-${++bucketCounter}` }),
  MemoryStore: async () => new MemoryStore(),
  "CachingStore over KvStore": async () => {
    const cache = await CachingStore.start(await KvStore.open(nc, { bucket: `contract-${++bucketCounter}` }));
    caches.push(cache);
    return cache;
  },
};

async function take(events: AsyncIterator<StoreWatchEvent>, count: number): Promise<StoreWatchEvent[]> {
  const out: StoreWatchEvent[] = [];
  while (out.length < count) {
    const next = await events.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

for (const [name, open] of Object.entries(implementations)) {
  test(`${name}: create refuses an existing key and get returns the stored revision`, async (t) => {
    const store = await open();
    const revision = await store.create("pods.default.a", bytes("one"));
    await t.throwsAsync(store.create("pods.default.a", bytes("two")), { instanceOf: KeyExistsError });
    const entry = await store.get("pods.default.a");
    t.is(entry?.revision, revision);
    t.is(text(entry!.value), "one");
    t.is(await store.get("pods.default.missing"), undefined);
  });

  test(`${name}: update with a stale revision is a conflict and changes nothing`, async (t) => {
    const store = await open();
    const first = await store.create("cm.default.x", bytes("1"));
    const second = await store.update("cm.default.x", bytes("2"), first);
    t.true(second > first);
    await t.throwsAsync(store.update("cm.default.x", bytes("3"), first), { instanceOf: RevisionConflictError });
    t.is(text((await store.get("cm.default.x"))!.value), "2");
  });

  test(`${name}: delete with a stale revision is a conflict; a deleted key can be created again`, async (t) => {
    const store = await open();
    const first = await store.create("cm.default.y", bytes("1"));
    const second = await store.update("cm.default.y", bytes("2"), first);
    await t.throwsAsync(store.delete("cm.default.y", first), { instanceOf: RevisionConflictError });
    const deleted = await store.delete("cm.default.y", second);
    t.true(deleted > second);
    t.is(await store.get("cm.default.y"), undefined);
    t.true((await store.create("cm.default.y", bytes("again"))) > deleted);
  });

  test(`${name}: list returns the live keys matching a filter and a revision to watch from`, async (t) => {
    const store = await open();
    await store.create("pods.default.a", bytes("a"));
    await store.create("pods.other.b", bytes("b"));
    await store.create("nodes._.n1", bytes("n"));
    const gone = await store.create("pods.default.gone", bytes("x"));
    await store.delete("pods.default.gone", gone);
    const all = await store.list("pods.>");
    t.deepEqual(all.entries.map((entry) => entry.key).sort(), ["pods.default.a", "pods.other.b"]);
    t.is(all.revision, await store.revision());
    t.deepEqual((await store.list("pods.default.>")).entries.map((entry) => entry.key), ["pods.default.a"]);
    t.deepEqual((await store.list("secrets.>")).entries, []);
  });

  test(`${name}: watch from a revision replays every later change in order, then follows`, async (t) => {
    const store = await open();
    const start = await store.create("pods.default.w", bytes("1"));
    let revision = start;
    for (let i = 2; i <= 5; i++) revision = await store.update("pods.default.w", bytes(String(i)), revision);
    await store.create("nodes._.ignored", bytes("n"));
    const watch = await store.watch("pods.>", { fromRevision: start + 1 });
    t.is(watch.initialCount, 4);
    const events = watch[Symbol.asyncIterator]();
    const replayed = await take(events, 4);
    t.deepEqual(replayed.map((event) => text(event.value)), ["2", "3", "4", "5"]);
    t.true(replayed.every((event) => event.initial));
    await store.delete("pods.default.w", undefined, bytes("last state"));
    const [live] = await take(events, 1);
    t.is(live.type, "delete");
    t.is(text(live.value), "last state");
    t.false(live.initial);
    watch.stop();
  });

  test(`${name}: watch without a revision starts with the latest value of each key`, async (t) => {
    const store = await open();
    const a = await store.create("svc.default.a", bytes("a1"));
    await store.update("svc.default.a", bytes("a2"), a);
    await store.create("svc.default.b", bytes("b1"));
    const watch = await store.watch("svc.>");
    t.is(watch.initialCount, 2);
    const events = watch[Symbol.asyncIterator]();
    t.deepEqual((await take(events, 2)).map((event) => text(event.value)), ["a2", "b1"]);
    await store.create("svc.default.c", bytes("c1"));
    const [live] = await take(events, 1);
    t.is(text(live.value), "c1");
    t.false(live.initial);
    watch.stop();
  });
}

test("CachingStore: a deleted key leaves no tombstone once the watch has seen the delete", async (t) => {
  const cache = await CachingStore.start(await KvStore.open(nc, { bucket: `contract-${++bucketCounter}` }));
  caches.push(cache);
  const revision = await cache.create("cm.default.short-lived", bytes("x"));
  const deleted = await cache.delete("cm.default.short-lived", revision);
  const deadline = Date.now() + 5000;
  while (cache.followedRevision < deleted || cache.cachedKeys > 0) {
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  t.is(cache.cachedKeys, 0);
  t.is(await cache.get("cm.default.short-lived"), undefined);
});

import { randomBytes } from "node:crypto";
import test from "ava";
import { generateAesGcmKey, initialEncryptionConfig, withAesGcmKey } from "../../../runtime/encryption/encryption-config.ts";
import { createLogger } from "../../../runtime/log.ts";
import { MemoryStore } from "../../../runtime/store/memory-store.ts";
import { EncryptingStore } from "./encrypting-store.ts";
import { storageTransformers, storedKeyName } from "./storage-transformer.ts";

const encoder = new TextEncoder();
const logger = createLogger("test", {}, { level: "error" });
const oldKey = generateAesGcmKey("key-1", randomBytes);
const newKey = generateAesGcmKey("key-2", randomBytes);
const transformers = (config = initialEncryptionConfig(oldKey)) => storageTransformers(config);

test("secrets are encrypted in the inner store and decrypted by get, list and watch; other resources pass as they are", async (t) => {
  const inner = new MemoryStore();
  const store = new EncryptingStore(inner, transformers(), logger);
  await store.create("secrets.default.a", encoder.encode("secret-a"));
  await store.create("configmaps.default.a", encoder.encode("config-a"));
  t.is(storedKeyName((await inner.get("secrets.default.a"))!.value), "key-1");
  t.deepEqual((await inner.get("configmaps.default.a"))!.value, encoder.encode("config-a"));
  t.is(Buffer.from((await store.get("secrets.default.a"))!.value).toString(), "secret-a");
  t.deepEqual((await store.list("secrets.>")).entries.map((entry) => Buffer.from(entry.value).toString()), ["secret-a"]);
  const watch = await store.watch("secrets.>");
  for await (const event of watch) {
    t.is(Buffer.from(event.value).toString(), "secret-a");
    break;
  }
  watch.stop();
});

test("a delete's tombstone is encrypted too", async (t) => {
  const inner = new MemoryStore();
  const store = new EncryptingStore(inner, transformers(), logger);
  const revision = await store.create("secrets.default.a", encoder.encode("secret-a"));
  await store.delete("secrets.default.a", revision, encoder.encode("secret-a"));
  const raw = await inner.watch("secrets.>", { fromRevision: 1 });
  const decrypted = await store.watch("secrets.>", { fromRevision: 1 });
  const rawEvents = [];
  for await (const event of raw) if (rawEvents.push(event) === 2) break;
  const events = [];
  for await (const event of decrypted) if (events.push(event) === 2) break;
  raw.stop();
  decrypted.stop();
  t.is(storedKeyName(rawEvents[1]!.value), "key-1");
  t.is(Buffer.from(events[1]!.value).toString(), "secret-a");
});

test("a watch passes a value it cannot decrypt on empty, and a get of it fails naming the key", async (t) => {
  const inner = new MemoryStore();
  await new EncryptingStore(inner, transformers(), logger).create("secrets.default.a", encoder.encode("secret-a"));
  const seen: string[] = [];
  const stranger = new EncryptingStore(inner, transformers(initialEncryptionConfig(newKey)), logger, (operation, outcome) => seen.push(`${operation} ${outcome}`));
  const watch = await stranger.watch("secrets.>");
  t.is(watch.initialCount, 1);
  for await (const event of watch) {
    t.is(event.value.length, 0);
    break;
  }
  watch.stop();
  await t.throwsAsync(stranger.get("secrets.default.a"), { message: /key "key-1"/ });
  t.deepEqual(seen, ["decrypt error", "decrypt error"]);
});

test("rewrite moves every value to the write key, keeps its content and skips those already there", async (t) => {
  const inner = new MemoryStore();
  const store = new EncryptingStore(inner, transformers(), logger);
  await store.create("secrets.default.a", encoder.encode("secret-a"));
  await inner.create("secrets.default.plain", encoder.encode("written-before-encryption"));
  store.setTransformers(transformers(withAesGcmKey(initialEncryptionConfig(oldKey), newKey, "write")));
  await store.create("secrets.default.b", encoder.encode("secret-b"));
  t.deepEqual(await store.rewrite("secrets"), { rewritten: 2, unchanged: 1 });
  for (const [key, value] of [["secrets.default.a", "secret-a"], ["secrets.default.plain", "written-before-encryption"], ["secrets.default.b", "secret-b"]] as const) {
    t.is(storedKeyName((await inner.get(key))!.value), "key-2", key);
    t.is(Buffer.from((await store.get(key))!.value).toString(), value);
  }
  t.deepEqual(await store.rewrite("secrets"), { rewritten: 0, unchanged: 3 });
});

import test from "ava";
import { Histogram, Registry } from "prom-client";
import { MemoryStore } from "../../runtime/store/memory-store.ts";
import { sampleValue } from "../../test/helpers/metrics.ts";
import { TimedStore } from "./timed-store.ts";

test("timed store observes each store operation, failed ones included", async (t) => {
  const registry = new Registry();
  const duration = new Histogram({ name: "d_seconds", help: "d", labelNames: ["operation"] as const, registers: [registry] });
  const store = new TimedStore(new MemoryStore(), duration);
  const revision = await store.create("pods.default.a", new TextEncoder().encode("{}"));
  await store.get("pods.default.a");
  await store.list("pods.>");
  await t.throwsAsync(store.update("pods.default.a", new Uint8Array(), revision + 10));
  await store.update("pods.default.a", new Uint8Array(), revision);
  (await store.watch("pods.>")).stop();
  await store.delete("pods.default.a");
  for (const [operation, count] of [["create", 1], ["get", 1], ["list", 1], ["update", 2], ["watch", 1], ["delete", 1]] as const) {
    t.is(await sampleValue(registry, "d_seconds_count", { operation }), count, operation);
  }
});

// Watches deliver every change in order from a resourceVersion, survive a restart of the
// watcher, and the state survives restarts of nats-server and of the API service.
import test from "ava";
import type { ApiWatch, KubeObject, WatchEventJson } from "../runtime/api-client.ts";
import { startApiTestCluster, type ApiTestCluster } from "./helpers/api-cluster.ts";
import { ApiService } from "../services/api/api-service.ts";
import { createLogger } from "../runtime/log.ts";
import { createMetricsRegistry } from "../runtime/metrics.ts";

let cluster: ApiTestCluster;
test.before(async () => {
  cluster = await startApiTestCluster();
});
test.after.always(async () => {
  await cluster?.stop();
});

function configMap(name: string, value: string, namespace = "default"): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data: { value } };
}

async function next(iterator: AsyncIterator<WatchEventJson>, skipBookmarks = true): Promise<WatchEventJson> {
  for (;;) {
    const result = await Promise.race([
      iterator.next(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no watch event within 5 s")), 5000)),
    ]);
    if (result.done) throw new Error("watch ended");
    if (!skipBookmarks || result.value.type !== "BOOKMARK") return result.value;
  }
}

async function collect(watch: ApiWatch, count: number): Promise<WatchEventJson[]> {
  const iterator = watch[Symbol.asyncIterator]();
  const events: WatchEventJson[] = [];
  while (events.length < count) events.push(await next(iterator));
  return events;
}

test.serial("a watch from a resourceVersion delivers every later change in order, none missed across a watcher restart", async (t) => {
  const created = await cluster.client.create(configMap("w", "0"));
  const start = created.metadata?.resourceVersion ?? "";
  let current = created;
  const first = await cluster.client.watch("configmaps", { resourceVersion: start, namespace: "default" });
  for (let i = 1; i <= 5; i++) current = await cluster.client.update({ ...current, data: { value: String(i) } });
  const seen = await collect(first, 5);
  await first.stop();
  t.deepEqual(seen.map((event) => (event.object.data as { value: string }).value), ["1", "2", "3", "4", "5"]);
  t.true(seen.every((event) => event.type === "MODIFIED" || event.type === "ADDED"));
  const lastSeen = seen[seen.length - 1].object.metadata?.resourceVersion ?? "";

  // Changes while no watcher runs...
  for (let i = 6; i <= 8; i++) current = await cluster.client.update({ ...current, data: { value: String(i) } });
  await cluster.client.create(configMap("w2", "new"));
  await cluster.client.delete("configmaps", "w2");
  // ...are all delivered when the watcher resumes from the last revision it saw.
  const resumed = await cluster.client.watch("configmaps", { resourceVersion: lastSeen, namespace: "default" });
  const replay = await collect(resumed, 5);
  await resumed.stop();
  t.deepEqual(replay.map((event) => `${event.object.metadata?.name}:${(event.object.data as { value?: string } | undefined)?.value ?? ""}`), [
    "w:6", "w:7", "w:8", "w2:new", "w2:new",
  ]);
  t.deepEqual(replay.slice(1).map((event) => event.type), ["MODIFIED", "MODIFIED", "ADDED", "DELETED"]);
  const revisions = [...seen, ...replay].map((event) => Number(event.object.metadata?.resourceVersion));
  t.deepEqual(revisions, [...revisions].sort((a, b) => a - b), "revisions only grow");
});

test.serial("a watch without a resourceVersion starts with the current objects, then a bookmark, then changes", async (t) => {
  await cluster.client.create(configMap("snap-a", "a", "troupe-system"));
  const watch = await cluster.client.watch("cm", { namespace: "troupe-system" });
  const iterator = watch[Symbol.asyncIterator]();
  const added = await next(iterator, false);
  t.is(added.type, "ADDED");
  t.is(added.object.metadata?.name, "snap-a");
  t.is((await next(iterator, false)).type, "BOOKMARK");
  await cluster.client.create(configMap("snap-b", "b", "troupe-system"));
  const live = await next(iterator);
  t.is(live.type, "ADDED");
  t.is(live.object.metadata?.name, "snap-b");
  await watch.stop();
});

test.serial("label selectors filter watch events", async (t) => {
  const watch = await cluster.client.watch("configmaps", { labelSelector: "team=blue", namespace: "default" });
  const iterator = watch[Symbol.asyncIterator]();
  await cluster.client.create({ ...configMap("red-1", "r"), metadata: { name: "red-1", labels: { team: "red" } } });
  await cluster.client.create({ ...configMap("blue-1", "b"), metadata: { name: "blue-1", labels: { team: "blue" } } });
  const event = await next(iterator);
  t.is(event.object.metadata?.name, "blue-1");
  await watch.stop();
});

test.serial("objects survive a restart of nats-server and of the API service; an open watch resumes", async (t) => {
  await cluster.client.create(configMap("durable", "kept"));
  const watch = await cluster.client.watch("configmaps", { namespace: "default", resourceVersion: await latestRevision(), idleTimeoutSeconds: 2 });
  const iterator = watch[Symbol.asyncIterator]();

  await cluster.server.restart();
  await cluster.api.stop();
  const replacement = await ApiService.start({ nc: cluster.nc, registry: createMetricsRegistry({ service: "troupe-api" }), logger: createLogger("api-test", {}, { level: "error" }) });
  try {
    const read = await eventually(() => cluster.client.get("cm", "durable"));
    t.is((read.data as { value: string }).value, "kept");
    await cluster.client.create(configMap("after-restart", "x"));
    const event = await next(iterator);
    t.is(event.object.metadata?.name, "after-restart");
  } finally {
    await watch.stop();
    await replacement.stop();
  }
});

async function latestRevision(): Promise<string> {
  return String(await cluster.api.ctx.repo.store.revision());
}

async function eventually<T>(attempt: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// The informer contract, against KvStore on a real nats-server and against MemoryStore.
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { findResource, type ResourceInfo } from "../codec/resources.ts";
import { startNatsServer, type NatsServerHandle } from "../nats-server.ts";
import { Informer } from "./informer.ts";
import { KvStore } from "./kv-store.ts";
import { MemoryStore } from "./memory-store.ts";
import { ObjectRepository, type ApiObject } from "./object-repository.ts";

const configMaps = findResource("configmaps") as ResourceInfo;
let server: NatsServerHandle;
let nc: NatsConnection;
let bucket = 0;

test.before(async () => {
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
});
test.after.always(async () => {
  await nc?.close();
  await server?.destroy();
});

function configMap(name: string, value: string, namespace = "default"): ApiObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace }, data: { value } };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const repositories: Record<string, () => Promise<ObjectRepository>> = {
  KvStore: async () => new ObjectRepository(await KvStore.open(nc, { bucket: `informer-${++bucket}` })),
  MemoryStore: async () => new ObjectRepository(new MemoryStore()),
};

for (const [name, open] of Object.entries(repositories)) {
  test(`${name}: an informer syncs the current objects, then follows adds, updates and deletes`, async (t) => {
    const repo = await open();
    const first = await repo.create(configMaps, configMap("a", "1"));
    await repo.update(configMaps, configMap("a", "2"), first);
    const gone = await repo.create(configMaps, configMap("gone", "x"));
    await repo.delete(configMaps, configMap("gone", "x"), gone);
    await repo.create(configMaps, configMap("other-ns", "y", "kube-system"));

    const informer = new Informer({ repo, info: configMaps, namespace: "default" });
    const seen: string[] = [];
    informer.addHandlers({
      onAdd: (object) => seen.push(`add:${object.metadata?.name}`),
      onUpdate: (_, object) => seen.push(`update:${object.metadata?.name}:${(object.data as { value: string }).value}`),
      onDelete: (object) => seen.push(`delete:${object.metadata?.name}`),
    });
    await informer.start();
    t.true(informer.hasSynced());
    t.deepEqual(informer.list().map((object) => object.metadata?.name), ["a"]);
    t.deepEqual(informer.get("default", "a")?.data, { value: "2" });

    const current = informer.get("default", "a");
    await repo.update(configMaps, configMap("a", "3"), Number(current?.metadata?.resourceVersion));
    await repo.create(configMaps, configMap("b", "1"));
    const b = await repo.get(configMaps, "default", "b");
    await repo.delete(configMaps, b!.object, b!.revision);
    await until(() => seen.length >= 4, "four events");
    t.deepEqual(seen, ["add:a", "update:a:3", "add:b", "delete:b"]);
    informer.stop();
  });

  test(`${name}: an informer resumed from the last revision of a stopped one misses nothing`, async (t) => {
    const repo = await open();
    await repo.create(configMaps, configMap("x", "1"));
    const first = new Informer({ repo, info: configMaps });
    await first.start();
    const resumeFrom = first.lastRevision;
    first.stop();

    const x = await repo.get(configMaps, "default", "x");
    const second = await repo.update(configMaps, configMap("x", "2"), x!.revision);
    await repo.update(configMaps, configMap("x", "3"), second);
    await repo.create(configMaps, configMap("y", "1"));

    const resumed = new Informer({ repo, info: configMaps, fromRevision: resumeFrom });
    const values: string[] = [];
    resumed.addHandlers({
      onAdd: (object) => values.push(`${object.metadata?.name}=${(object.data as { value: string }).value}`),
      onUpdate: (_, object) => values.push(`${object.metadata?.name}=${(object.data as { value: string }).value}`),
    });
    await resumed.start();
    await until(() => values.length >= 3, "three replayed changes");
    t.deepEqual(values, ["x=2", "x=3", "y=1"]);
    t.true(resumed.lastRevision > resumeFrom);
    resumed.stop();
  });
}

test("an informer over Secrets is refused: the bucket holds their ciphertext and only the API decrypts", (t) => {
  const secrets = findResource("secrets") as ResourceInfo;
  t.throws(() => new Informer({ repo: new ObjectRepository(new MemoryStore()), info: secrets }), { message: /encrypted at rest[\s\S]*through the API/ });
});

// Informers hand the writer's trace context to handlers only for real changes (docs/tracing.md):
// not for the snapshot a first list replays, not for a put at a revision already cached.
import test from "ava";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { trace, type SpanContext } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { eventually } from "../../test/helpers/workload-cluster.ts";
import { findResource, type ResourceInfo } from "../codec/resources.ts";
import { startNatsServer, type NatsServerHandle } from "../nats-server.ts";
import { startTelemetry, type Telemetry } from "../telemetry.ts";
import { changeTrigger } from "./change-trigger.ts";
import { Informer } from "./informer.ts";
import { KvStore } from "./kv-store.ts";
import { MemoryStore } from "./memory-store.ts";
import { ObjectRepository, type ApiObject } from "./object-repository.ts";

const configMaps = findResource("configmaps") as ResourceInfo;
const tracer = trace.getTracer("informer-trigger-test");
const TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
let telemetry: Telemetry;
let server: NatsServerHandle;
let nc: NatsConnection;

test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "informer-trigger-test", spanProcessors: [new SimpleSpanProcessor(new InMemorySpanExporter())] });
  server = await startNatsServer();
  nc = await connect({ servers: server.url });
});
test.after.always(async () => {
  await nc?.close();
  await server?.destroy();
  await telemetry?.shutdown();
});

const configMap = (name: string, value: string): ApiObject => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default" }, data: { value } });

/** Runs a write in a span of its own; returns that span's context (what handlers should get). */
function traced(write: () => Promise<number>): Promise<{ revision: number; span: SpanContext }> {
  return tracer.startActiveSpan("write", async (span) => {
    try {
      return { revision: await write(), span: span.spanContext() };
    } finally {
      span.end();
    }
  });
}

test("changeTrigger: real changes give the writer's context; snapshots and seen revisions none", (t) => {
  const lastChange = { traceparent: TRACEPARENT };
  const put = { type: "put" as const, revision: 7, initial: false, lastChange };
  t.is(changeTrigger({ event: put, previousRevision: undefined, snapshot: true })?.spanId, "b7ad6b7169203331");
  t.is(changeTrigger({ event: put, previousRevision: 6, snapshot: false })?.traceId, "0af7651916cd43dd8448eb211c80319c");
  t.true(changeTrigger({ event: put, previousRevision: 6, snapshot: true })?.isRemote);
  t.is(changeTrigger({ event: { ...put, initial: true }, previousRevision: undefined, snapshot: true }), undefined, "first list / relist");
  const snapshotEntry = { ...put, initial: true, writtenAt: 1_000 };
  t.truthy(changeTrigger({ event: snapshotEntry, previousRevision: undefined, snapshot: true, since: 999 }), "a snapshot entry written after the informer was created is a change");
  t.is(changeTrigger({ event: snapshotEntry, previousRevision: undefined, snapshot: true, since: 1_000 }), undefined, "written in the informer's own millisecond: state");
  t.is(changeTrigger({ event: snapshotEntry, previousRevision: undefined, snapshot: true, since: 2_000 }), undefined, "written before: state");
  t.is(changeTrigger({ event: { ...put, initial: true }, previousRevision: undefined, snapshot: true, since: 0 }), undefined, "no write time known: state");
  t.truthy(changeTrigger({ event: { ...put, initial: true }, previousRevision: 5, snapshot: false }), "changes replayed on resume from a revision are real");
  t.is(changeTrigger({ event: put, previousRevision: 7, snapshot: false }), undefined, "same resourceVersion again");
  t.truthy(changeTrigger({ event: { ...put, type: "delete" }, previousRevision: 7, snapshot: false }), "a delete is a change");
  t.is(changeTrigger({ event: { ...put, lastChange: undefined }, previousRevision: undefined, snapshot: false }), undefined);
  t.is(changeTrigger({ event: { ...put, lastChange: { traceparent: "garbage" } }, previousRevision: undefined, snapshot: false }), undefined);
});

const repositories: Record<string, () => Promise<ObjectRepository>> = {
  MemoryStore: async () => new ObjectRepository(new MemoryStore()),
  KvStore: async () => new ObjectRepository(await KvStore.open(nc, { bucket: "informer-trigger" })),
};

for (const [name, open] of Object.entries(repositories)) {
  test(`${name}: handlers get the writer's context for adds, updates and deletes, none for the initial snapshot`, async (t) => {
    const repo = await open();
    const old = await traced(() => repo.create(configMaps, configMap("old", "1")));
    const informer = new Informer({ repo, info: configMaps, namespace: "default" });
    const seen: { what: string; spanId: string | undefined }[] = [];
    informer.addHandlers({
      onAdd: (object, trigger) => seen.push({ what: `add:${object.metadata?.name}`, spanId: trigger?.spanId }),
      onUpdate: (_, object, trigger) => seen.push({ what: `update:${object.metadata?.name}`, spanId: trigger?.spanId }),
      onDelete: (object, trigger) => seen.push({ what: `delete:${object.metadata?.name}`, spanId: trigger?.spanId }),
    });
    t.teardown(() => informer.stop());
    await informer.start();
    t.deepEqual(seen, [{ what: "add:old", spanId: undefined }], "the snapshot's object is state, not a change");

    const added = await traced(() => repo.create(configMaps, configMap("new", "1")));
    const updated = await traced(() => repo.update(configMaps, configMap("old", "2"), old.revision));
    const untraced = await repo.update(configMaps, configMap("new", "2"), added.revision);
    const deleted = await traced(() => repo.delete(configMaps, { ...configMap("new", "2") }, untraced));
    await eventually(async () => seen.length, (count) => count >= 5, "five informer events");
    t.deepEqual(seen.slice(1), [
      { what: "add:new", spanId: added.span.spanId },
      { what: "update:old", spanId: updated.span.spanId },
      { what: "update:new", spanId: undefined },
      { what: "delete:new", spanId: deleted.span.spanId },
    ]);
    t.is(informer.get("default", "old")?.metadata?.resourceVersion, String(updated.revision));
  });

  test(`${name}: an object written after the informer was created but before its watch began comes in the snapshot with its writer's context`, async (t) => {
    const repo = await open();
    const before = await traced(() => repo.create(configMaps, { ...configMap("before", "1"), metadata: { name: "before", namespace: "later" } }));
    // Its own namespace: the other test's informer on the same bucket must not see these.
    const informer = new Informer({ repo, info: configMaps, namespace: "later" });
    const created = Date.now();
    // Writes in the informer's own millisecond count as state: this one must come later.
    await eventually(async () => Date.now(), (now) => now > created + 1, "the clock past the informer's creation");
    const during = await traced(() => repo.create(configMaps, { ...configMap("during", "1"), metadata: { name: "during", namespace: "later" } }));
    const seen: { what: string; spanId: string | undefined }[] = [];
    informer.addHandlers({ onAdd: (object, trigger) => seen.push({ what: `add:${object.metadata?.name}`, spanId: trigger?.spanId }) });
    t.teardown(() => informer.stop());
    await informer.start();
    t.not(before.span.spanId, during.span.spanId);
    t.deepEqual(seen.filter((entry) => entry.what === "add:before" || entry.what === "add:during"), [
      { what: "add:before", spanId: undefined },
      { what: "add:during", spanId: during.span.spanId },
    ]);
  });
}

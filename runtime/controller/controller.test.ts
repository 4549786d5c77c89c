// Controllers built with the builder, on informers over a MemoryStore (no NATS needed here).
import { trace } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import test from "ava";
import { Registry } from "prom-client";
import { sampleValue } from "../../test/helpers/metrics.ts";
import { ConflictError } from "../api-errors.ts";
import { findResource } from "../codec/resources.ts";
import type { ResourceInfo } from "../codec/resources.ts";
import { createLogger } from "../log.ts";
import type { LogFields } from "../log.ts";
import { MemoryStore } from "../store/memory-store.ts";
import { ObjectRepository } from "../store/object-repository.ts";
import type { ApiObject } from "../store/object-repository.ts";
import { startTelemetry } from "../telemetry.ts";
import type { Telemetry } from "../telemetry.ts";
import { ControllerBuildError, ControllerBuilder } from "./builder.ts";
import type { Controller } from "./controller.ts";
import { keyOf } from "./reconciler.ts";
import type { Reconciler, ReconcileRequest, ReconcileResult } from "./reconciler.ts";
import { SharedInformerFactory } from "./shared-informers.ts";

const replicaSets = findResource("replicasets") as ResourceInfo;
const pods = findResource("pods") as ResourceInfo;
const configMaps = findResource("configmaps") as ResourceInfo;
const nodes = findResource("nodes") as ResourceInfo;

const exporter = new InMemorySpanExporter();
let telemetry: Telemetry;
test.before(async () => {
  telemetry = await startTelemetry({ serviceName: "controller-test", spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
test.after.always(() => telemetry?.shutdown());

const quiet = createLogger("controller-test", {}, { write: () => undefined });
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(2);
  }
}

function replicaSet(name: string, namespace = "default"): ApiObject {
  return { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name, namespace }, spec: { replicas: 1 } };
}

function pod(name: string, owner?: { kind: string; name: string; controller?: boolean; apiVersion?: string }): ApiObject {
  const ownerReferences = owner ? [{ apiVersion: owner.apiVersion ?? "apps/v1", kind: owner.kind, name: owner.name, uid: `uid-${owner.name}`, controller: owner.controller ?? true }] : [];
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace: "default", ownerReferences }, spec: { containers: [{ name: "c", image: "x" }] } };
}

/** Records requests; `behaviour` decides each reconcile's result. */
class RecordingReconciler implements Reconciler {
  readonly requests: string[] = [];
  behaviour: (request: ReconcileRequest, attempt: number) => ReconcileResult | void | Promise<ReconcileResult | void> = () => undefined;

  async reconcile(request: ReconcileRequest): Promise<ReconcileResult | void> {
    this.requests.push(keyOf(request));
    return this.behaviour(request, this.requests.filter((key) => key === keyOf(request)).length);
  }
}

interface Harness {
  repo: ObjectRepository;
  factory: SharedInformerFactory;
  controller: Controller;
  reconciler: RecordingReconciler;
  registry: Registry;
  logs: LogFields[];
}

async function harness(configure: (builder: ControllerBuilder) => ControllerBuilder = (builder) => builder): Promise<Harness> {
  const repo = new ObjectRepository(new MemoryStore());
  const factory = new SharedInformerFactory(repo);
  const reconciler = new RecordingReconciler();
  const registry = new Registry();
  const logs: LogFields[] = [];
  const logger = createLogger("controller-test", {}, { level: "debug", write: (line) => logs.push(JSON.parse(line) as LogFields) });
  const builder = new ControllerBuilder("replicaset").for(replicaSets).withReconciler(reconciler).withOptions({ registry, logger, rateLimit: { baseMs: 2 } });
  const controller = configure(builder).build(factory);
  await factory.start();
  controller.start();
  return { repo, factory, controller, reconciler, registry, logs };
}

async function stop(h: Harness): Promise<void> {
  await h.controller.stop();
  h.factory.stop();
}

test("for() reconciles an object's own key when it is added, updated and deleted", async (t) => {
  const h = await harness();
  const revision = await h.repo.create(replicaSets, replicaSet("web"));
  await until(() => h.reconciler.requests.length === 1, "the add");
  const updated = await h.repo.update(replicaSets, { ...replicaSet("web"), spec: { replicas: 3 } }, revision);
  await until(() => h.reconciler.requests.length === 2, "the update");
  await h.repo.delete(replicaSets, replicaSet("web"), updated);
  await until(() => h.reconciler.requests.length === 3, "the delete");
  t.deepEqual(h.reconciler.requests, ["default/web", "default/web", "default/web"]);
  await stop(h);
});

test("a controller started on synced caches reconciles every existing object", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  await repo.create(replicaSets, replicaSet("a"));
  await repo.create(replicaSets, replicaSet("b", "prod"));
  const factory = new SharedInformerFactory(repo);
  const reconciler = new RecordingReconciler();
  const controller = new ControllerBuilder("replicaset").for(replicaSets).withReconciler(reconciler).withOptions({ logger: quiet }).build(factory);
  await factory.start();
  controller.start();
  await controller.whenIdle();
  t.deepEqual(reconciler.requests.sort(), ["default/a", "prod/b"]);
  await controller.stop();
  factory.stop();
});

test("owns() reconciles the controlling owner of the primary kind, and both owners when it changes", async (t) => {
  const h = await harness((builder) => builder.owns(pods));
  await h.repo.create(pods, pod("not-controller", { kind: "ReplicaSet", name: "other", controller: false }));
  await h.repo.create(pods, pod("wrong-kind", { kind: "StatefulSet", name: "db" }));
  await h.repo.create(pods, pod("wrong-group", { kind: "ReplicaSet", name: "core", apiVersion: "v1" }));
  await h.repo.create(pods, pod("orphan"));
  const revision = await h.repo.create(pods, pod("web-1", { kind: "ReplicaSet", name: "web" }));
  await until(() => h.reconciler.requests.length === 1, "the owner");
  t.deepEqual(h.reconciler.requests, ["default/web"]);
  await h.repo.update(pods, pod("web-1", { kind: "ReplicaSet", name: "web-v2" }), revision);
  await until(() => h.reconciler.requests.length === 3, "old and new owners");
  t.deepEqual(h.reconciler.requests.slice(1).sort(), ["default/web", "default/web-v2"]);
  await tick(20);
  t.is(h.reconciler.requests.length, 3);
  await stop(h);
});

test("watches() reconciles whatever the map function returns for an object", async (t) => {
  const h = await harness((builder) =>
    builder.watches(configMaps, (object) => (object.metadata?.name === "shared" ? [{ namespace: "default", name: "a" }, { namespace: "default", name: "b" }] : [])),
  );
  await h.repo.create(configMaps, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "ignored", namespace: "default" } });
  await h.repo.create(configMaps, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "shared", namespace: "default" } });
  await until(() => h.reconciler.requests.length === 2, "both mapped keys");
  t.deepEqual(h.reconciler.requests.sort(), ["default/a", "default/b"]);
  await stop(h);
});

test("a cluster-scoped primary is reconciled by name alone", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  const factory = new SharedInformerFactory(repo);
  const reconciler = new RecordingReconciler();
  const controller = new ControllerBuilder("node-lifecycle").for(nodes).withReconciler(reconciler).withOptions({ logger: quiet }).build(factory);
  await factory.start();
  controller.start();
  await repo.create(nodes, { apiVersion: "v1", kind: "Node", metadata: { name: "node-1" } });
  await until(() => reconciler.requests.length === 1, "the node");
  t.deepEqual(reconciler.requests, ["node-1"]);
  await controller.stop();
  factory.stop();
});

test("a failing reconcile is retried with backoff, logged and counted until it succeeds", async (t) => {
  const h = await harness();
  h.reconciler.behaviour = (_request, attempt) => {
    if (attempt < 3) throw new Error(`attempt ${attempt} failed`);
  };
  await h.repo.create(replicaSets, replicaSet("web"));
  await until(() => h.reconciler.requests.length === 3, "two retries");
  await h.controller.whenIdle();
  const labels = { controller: "replicaset" };
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_total", { ...labels, outcome: "error" }), 2);
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_total", { ...labels, outcome: "success" }), 1);
  t.is(await sampleValue(h.registry, "troupe_workqueue_retries_total", labels), 2);
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_duration_seconds_count", labels), 3);
  const errors = h.logs.filter((line) => line.level === "error");
  t.deepEqual(errors.map((line) => line.msg), ["reconcile failed; requeued with backoff", "reconcile failed; requeued with backoff"]);
  t.is(errors[0].key, "default/web");
  const spans = exporter.getFinishedSpans().filter((span) => span.name === "reconcile replicaset" && span.attributes["troupe.actor.key"] === "default/web");
  t.true(spans.length >= 3);
  await stop(h);
});

test("a lost conflict is retried without an error log", async (t) => {
  const h = await harness();
  h.reconciler.behaviour = (_request, attempt) => {
    if (attempt === 1) throw new ConflictError("replicasets.apps", "web");
  };
  await h.repo.create(replicaSets, replicaSet("web"));
  await until(() => h.reconciler.requests.length === 2, "the retry");
  await h.controller.whenIdle();
  t.deepEqual(h.logs.filter((line) => line.level === "error" || line.level === "warn"), []);
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_total", { controller: "replicaset", outcome: "conflict" }), 1);
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_total", { controller: "replicaset", outcome: "error" }), 0);
  await stop(h);
});

test("a reconcile asking to requeue after a delay runs again without any change", async (t) => {
  const h = await harness();
  h.reconciler.behaviour = (_request, attempt) => (attempt === 1 ? { requeueAfterMs: 30 } : undefined);
  await h.repo.create(replicaSets, replicaSet("web"));
  await until(() => h.reconciler.requests.length === 2, "the requeue");
  t.is(await sampleValue(h.registry, "troupe_controller_reconcile_total", { controller: "replicaset", outcome: "requeue_after" }), 1);
  await stop(h);
});

test("with an event delay, a burst of changes is reconciled once, after the delay", async (t) => {
  // The delay is long next to the burst (four in-memory creates) so that even on a loaded machine
  // the whole burst lands inside it; the assertions read when the reconcile ran, not the clock
  // at some later point, so a slow machine cannot make them fail.
  const delayMs = 300;
  const h = await harness((builder) => builder.owns(pods).withOptions({ eventDelayMs: delayMs }));
  const reconciledAt: number[] = [];
  h.reconciler.behaviour = () => void reconciledAt.push(performance.now());
  const started = performance.now();
  await Promise.all(["a", "b", "c"].map((name) => h.repo.create(pods, pod(name, { kind: "ReplicaSet", name: "web" }))));
  await h.repo.create(replicaSets, replicaSet("web"));
  await until(() => h.reconciler.requests.length === 1, "the delayed reconcile");
  t.true(reconciledAt[0] - started >= delayMs - 1, "nothing before the delay");
  await tick(delayMs + 50);
  t.deepEqual(h.reconciler.requests, ["default/web"]);
  await stop(h);
});

test("stopping a controller aborts its reconciles, and starting it again catches up from the cache", async (t) => {
  const h = await harness();
  const aborted = Promise.withResolvers<void>();
  h.reconciler.reconcile = async (request: ReconcileRequest, signal?: AbortSignal) => {
    h.reconciler.requests.push(keyOf(request));
    if (request.name === "slow" && h.reconciler.requests.length === 1) {
      await new Promise((resolve) => signal?.addEventListener("abort", resolve));
      aborted.resolve();
    }
  };
  await h.repo.create(replicaSets, replicaSet("slow"));
  await until(() => h.reconciler.requests.length === 1, "the slow reconcile");
  await h.controller.stop();
  await aborted.promise;
  t.false(h.controller.running);
  await h.repo.create(replicaSets, replicaSet("while-stopped"));
  await tick(20);
  t.deepEqual(h.reconciler.requests, ["default/slow"]);
  h.controller.start();
  await until(() => h.reconciler.requests.length === 3, "the catch-up");
  t.deepEqual(h.reconciler.requests.slice(1).sort(), ["default/slow", "default/while-stopped"]);
  await stop(h);
});

test("the builder refuses a controller without a primary resource or a reconciler", (t) => {
  const factory = new SharedInformerFactory(new ObjectRepository(new MemoryStore()));
  t.throws(() => new ControllerBuilder("x").withReconciler(new RecordingReconciler()).build(factory), { instanceOf: ControllerBuildError, message: /for\(\)/ });
  t.throws(() => new ControllerBuilder("x").for(pods).build(factory), { instanceOf: ControllerBuildError, message: /reconciler/ });
  t.throws(() => new ControllerBuilder("x").for(pods).for(nodes), { instanceOf: ControllerBuildError });
});

test("a reconcile continues the trace of the change that queued it and links the changes merged into it", async (t) => {
  const repo = new ObjectRepository(new MemoryStore());
  const factory = new SharedInformerFactory(repo);
  const reconciler = new RecordingReconciler();
  const controller = new ControllerBuilder("traced").for(replicaSets).withReconciler(reconciler).withOptions({ logger: quiet, eventDelayMs: 100 }).build(factory);
  await factory.start();
  controller.start();
  const tracer = trace.getTracer("controller-test");
  const write = (name: string, fn: () => Promise<number>) => tracer.startActiveSpan(name, async (span) => {
    try {
      return { revision: await fn(), span: span.spanContext() };
    } finally {
      span.end();
    }
  });
  const created = await write("apply", () => repo.create(replicaSets, replicaSet("web")));
  const scaled = await write("scale", () => repo.update(replicaSets, { ...replicaSet("web"), spec: { replicas: 3 } }, created.revision));
  await until(() => reconciler.requests.length === 1, "one reconcile for both changes");
  await controller.whenIdle();
  const [span] = exporter.getFinishedSpans().filter((finished) => finished.name === "reconcile traced");
  t.is(span?.spanContext().traceId, created.span.traceId);
  t.is(span?.parentSpanContext?.spanId, created.span.spanId);
  t.deepEqual(span?.links.map((link) => link.context.spanId), [scaled.span.spanId]);
  await controller.stop();
  factory.stop();
});

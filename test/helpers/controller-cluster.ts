// A controller-manager test cluster: a real nats-server with the API in this process, controller
// managers started on their own connections, an informer of the test's own over the pods, and the
// builders and waits the controller tests share. No kubelet, no scheduler: tests play their part.
import type { NatsConnection } from "@nats-io/transport-node";
import type { Registry } from "prom-client";
import { TypedApiClient } from "../../runtime/api-client.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import { createLogger, parseLogLevel } from "../../runtime/log.ts";
import { createMetricsRegistry } from "../../runtime/metrics.ts";
import type { Informer } from "../../runtime/store/informer.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../../runtime/subjects.ts";
import { ControllerManager } from "../../services/controllers/controller-manager.ts";
import type { ControllerManagerOptions } from "../../services/controllers/options.ts";
import type { ApiServiceOptions } from "../../services/api/options.ts";
import { PODS, type DeploymentObject, type PodObject, type ReplicaSetObject } from "../../services/controllers/resources.ts";
import { startApiTestCluster, type ApiTestCluster } from "./api-cluster.ts";
import { connectTestClient } from "./nats.ts";

// CONTROLLERS_TEST_LOG=debug shows the managers' logs.
const quiet = createLogger("controllers-test", {}, { level: parseLogLevel(process.env.CONTROLLERS_TEST_LOG, "error") });
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const FAST_LEASE = { leaseDurationMs: 1000, renewDeadlineMs: 700, retryPeriodMs: 150 };
export const CONTROLLER_TEST_OPTIONS: ControllerManagerOptions = {
  lease: FAST_LEASE,
  nodeLifecycle: { gracePeriodMs: 1000, defaultTolerationSeconds: 1, monitorPeriodMs: 100 },
  gcEventDelayMs: 20,
};

export interface Fixture {
  cluster: ApiTestCluster;
  client: TypedApiClient;
  pods: Informer<PodObject>;
  factory: SharedInformerFactory;
  managers: { manager: ControllerManager; registry: Registry; nc: NatsConnection }[];
}

export async function startFixture(apiOptions: ApiServiceOptions = {}): Promise<Fixture> {
  const cluster = await startApiTestCluster(apiOptions);
  const state = await KvStore.open(cluster.nc, { bucket: STATE_BUCKET });
  // The test's own informer sees every pod version, so the highest pod count ever reached is exact.
  const factory = new SharedInformerFactory(new ObjectRepository(state));
  const pods = factory.informer<PodObject>(PODS);
  await factory.start();
  return { cluster, client: new TypedApiClient(cluster.nc, { timeoutMs: 5000 }), pods, factory, managers: [] };
}

export async function stopFixture(fixture: Fixture): Promise<void> {
  for (const { manager, nc } of fixture.managers) {
    await manager.stop().catch(() => undefined);
    await nc.close().catch(() => undefined);
  }
  fixture.factory.stop();
  await fixture.cluster.stop();
}

export async function startManager(fixture: Fixture, options: ControllerManagerOptions = CONTROLLER_TEST_OPTIONS): Promise<{ manager: ControllerManager; registry: Registry }> {
  const nc = await connectTestClient(fixture.cluster.server, "troupe-controller-manager");
  const registry = createMetricsRegistry({ service: "troupe-controller-manager", defaultMetrics: false });
  const manager = await ControllerManager.start({ nc, registry, logger: quiet }, options);
  fixture.managers.push({ manager, registry, nc });
  await manager.whenSynced();
  return { manager, registry };
}

export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export async function namespace(client: TypedApiClient, name: string): Promise<string> {
  await client.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
  return name;
}

export const template = (app: string, image = "app:1") => ({ metadata: { labels: { app } }, spec: { containers: [{ name: "app", image }] } });

export function replicaSet(ns: string, name: string, replicas: number): ReplicaSetObject {
  return { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name, namespace: ns }, spec: { replicas, selector: { matchLabels: { app: name } }, template: template(name) } };
}

export function deployment(ns: string, name: string, replicas: number, image = "app:1"): DeploymentObject {
  return { apiVersion: "apps/v1", kind: "Deployment", metadata: { name, namespace: ns }, spec: { replicas, selector: { matchLabels: { app: name } }, template: template(name, image) } };
}

/** Read, change and write `name`, again if a controller wrote it in between. */
export async function change<T extends ReplicaSetObject | DeploymentObject>(client: TypedApiClient, resource: string, ns: string, name: string, mutate: (object: T) => T): Promise<T> {
  for (;;) {
    try {
      return await client.update<T>(mutate(await client.get<T>(resource, ns, name)));
    } catch (error) {
      if ((error as { reason?: string }).reason !== "Conflict") throw error;
    }
  }
}

export function podsIn(fixture: Fixture, ns: string, filter: (pod: PodObject) => boolean = () => true): PodObject[] {
  return fixture.pods.list((pod) => pod.metadata?.namespace === ns && filter(pod));
}

export const live = (pod: PodObject) => !pod.metadata?.deletionTimestamp;

/** Tracks the most pods of a namespace alive at once, from every change the informer sees. */
export function peakPods(fixture: Fixture, ns: string): { readonly peak: number; readonly uids: Set<string>; reset(): void } {
  const tracker = { peak: 0, uids: new Set<string>(), reset: () => (tracker.peak = podsIn(fixture, ns, live).length) };
  const observe = (pod: PodObject) => {
    if (pod.metadata?.namespace !== ns) return;
    tracker.uids.add(pod.metadata?.uid ?? "");
    tracker.peak = Math.max(tracker.peak, podsIn(fixture, ns, live).length);
  };
  fixture.pods.addHandlers({ onAdd: observe, onUpdate: (_previous, pod) => observe(pod) });
  return tracker;
}

/** The kubelet's part, for pods of `ns`: every live pod Running and Ready. Stops when the test ends. */
export function markPodsReady(fixture: Fixture, ns: string): { stop(): void } {
  let running = true;
  void (async () => {
    while (running) {
      const waiting = podsIn(fixture, ns, (pod) => live(pod) && !(pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"));
      await Promise.all(waiting.map((pod) => fixture.client.updateStatus<PodObject>({
        ...pod,
        status: { phase: "Running", conditions: [{ type: "Ready", status: "True", lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, "Z") }] },
      }).catch(() => undefined)));
      await sleep(20);
    }
  })();
  return { stop: () => (running = false) };
}

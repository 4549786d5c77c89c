// One kubelet in the test's own process against a real API and nats-server (startApiTestCluster):
// the set-up the kubelet tests share. The driver is the test's choice (process, fake, ...).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TypedApiClient } from "../../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { SharedInformerFactory } from "../../runtime/controller/shared-informers.ts";
import { ImageStore } from "../../runtime/images/image-store.ts";
import { openLeaseStore } from "../../runtime/leader-election/lease-lock.ts";
import { createLogger, type Logger } from "../../runtime/log.ts";
import { KvStore } from "../../runtime/store/kv-store.ts";
import { ObjectRepository } from "../../runtime/store/object-repository.ts";
import { STATE_BUCKET } from "../../runtime/subjects.ts";
import type { Driver } from "../../services/kubelet/drivers/types.ts";
import { Kubelet } from "../../services/kubelet/kubelet.ts";
import type { KubeletOptions } from "../../services/kubelet/options.ts";
import { PodEventRouter } from "../../services/kubelet/pod-event-router.ts";
import type { ApiServiceOptions } from "../../services/api/options.ts";
import { Registry } from "prom-client";
import { createKubeletMetrics } from "../../services/kubelet/metrics.ts";
import { startApiTestCluster, type ApiTestCluster } from "./api-cluster.ts";

export interface KubeletHarnessOptions {
  /** Names the temporary root directory and the logger. */
  name: string;
  /** The driver, given the kubelet's root directory. */
  driver: (root: string, logger: Logger) => Driver;
  kubelet: Omit<KubeletOptions, "rootDir">;
  /** The client the kubelet writes with, given the test's (a test may wrap it to hold replies). */
  kubeletClient?: (client: TypedApiClient) => TypedApiClient;
  /** Options of the API the harness starts. */
  api?: ApiServiceOptions;
  /** The clock the kubelet's token manager rotates by. */
  tokenClock?: () => number;
}

export interface KubeletHarness {
  cluster: ApiTestCluster;
  client: TypedApiClient;
  kubelet: Kubelet;
  /** Where the kubelet's metrics go. */
  registry: Registry;
  images: ImageStore;
  /** The informers the kubelet reads; a handler added here runs after the kubelet's own. */
  informers: SharedInformerFactory;
  /** The kubelet's root directory (removed by stop). */
  root: string;
  stop(graceSeconds: number): Promise<void>;
}

export async function startKubeletHarness(options: KubeletHarnessOptions): Promise<KubeletHarness> {
  const cluster = await startApiTestCluster(options.api);
  const client = new TypedApiClient(cluster.nc);
  const root = await mkdtemp(join(tmpdir(), `troupe-${options.name}-`));
  const logger = createLogger(`${options.name}-test`, {}, { level: "error" });
  const factory = new SharedInformerFactory(new ObjectRepository(await KvStore.open(cluster.nc, { bucket: STATE_BUCKET })), logger);
  const router = new PodEventRouter(factory.informer(findResource("pods") as ResourceInfo));
  const images = await ImageStore.open(cluster.nc);
  const registry = new Registry();
  const kubelet = new Kubelet(
    { client: options.kubeletClient?.(client) ?? client, router, leases: await openLeaseStore(cluster.nc), images, driver: options.driver(root, logger), logger, tokenClock: options.tokenClock, metrics: createKubeletMetrics(registry) },
    { ...options.kubelet, rootDir: root },
  );
  await kubelet.start();
  await factory.start();
  return {
    cluster, client, kubelet, registry, images, informers: factory, root,
    async stop(graceSeconds) {
      await kubelet.stop(graceSeconds);
      factory.stop();
      await cluster.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Reads until `ok` holds (errors count as not yet), or fails naming `what` and the last value. */
export async function eventuallyValue<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Baselines for change propagation: how long a write takes to come back through a watch, on the
// benchmark's clock. `kvWatchLatency`: a raw JetStream KV put until the bucket's watch delivers
// it (what every informer hop costs). `apiWatchLatency`: a ConfigMap update through the API until
// the API's watch delivers it (what a status update seen by a watcher costs).
import type { NatsConnection } from "@nats-io/transport-node";
import { KvWatchInclude, Kvm } from "@nats-io/kv";
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";

export interface WatchLatency {
  /** One write; ms from issuing it until the watch delivers it. */
  measure(): Promise<number>;
  stop(): Promise<void>;
}

/** Resolves each pending write when the watch shows its value. */
class Arrivals {
  readonly #pending = new Map<string, (at: number) => void>();

  expect(value: string, timeoutMs = 10_000): Promise<number> {
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    this.#pending.set(value, resolve);
    const timer = setTimeout(() => {
      this.#pending.delete(value);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for the watch to deliver ${value}`));
    }, timeoutMs);
    return promise.finally(() => clearTimeout(timer));
  }

  arrived(value: string): void {
    const now = performance.now();
    this.#pending.get(value)?.(now);
    this.#pending.delete(value);
  }
}

export async function kvWatchLatency(nc: NatsConnection, bucket: string): Promise<WatchLatency> {
  const kv = await new Kvm(nc).create(bucket, { history: 1 });
  const arrivals = new Arrivals();
  const decoder = new TextDecoder();
  const watch = await kv.watch({ key: "ping", include: KvWatchInclude.UpdatesOnly });
  const done = (async () => {
    for await (const entry of watch) arrivals.arrived(decoder.decode(entry.value));
  })();
  let sequence = 0;
  return {
    async measure() {
      const value = `kv-${++sequence}`;
      const arrived = arrivals.expect(value);
      const started = performance.now();
      await kv.put("ping", value);
      return (await arrived) - started;
    },
    async stop() {
      watch.stop();
      await done;
    },
  };
}

export async function apiWatchLatency(client: JsonApiClient, name: string): Promise<WatchLatency> {
  let current: KubeObject = await client.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default", labels: { bench: name } }, data: { value: "0" } });
  const arrivals = new Arrivals();
  const watch = await client.watch("configmaps", { namespace: "default", labelSelector: `bench=${name}` });
  const done = (async () => {
    for await (const event of watch) {
      if (event.type === "MODIFIED") arrivals.arrived(String((event.object as { data?: { value?: string } }).data?.value));
    }
  })();
  let sequence = 0;
  return {
    async measure() {
      const value = `api-${++sequence}`;
      const arrived = arrivals.expect(value);
      const started = performance.now();
      current = await client.update({ ...current, data: { value } });
      return (await arrived) - started;
    },
    async stop() {
      await watch.stop();
      await done;
    },
  };
}

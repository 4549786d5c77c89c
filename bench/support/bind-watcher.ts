// Following pods to the moment each is bound, for the scheduler benchmarks: a state-bucket
// informer noting when each pod first has a node, and a helper running creates with a bounded
// number in flight.
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { Informer } from "../../runtime/store/informer.ts";
import type { ObjectRepository } from "../../runtime/store/object-repository.ts";
import type { Pod } from "../../services/scheduler/framework/mod.ts";
import type { PodObject } from "../../services/scheduler/scheduler.ts";

const BOUND_TIMEOUT_MS = 300_000;

/** Runs `operation(0..count)` with `limit` in flight; returns when all are done. */
export async function inParallel(count: number, limit: number, operation: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await operation(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** Follows pods in the state bucket and notes when each is first seen bound. */
export class BindWatcher {
  readonly boundAt = new Map<string, number>();
  readonly #bound = new Map<string, number>();
  readonly #lastBoundAt = new Map<string, number>();
  readonly #waiters: { namespace: string; count: number; resolve: () => void }[] = [];
  readonly informer: Informer<PodObject>;

  constructor(repo: ObjectRepository) {
    this.informer = new Informer<PodObject>({ repo, info: findResource("pods") as ResourceInfo });
    const seen = (pod: Pod) => {
      const key = `${pod.metadata?.namespace}/${pod.metadata?.name}`;
      if (!pod.spec?.nodeName || this.boundAt.has(key)) return;
      const namespace = pod.metadata?.namespace ?? "";
      const now = performance.now();
      this.boundAt.set(key, now);
      this.#bound.set(namespace, this.bound(namespace) + 1);
      this.#lastBoundAt.set(namespace, now);
      for (const waiter of this.#waiters) if (this.bound(waiter.namespace) >= waiter.count) waiter.resolve();
    };
    this.informer.addHandlers({ onAdd: seen, onUpdate: (_previous, pod) => seen(pod) });
  }

  bound(namespace: string): number {
    return this.#bound.get(namespace) ?? 0;
  }

  /** Resolves with the time the `count`-th pod of `namespace` was seen bound. */
  async allBound(namespace: string, count: number): Promise<number> {
    if (this.bound(namespace) < count) {
      const done = Promise.withResolvers<void>();
      this.#waiters.push({ namespace, count, resolve: done.resolve });
      const timer = setTimeout(() => done.reject(new Error(`only ${this.bound(namespace)}/${count} pods of ${namespace} bound`)), BOUND_TIMEOUT_MS);
      await done.promise.finally(() => clearTimeout(timer));
    }
    return this.#lastBoundAt.get(namespace) ?? Number.NaN;
  }
}

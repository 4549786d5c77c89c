// When each pod was first seen, bound and Running, on one clock (performance.now() of the
// benchmark process), fed by a watch: the API's watch (what a user sees) or an informer on the
// state bucket (cheaper with thousands of pods). API timestamps cannot serve: creationTimestamp
// has whole seconds only.
import type { JsonApiClient, WatchOptions } from "../../runtime/api-client.ts";
import { findResource, type ResourceInfo } from "../../runtime/codec/resources.ts";
import { Informer } from "../../runtime/store/informer.ts";
import type { ApiObject, ObjectRepository } from "../../runtime/store/object-repository.ts";

/** The fields of a pod the timeline reads; both the JSON and the protobuf form have them. */
export interface PodView {
  metadata?: { namespace?: string | null; name?: string | null; deletionTimestamp?: string | null } | null;
  spec?: { nodeName?: string | null } | null;
  status?: {
    phase?: string | null;
    conditions?: { type?: string | null; status?: string | null }[] | null;
    containerStatuses?: { state?: { running?: { startedAt?: string | null } | null } | null }[] | null;
  } | null;
}

export const isRunning = (pod: PodView): boolean => pod.status?.phase === "Running";
export const isReady = (pod: PodView): boolean => isRunning(pod) && (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");

interface Waiter {
  done: () => boolean;
  resolve: (at: number) => void;
}

export class PodTimeline {
  /** By "namespace/name": when the pod was first seen (its creation, as observed). */
  readonly seenAt = new Map<string, number>();
  readonly boundAt = new Map<string, number>();
  readonly runningAt = new Map<string, number>();
  readonly #current = new Map<string, PodView>();
  readonly #waiters = new Set<Waiter>();

  observe(pod: PodView): void {
    const key = podKey(pod);
    const now = performance.now();
    this.#current.set(key, pod);
    if (!this.seenAt.has(key)) this.seenAt.set(key, now);
    if (pod.spec?.nodeName && !this.boundAt.has(key)) this.boundAt.set(key, now);
    if (isRunning(pod) && !this.runningAt.has(key)) this.runningAt.set(key, now);
    this.#check(now);
  }

  forget(pod: PodView): void {
    this.#current.delete(podKey(pod));
    this.#check(performance.now());
  }

  /** The pods as last seen (deleted ones left out). */
  pods(filter: (pod: PodView) => boolean = () => true): PodView[] {
    return [...this.#current.values()].filter(filter);
  }

  /** Resolves with the time of the event after which `done()` first held (now, if it holds). */
  when(done: () => boolean, what: string, timeoutMs: number): Promise<number> {
    if (done()) return Promise.resolve(performance.now());
    const { promise, resolve, reject } = Promise.withResolvers<number>();
    const waiter: Waiter = { done, resolve };
    this.#waiters.add(waiter);
    const timer = setTimeout(() => {
      this.#waiters.delete(waiter);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    return promise.finally(() => clearTimeout(timer));
  }

  #check(now: number): void {
    for (const waiter of this.#waiters) {
      if (!waiter.done()) continue;
      this.#waiters.delete(waiter);
      waiter.resolve(now);
    }
  }
}

function podKey(pod: PodView): string {
  return `${pod.metadata?.namespace}/${pod.metadata?.name}`;
}

/** Feeds `timeline` from the API's pod watch until the returned stop() is called. */
export async function followPodsThroughApi(client: JsonApiClient, timeline: PodTimeline, options: WatchOptions = {}): Promise<() => Promise<void>> {
  const watch = await client.watch("pods", options);
  const done = (async () => {
    for await (const event of watch) {
      if (event.type === "ADDED" || event.type === "MODIFIED") timeline.observe(event.object as PodView);
      else if (event.type === "DELETED") timeline.forget(event.object as PodView);
    }
  })();
  return async () => {
    await watch.stop();
    await done;
  };
}

/** Feeds `timeline` from an informer on the state bucket (no API in between); stop() ends it. */
export async function followPodsInStore(repo: ObjectRepository, timeline: PodTimeline): Promise<() => void> {
  const informer = new Informer<ApiObject>({ repo, info: findResource("pods") as ResourceInfo });
  informer.addHandlers({
    onAdd: (pod) => timeline.observe(pod as PodView),
    onUpdate: (_previous, pod) => timeline.observe(pod as PodView),
    onDelete: (pod) => timeline.forget(pod as PodView),
  });
  await informer.start();
  return () => informer.stop();
}

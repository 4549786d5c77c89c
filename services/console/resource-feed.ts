// Follows one resource through the API over NATS: list, then watch from the list's
// resourceVersion; when a watch ends or fails (the API restarted, history compacted) it lists
// again, so the holder of the rows always converges on the API's state. No polling.
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { Logger } from "../../runtime/log.ts";
import { setTimeout as sleep } from "node:timers/promises";

export interface ResourceFeedHandlers {
  /** The whole current set: replaces whatever was known. */
  replace(objects: KubeObject[]): void;
  upsert(object: KubeObject): void;
  remove(object: KubeObject): void;
}

const RETRY_MS = 1000;

export function followResource(client: JsonApiClient, resource: string, handlers: ResourceFeedHandlers, signal: AbortSignal, logger?: Logger): Promise<void> {
  const synced = Promise.withResolvers<void>();
  void (async () => {
    while (!signal.aborted) {
      try {
        const list = await client.list(resource);
        handlers.replace(list.items);
        synced.resolve();
        const watch = await client.watch(resource, { resourceVersion: list.metadata.resourceVersion });
        const stop = () => void watch.stop();
        signal.addEventListener("abort", stop, { once: true });
        try {
          for await (const event of watch) {
            if (event.type === "ADDED" || event.type === "MODIFIED") handlers.upsert(event.object);
            else if (event.type === "DELETED") handlers.remove(event.object);
            else if (event.type === "ERROR") break;
          }
        } finally {
          signal.removeEventListener("abort", stop);
          await watch.stop().catch(() => undefined);
        }
      } catch (error) {
        if (signal.aborted) break;
        logger?.warn("console watch failed; listing again", { resource, error });
        await sleep(RETRY_MS, undefined, { signal }).catch(() => undefined);
      }
    }
  })();
  return synced.promise;
}

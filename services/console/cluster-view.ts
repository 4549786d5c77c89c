// The console's picture of the cluster: one row per node, pod, workload, Service (joined with its
// Endpoints) and recent Event, kept current by watching the API (resource-feed.ts). Listeners
// hear each row change; a page starts from snapshot().
import type { JsonApiClient, KubeObject } from "../../runtime/api-client.ts";
import type { Logger } from "../../runtime/log.ts";
import { followResource } from "./resource-feed.ts";
import { eventRow } from "./views/event-row.ts";
import { nodeRow } from "./views/node-row.ts";
import { podRow } from "./views/pod-row.ts";
import { serviceRow } from "./views/service-row.ts";
import { workloadRow, type WorkloadKind } from "./views/workload-row.ts";

export type ViewKind = "nodes" | "pods" | "workloads" | "services" | "events";
export const VIEW_KINDS: readonly ViewKind[] = ["nodes", "pods", "workloads", "services", "events"];

/** One row added, changed (row set) or gone (row absent). */
export interface RowChange {
  view: ViewKind;
  key: string;
  row?: object;
}

export type ClusterSnapshot = Record<ViewKind, Record<string, object>>;

/** The newest events kept (older ones drop off the page, as `kubectl get events` scrolls). */
export const MAX_EVENTS = 300;

const WORKLOADS: { resource: string; kind: WorkloadKind }[] = [
  { resource: "deployments", kind: "Deployment" },
  { resource: "replicasets", kind: "ReplicaSet" },
  { resource: "statefulsets", kind: "StatefulSet" },
  { resource: "daemonsets", kind: "DaemonSet" },
];

export function objectKey(object: KubeObject): string {
  const metadata = object.metadata as { namespace?: string; name?: string } | undefined;
  return metadata?.namespace ? `${metadata.namespace}/${metadata.name}` : (metadata?.name ?? "");
}

export class ClusterView {
  readonly #rows: ClusterSnapshot = { nodes: {}, pods: {}, workloads: {}, services: {}, events: {} };
  readonly #services = new Map<string, KubeObject>();
  readonly #endpoints = new Map<string, KubeObject>();
  readonly #listeners = new Set<(change: RowChange) => void>();
  readonly #abort = new AbortController();

  /** Resolves once every resource has been listed once. */
  async start(client: JsonApiClient, logger?: Logger): Promise<void> {
    const signal = this.#abort.signal;
    const simple = (view: ViewKind, row: (object: KubeObject) => object, keyOf: (object: KubeObject) => string = objectKey) =>
      this.#rowHandlers(view, row, keyOf);
    await Promise.all([
      followResource(client, "nodes", simple("nodes", nodeRow), signal, logger),
      followResource(client, "pods", simple("pods", podRow), signal, logger),
      ...WORKLOADS.map(({ resource, kind }) => followResource(client, resource, simple("workloads", (object) => workloadRow(kind, object), (object) => `${kind}/${objectKey(object)}`), signal, logger)),
      followResource(client, "services", this.#joined(this.#services), signal, logger),
      followResource(client, "endpoints", this.#joined(this.#endpoints), signal, logger),
      followResource(client, "events", this.#eventHandlers(), signal, logger),
    ]);
  }

  stop(): void {
    this.#abort.abort();
  }

  snapshot(): ClusterSnapshot {
    return structuredClone(this.#rows);
  }

  onChange(listener: (change: RowChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(view: ViewKind, key: string, row: object | undefined): void {
    const rows = this.#rows[view];
    if (row === undefined) {
      if (!(key in rows)) return;
      delete rows[key];
    } else rows[key] = row;
    for (const listener of this.#listeners) listener({ view, key, ...(row ? { row } : {}) });
  }

  #rowHandlers(view: ViewKind, row: (object: KubeObject) => object, keyOf: (object: KubeObject) => string) {
    // Only the keys this feed wrote: the workloads view is shared by four feeds.
    const mine = new Set<string>();
    return {
      replace: (objects: KubeObject[]) => {
        const keys = new Set(objects.map(keyOf));
        for (const key of mine) if (!keys.has(key)) this.#set(view, key, undefined);
        mine.clear();
        for (const object of objects) {
          mine.add(keyOf(object));
          this.#set(view, keyOf(object), row(object));
        }
      },
      upsert: (object: KubeObject) => {
        mine.add(keyOf(object));
        this.#set(view, keyOf(object), row(object));
      },
      remove: (object: KubeObject) => {
        mine.delete(keyOf(object));
        this.#set(view, keyOf(object), undefined);
      },
    };
  }

  /** Services and Endpoints share a key: either changing redraws the Service's row. */
  #joined(objects: Map<string, KubeObject>) {
    const redraw = (key: string) => {
      const service = this.#services.get(key);
      this.#set("services", key, service ? serviceRow(service, this.#endpoints.get(key)) : undefined);
    };
    return {
      replace: (list: KubeObject[]) => {
        const before = [...objects.keys()];
        objects.clear();
        for (const object of list) objects.set(objectKey(object), object);
        for (const key of new Set([...before, ...objects.keys()])) redraw(key);
      },
      upsert: (object: KubeObject) => {
        objects.set(objectKey(object), object);
        redraw(objectKey(object));
      },
      remove: (object: KubeObject) => {
        objects.delete(objectKey(object));
        redraw(objectKey(object));
      },
    };
  }

  #eventHandlers() {
    const handlers = this.#rowHandlers("events", eventRow, objectKey);
    const trim = () => {
      const keys = Object.keys(this.#rows.events);
      if (keys.length <= MAX_EVENTS) return;
      const byTime = keys.sort((a, b) => ((this.#rows.events[a] as { lastTime: string }).lastTime < (this.#rows.events[b] as { lastTime: string }).lastTime ? -1 : 1));
      for (const key of byTime.slice(0, keys.length - MAX_EVENTS)) this.#set("events", key, undefined);
    };
    return {
      replace: (objects: KubeObject[]) => {
        handlers.replace(objects);
        trim();
      },
      upsert: (object: KubeObject) => {
        handlers.upsert(object);
        trim();
      },
      remove: handlers.remove,
    };
  }
}

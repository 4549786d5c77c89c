// Typed access to API objects in a Store: keys from runtime/subjects, protobuf values, and the
// store revision surfaced as metadata.resourceVersion (it is never stored inside the value).
import type { troupe } from "../../proto/gen/troupe.js";
import { decodeMessage, encodeMessage } from "../codec/protobuf.ts";
import type { ResourceInfo } from "../codec/resources.ts";
import { stateKey, stateKeyFilter } from "../subjects.ts";
import type { LastChange } from "./last-change.ts";
import type { ReadOptions, Store, StoreEntry } from "./types.ts";

/** An API object in its message form (Kubernetes field names; see runtime/codec). */
export interface ApiObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMetaShape | null;
  [field: string]: unknown;
}

/** Object metadata in message form (the generated ObjectMeta type). */
export type ObjectMetaShape = troupe.v1.ObjectMeta.$Properties;

export interface StoredObject<T extends ApiObject = ApiObject> {
  object: T;
  revision: number;
  /** Trace context of the request that wrote this revision, when the store kept one. */
  lastChange?: LastChange;
}

export class ObjectRepository {
  readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  key(info: ResourceInfo, namespace: string | undefined, name: string): string {
    return stateKey(info.plural, info.namespaced ? namespace : undefined, name);
  }

  async get<T extends ApiObject = ApiObject>(info: ResourceInfo, namespace: string | undefined, name: string, options: ReadOptions = {}): Promise<StoredObject<T> | undefined> {
    const entry = await this.store.get(this.key(info, namespace, name), options);
    return entry ? this.decode<T>(info, entry) : undefined;
  }

  async list<T extends ApiObject = ApiObject>(info: ResourceInfo, namespace?: string): Promise<{ items: StoredObject<T>[]; revision: number }> {
    const { entries, revision } = await this.store.list(stateKeyFilter(info.plural, info.namespaced ? namespace : undefined));
    return { items: entries.map((entry) => this.decode<T>(info, entry)), revision };
  }

  async create(info: ResourceInfo, object: ApiObject): Promise<number> {
    return this.store.create(this.keyOf(info, object), this.encode(info, object));
  }

  async update(info: ResourceInfo, object: ApiObject, expectedRevision: number): Promise<number> {
    return this.store.update(this.keyOf(info, object), this.encode(info, object), expectedRevision);
  }

  /** Deletes the object; its last state travels with the delete event to watchers. */
  async delete(info: ResourceInfo, object: ApiObject, expectedRevision?: number): Promise<number> {
    const meta = object.metadata ?? {};
    return this.store.delete(this.key(info, meta.namespace, meta.name ?? ""), expectedRevision, this.encode(info, object));
  }

  encode(info: ResourceInfo, object: ApiObject): Uint8Array {
    const metadata = { ...object.metadata, resourceVersion: "" };
    return encodeMessage(info.typeName, { ...object, metadata });
  }

  decode<T extends ApiObject = ApiObject>(info: ResourceInfo, entry: StoreEntry): StoredObject<T> {
    const object = decodeMessage<T>(info.typeName, entry.value);
    object.metadata = { ...object.metadata, resourceVersion: String(entry.revision) };
    return entry.lastChange ? { object, revision: entry.revision, lastChange: entry.lastChange } : { object, revision: entry.revision };
  }

  private keyOf(info: ResourceInfo, object: ApiObject): string {
    return this.key(info, object.metadata?.namespace, object.metadata?.name ?? "");
  }
}

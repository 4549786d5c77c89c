// The leader lease record in the `troupe-leases` KV bucket, as a protobuf troupe.v1.Lease
// (the Kubernetes coordination/v1 shape). Reads return the KV revision so every write is a
// compare-and-set: two candidates can never both win the same record.
import type { NatsConnection } from "@nats-io/transport-node";
import { decodeMessage, encodeMessage } from "../codec/protobuf.ts";
import { KvStore } from "../store/kv-store.ts";
import type { Store } from "../store/types.ts";
import { LEASES_BUCKET } from "../subjects.ts";

export interface LeaseRecord {
  /** Empty when released. */
  holderIdentity: string;
  leaseDurationSeconds: number;
  acquireTime: string;
  renewTime: string;
  leaseTransitions: number;
}

export interface ObservedLease {
  record: LeaseRecord;
  revision: number;
}

interface LeaseMessage {
  spec?: Partial<LeaseRecord> | null;
}

/** KV key of a leader lease. */
export function leaderLeaseKey(name: string): string {
  return `leader.${name}`;
}

/** Opens (creating if needed) the leases bucket; everyone opens it with these settings, so they agree. */
export function openLeaseStore(nc: NatsConnection, replicas = 1): Promise<KvStore> {
  return KvStore.open(nc, { bucket: LEASES_BUCKET, history: 1, replicas });
}

export class LeaseLock {
  readonly name: string;
  readonly key: string;
  readonly #store: Store;

  constructor(store: Store, name: string) {
    this.#store = store;
    this.name = name;
    this.key = leaderLeaseKey(name);
  }

  async get(): Promise<ObservedLease | undefined> {
    const entry = await this.#store.get(this.key, { fresh: true });
    if (!entry) return undefined;
    const spec = decodeMessage<LeaseMessage>("Lease", entry.value).spec ?? {};
    const record: LeaseRecord = {
      holderIdentity: spec.holderIdentity ?? "",
      leaseDurationSeconds: Number(spec.leaseDurationSeconds ?? 0),
      acquireTime: spec.acquireTime ?? "",
      renewTime: spec.renewTime ?? "",
      leaseTransitions: Number(spec.leaseTransitions ?? 0),
    };
    return { record, revision: entry.revision };
  }

  /** Fails with KeyExistsError when a record exists. */
  create(record: LeaseRecord): Promise<number> {
    return this.#store.create(this.key, this.#encode(record));
  }

  /** Fails with RevisionConflictError when the record changed since `revision`. */
  update(record: LeaseRecord, revision: number): Promise<number> {
    return this.#store.update(this.key, this.#encode(record), revision);
  }

  #encode(record: LeaseRecord): Uint8Array {
    return encodeMessage("Lease", { apiVersion: "coordination.k8s.io/v1", kind: "Lease", metadata: { name: this.name }, spec: record });
  }
}

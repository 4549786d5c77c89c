// The allocation ledger in the JetStream KV bucket troupe-allocations.
import type { NatsConnection } from "@nats-io/transport-node";
import { JetStreamApiError } from "@nats-io/jetstream";
import { Kvm, type KV } from "@nats-io/kv";
import { ALLOCATIONS_BUCKET } from "../../../runtime/subjects.ts";
import type { AllocationRecord, AllocationRecords } from "./allocation-records.ts";

/** JetStream's "wrong last sequence" error: a lost compare-and-set. */
const WRONG_LAST_SEQUENCE = 10071;

function lostRace(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE;
}

export interface KvAllocationRecordsOptions {
  bucket?: string;
  /** Stream replicas on a NATS cluster (the same as the state bucket's). */
  replicas?: number;
}

export class KvAllocationRecords implements AllocationRecords {
  private readonly kv: KV;
  private readonly encoder = new TextEncoder();

  private constructor(kv: KV) {
    this.kv = kv;
  }

  /** Creates the bucket when missing (the same settings from every replica), or binds to it. */
  static async open(nc: NatsConnection, options: KvAllocationRecordsOptions = {}): Promise<KvAllocationRecords> {
    const kv = await new Kvm(nc).create(options.bucket ?? ALLOCATIONS_BUCKET, { history: 1, replicas: options.replicas ?? 1 });
    return new KvAllocationRecords(kv);
  }

  async claim(key: string, owner: string): Promise<boolean> {
    try {
      await this.kv.create(key, this.encoder.encode(owner));
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  async read(key: string): Promise<AllocationRecord | undefined> {
    const entry = await this.kv.get(key);
    if (!entry || entry.operation !== "PUT") return undefined;
    return { owner: entry.string(), revision: entry.revision, writtenAt: entry.created };
  }

  async takeOver(key: string, owner: string, revision: number): Promise<boolean> {
    try {
      await this.kv.update(key, this.encoder.encode(owner), revision);
      return true;
    } catch (error) {
      if (lostRace(error)) return false;
      throw error;
    }
  }

  async release(key: string, owner: string): Promise<void> {
    const record = await this.read(key);
    if (record?.owner !== owner) return;
    try {
      await this.kv.delete(key, { previousSeq: record.revision });
    } catch (error) {
      // Taken over meanwhile: the record is no longer ours to remove.
      if (!lostRace(error)) throw error;
    }
  }

  async keys(prefix: string): Promise<Set<string>> {
    const keys = new Set<string>();
    for await (const key of await this.kv.keys(`${prefix}>`)) keys.add(key);
    return keys;
  }
}

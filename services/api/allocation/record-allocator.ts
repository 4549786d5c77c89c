// Claims values in the allocation ledger: a requested one, or any free one of a pool. A record
// whose owner does not hold the value (left by an API that failed between allocating and
// writing the Service) is stale and taken over with compare-and-set.
import { randomInt } from "node:crypto";
import type { AllocationRecord, AllocationRecords } from "./allocation-records.ts";
import { randomProbes, scanFrom } from "./probe-order.ts";

/** The values of one range, as ledger keys. */
export interface ValuePool {
  /** What the values are, for messages ("serviceIP", "nodePort"). */
  what: string;
  /** Key prefix of the pool's records ("clusterip.", "nodeport.tcp."). */
  prefix: string;
  size: number;
  keyAt(index: number): string;
}

/** Decides whether a record may be taken over: its owner does not hold the value. */
export type StaleCheck = (key: string, record: AllocationRecord) => Promise<boolean>;

export class RangeFullError extends Error {
  override name = "RangeFullError";
  readonly code = "RANGE_FULL";
  readonly what: string;
  constructor(what: string) {
    super(`failed to allocate a ${what}: range is full`);
    this.what = what;
  }
}

/** Random probes before scanning: in a sparse range the first one nearly always succeeds. */
const RANDOM_PROBES = 8;
/** A record that changes under us (released, taken over) is looked at again this many times. */
const CLAIM_ATTEMPTS = 3;

export class RecordAllocator {
  private readonly records: AllocationRecords;
  private readonly isStale: StaleCheck;
  private readonly random: (max: number) => number;

  constructor(records: AllocationRecords, isStale: StaleCheck, random: (max: number) => number = randomInt) {
    this.records = records;
    this.isStale = isStale;
    this.random = random;
  }

  /** Claims `key` for `owner`; false when someone else holds it. */
  async claim(key: string, owner: string): Promise<boolean> {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      if (await this.records.claim(key, owner)) return true;
      const record = await this.records.read(key);
      if (!record) continue;
      if (!(await this.isStale(key, record))) return false;
      if (await this.records.takeOver(key, owner, record.revision)) return true;
    }
    return false;
  }

  /** Claims some free value of `pool` and returns its key. */
  async claimAny(pool: ValuePool, owner: string): Promise<string> {
    for (const index of randomProbes(pool.size, RANDOM_PROBES, this.random)) {
      const key = pool.keyAt(index);
      if (await this.records.claim(key, owner)) return key;
    }
    const start = this.random(pool.size);
    const recorded = await this.records.keys(pool.prefix);
    for (const index of scanFrom(pool.size, start, (candidate) => recorded.has(pool.keyAt(candidate)))) {
      const key = pool.keyAt(index);
      if (await this.records.claim(key, owner)) return key;
    }
    // Every value is recorded: only stale records are left to reuse.
    for (const index of scanFrom(pool.size, start, () => false)) {
      const key = pool.keyAt(index);
      const record = await this.records.read(key);
      if (record && (await this.isStale(key, record)) && (await this.records.takeOver(key, owner, record.revision))) return key;
    }
    throw new RangeFullError(pool.what);
  }

  async release(key: string, owner: string): Promise<void> {
    await this.records.release(key, owner);
  }
}

// What this process's served methods have answered since it started, kept for the mesh metrics
// report (runtime/custom-metrics/mesh-report.ts) beside the Prometheus series: a request pays
// two increments and a bucket search, no label hashing.
import { MESH_DURATION_BUCKETS, type MethodCounts } from "../custom-metrics/mesh-report.ts";

export class ServedCounts {
  readonly service: string;
  readonly method: string;
  #requests = 0;
  #errors = 0;
  /** Per bucket (not cumulative); the last is +Inf. */
  readonly #perBucket = new Float64Array(MESH_DURATION_BUCKETS.length + 1);

  constructor(service: string, method: string) {
    this.service = service;
    this.method = method;
  }

  record(seconds: number, failed: boolean): void {
    this.#requests++;
    if (failed) this.#errors++;
    let index = 0;
    while (index < MESH_DURATION_BUCKETS.length && seconds > MESH_DURATION_BUCKETS[index]) index++;
    this.#perBucket[index]++;
  }

  /** Cumulative, as the report carries them. */
  counts(): MethodCounts {
    let running = 0;
    const buckets = Array.from(this.#perBucket, (count) => (running += count));
    return { service: this.service, method: this.method, requests: this.#requests, errors: this.#errors, buckets };
  }
}

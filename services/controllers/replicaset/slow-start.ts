// Kubernetes' slowStartBatch: run `count` calls in batches of 1, 2, 4, ... (capped by what is
// left), each batch in parallel, and stop after the first batch with a failure. A quota or
// admission error then costs one call, not hundreds, while healthy bursts still go fast.

export interface SlowStartResult {
  succeeded: number;
  /** The first failure; the calls after its batch were not made. */
  error: unknown;
}

export async function slowStartBatch(count: number, initialBatchSize: number, call: () => Promise<unknown>): Promise<SlowStartResult> {
  let remaining = count;
  let succeeded = 0;
  for (let size = Math.min(remaining, Math.max(1, initialBatchSize)); size > 0; size = Math.min(2 * size, remaining)) {
    const results = await Promise.allSettled(Array.from({ length: size }, () => call()));
    remaining -= size;
    const failed = results.find((result) => result.status === "rejected");
    succeeded += results.filter((result) => result.status === "fulfilled").length;
    if (failed) return { succeeded, error: failed.reason };
  }
  return { succeeded, error: undefined };
}

// A histogram with exponentially growing buckets whose samples lose half their weight every
// half-life, as the VPA recommender keeps usage (pkg/recommender/util): a sample at time t weighs
// weight * 2^((t - reference) / halfLife), so recent usage counts more than old usage.

export interface BucketOptions {
  /** Width of the first bucket (0.01 cores for CPU, 10 MB for memory as the VPA has it). */
  firstBucketSize: number;
  /** Each bucket is this much wider than the one before (1.05: 5%). */
  ratio: number;
  /** Values above go to the last bucket. */
  maxValue: number;
}

export const CPU_BUCKETS: BucketOptions = { firstBucketSize: 0.01, ratio: 1.05, maxValue: 1000 };
export const MEMORY_BUCKETS: BucketOptions = { firstBucketSize: 1e7, ratio: 1.05, maxValue: 1e12 };

/** Where bucket `index` starts: firstBucketSize * (ratio^index - 1) / (ratio - 1). */
export function bucketStart(options: BucketOptions, index: number): number {
  return (options.firstBucketSize * (options.ratio ** index - 1)) / (options.ratio - 1);
}

export function bucketCount(options: BucketOptions): number {
  return Math.ceil(Math.log((options.maxValue * (options.ratio - 1)) / options.firstBucketSize + 1) / Math.log(options.ratio)) + 1;
}

export function bucketOf(options: BucketOptions, value: number): number {
  if (value < options.firstBucketSize) return 0;
  const index = Math.floor(Math.log((value * (options.ratio - 1)) / options.firstBucketSize + 1) / Math.log(options.ratio));
  return Math.min(index, bucketCount(options) - 1);
}

export class DecayingHistogram {
  readonly #options: BucketOptions;
  readonly #halfLifeMs: number;
  readonly #weights: number[];
  /** Weights are relative to this time; moved forward when they grow too large. */
  #referenceMs: number;

  constructor(options: BucketOptions, halfLifeMs: number, referenceMs = 0) {
    this.#options = options;
    this.#halfLifeMs = halfLifeMs;
    this.#weights = Array.from({ length: bucketCount(options) }, () => 0);
    this.#referenceMs = referenceMs;
  }

  clone(): DecayingHistogram {
    const copy = new DecayingHistogram(this.#options, this.#halfLifeMs, this.#referenceMs);
    copy.#weights.splice(0, copy.#weights.length, ...this.#weights);
    return copy;
  }

  add(value: number, weight: number, atMs: number): void {
    // Keep exponents small: move the reference forward and shrink the stored weights.
    if (atMs - this.#referenceMs > 100 * this.#halfLifeMs) this.#shiftReference(atMs);
    this.#weights[bucketOf(this.#options, value)] += weight * 2 ** ((atMs - this.#referenceMs) / this.#halfLifeMs);
  }

  totalWeight(): number {
    return this.#weights.reduce((sum, weight) => sum + weight, 0);
  }

  isEmpty(): boolean {
    return this.totalWeight() <= 0;
  }

  /** The end of the bucket where the cumulative weight reaches `percentile` (0..1) of the total, 0 when empty. */
  percentile(percentile: number): number {
    const total = this.totalWeight();
    if (total <= 0) return 0;
    const threshold = percentile * total;
    let cumulative = 0;
    for (let index = 0; index < this.#weights.length; index += 1) {
      cumulative += this.#weights[index];
      if (cumulative >= threshold) {
        return index < this.#weights.length - 1 ? bucketStart(this.#options, index + 1) : bucketStart(this.#options, index);
      }
    }
    return bucketStart(this.#options, this.#weights.length - 1);
  }

  #shiftReference(atMs: number): void {
    const factor = 2 ** ((this.#referenceMs - atMs) / this.#halfLifeMs);
    for (let index = 0; index < this.#weights.length; index += 1) this.#weights[index] *= factor;
    this.#referenceMs = atMs;
  }
}

// One container's usage history (the VPA recommender's ContainerState and aggregation): every CPU
// sample goes into a decaying CPU histogram; memory goes in as the peak of each aggregation
// interval (24 h in the VPA), the current interval's peak replacing itself as it grows.
import { CPU_BUCKETS, DecayingHistogram, MEMORY_BUCKETS } from "./decaying-histogram.ts";

export interface HistoryOptions {
  halfLifeMs: number;
  /** Length of a memory peak interval. */
  memoryIntervalMs: number;
}

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = { halfLifeMs: 24 * 3600_000, memoryIntervalMs: 24 * 3600_000 };

/** CPU samples weigh at least this, as the VPA's minSampleWeight. */
const MIN_SAMPLE_WEIGHT = 0.1;

export class ContainerHistory {
  readonly cpu: DecayingHistogram;
  readonly #options: HistoryOptions;
  /** Peaks of finished intervals. */
  readonly #memoryPeaks: DecayingHistogram;
  #intervalStartMs: number | undefined;
  #intervalPeak = 0;
  #firstSampleMs: number | undefined;
  #lastSampleMs: number | undefined;
  #samples = 0;

  constructor(options: HistoryOptions = DEFAULT_HISTORY_OPTIONS) {
    this.#options = options;
    this.cpu = new DecayingHistogram(CPU_BUCKETS, options.halfLifeMs);
    this.#memoryPeaks = new DecayingHistogram(MEMORY_BUCKETS, options.halfLifeMs);
  }

  /** A usage sample: CPU in cores, memory in bytes; CPU weighed by the container's CPU request (cores). */
  addSample(atMs: number, cpuCores: number, memoryBytes: number, cpuRequestCores = 0): void {
    if (this.#lastSampleMs !== undefined && atMs <= this.#lastSampleMs) return;
    this.#firstSampleMs ??= atMs;
    this.#lastSampleMs = atMs;
    this.#samples += 1;
    this.cpu.add(cpuCores, Math.max(cpuRequestCores, MIN_SAMPLE_WEIGHT), atMs);
    if (this.#intervalStartMs === undefined) this.#intervalStartMs = atMs;
    if (atMs - this.#intervalStartMs >= this.#options.memoryIntervalMs) {
      this.#memoryPeaks.add(this.#intervalPeak, 1, this.#intervalStartMs);
      this.#intervalStartMs = atMs;
      this.#intervalPeak = 0;
    }
    this.#intervalPeak = Math.max(this.#intervalPeak, memoryBytes);
  }

  /** The memory peaks, with the current interval's peak so far. */
  memoryPeaks(): DecayingHistogram {
    const peaks = this.#memoryPeaks.clone();
    if (this.#intervalStartMs !== undefined && this.#intervalPeak > 0) peaks.add(this.#intervalPeak, 1, this.#intervalStartMs);
    return peaks;
  }

  sampleCount(): number {
    return this.#samples;
  }

  /** How long usage has been observed, in ms. */
  lifespanMs(): number {
    return this.#firstSampleMs === undefined || this.#lastSampleMs === undefined ? 0 : this.#lastSampleMs - this.#firstSampleMs;
  }
}

// One metric's history for predictive scaling, in bounded memory: the season is cut into m equal
// buckets (m <= MAX_BUCKETS), the samples of each sync are averaged into the bucket of their time,
// and each finished bucket is folded into a Holt-Winters state (holt-winters.ts). The first
// season only collects buckets; then the model starts. What is kept is m offsets, a level, a
// trend and the open bucket's sum and count: the same size whatever the HPA's age. Buckets are
// numbered from the epoch (floor(time / bucket length)), so a bucket's phase is the same in every
// process. Plain data, JSON-serialisable; every function returns a new series.
import { forecast, initialState, observe, skip, type HoltWintersState, type Smoothing, DEFAULT_SMOOTHING } from "./holt-winters.ts";

/** At most this many buckets per season (a day in 5-minute buckets). */
export const MAX_BUCKETS = 288;
/** A gap longer than this many seasons forgets the series: the pattern it learnt may be gone. */
export const MAX_GAP_SEASONS = 3;

export interface ForecastSeries {
  bucketMs: number;
  buckets: number;
  /** The bucket the latest samples fall in, not folded in yet. */
  open?: { index: number; sum: number; count: number };
  /** The first season, by phase, until it is complete. */
  warmup?: { first: number; values: (number | null)[] };
  model?: HoltWintersState & { lastIndex: number };
}

/** m buckets for a season sampled every sync period: one sample per bucket at least, at most MAX_BUCKETS. */
export function bucketsFor(seasonMs: number, syncPeriodMs: number): number {
  return Math.max(2, Math.min(MAX_BUCKETS, Math.floor(seasonMs / Math.max(1, syncPeriodMs))));
}

export function emptySeries(seasonMs: number, syncPeriodMs: number): ForecastSeries {
  const buckets = bucketsFor(seasonMs, syncPeriodMs);
  return { bucketMs: seasonMs / buckets, buckets };
}

/** Fold one finished bucket (its mean) into the series: warm-up, gaps skipped along the forecast, or one observation. */
export function foldBucket(series: ForecastSeries, index: number, value: number, smoothing: Smoothing = DEFAULT_SMOOTHING): ForecastSeries {
  const m = series.buckets;
  const phase = index % m;
  if (series.model) {
    const gap = index - series.model.lastIndex;
    if (gap <= 0) return series;
    if (gap > MAX_GAP_SEASONS * m) return foldBucket({ bucketMs: series.bucketMs, buckets: m, open: series.open }, index, value, smoothing);
    let state: HoltWintersState = series.model;
    for (let missing = 1; missing < gap; missing++) state = skip(state);
    return { ...series, model: { ...observe(state, value, smoothing), lastIndex: index } };
  }
  const warmup = series.warmup && index - series.warmup.first <= MAX_GAP_SEASONS * m ? series.warmup : { first: index, values: Array.from<number | null>({ length: m }).fill(null) };
  if (index - warmup.first >= m) {
    // A season has gone by: start the model from it, then fold this bucket in as its first observation.
    const lastIndex = index - 1;
    const state = initialState(warmup.values.map((entry) => entry ?? undefined), lastIndex % m);
    return { bucketMs: series.bucketMs, buckets: m, open: series.open, model: { ...observe(state, value, smoothing), lastIndex: index } };
  }
  const values = warmup.values.slice();
  values[phase] = value;
  return { ...series, warmup: { first: warmup.first, values } };
}

/** Add one sample taken at `at`: into the open bucket, or closing it (folded in) and opening the next. */
export function recordSample(series: ForecastSeries, at: number, value: number, smoothing: Smoothing = DEFAULT_SMOOTHING): ForecastSeries {
  const index = Math.floor(at / series.bucketMs);
  const open = series.open;
  if (open && index === open.index) return { ...series, open: { index, sum: open.sum + value, count: open.count + 1 } };
  if (open && index < open.index) return series;
  const folded = open ? foldBucket(series, open.index, open.sum / open.count, smoothing) : series;
  return { ...folded, open: { index, sum: value, count: 1 } };
}

/** How much of the first season has been seen (buckets with a value, of m), while there is no model. */
export function warmupProgress(series: ForecastSeries): { seen: number; of: number } {
  const seen = (series.warmup?.values.filter((value) => value !== null).length ?? 0) + (series.open && !series.model ? 1 : 0);
  return { seen: Math.min(seen, series.buckets), of: series.buckets };
}

/**
 * The highest value the model expects from `now` to `now + leadMs` (never below 0), or undefined
 * before the model has a season or when it has heard nothing for MAX_GAP_SEASONS. The bucket `now`
 * falls in and every bucket up to the lead count.
 */
export function forecastAhead(series: ForecastSeries, now: number, leadMs: number): number | undefined {
  const model = series.model;
  if (!model) return undefined;
  const from = Math.floor(now / series.bucketMs);
  if (from - model.lastIndex > MAX_GAP_SEASONS * series.buckets) return undefined;
  const to = Math.floor((now + leadMs) / series.bucketMs);
  let highest = 0;
  for (let index = Math.max(from, model.lastIndex + 1); index <= to; index++) highest = Math.max(highest, forecast(model, index - model.lastIndex));
  return highest;
}

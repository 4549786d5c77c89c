// Additive Holt-Winters (triple exponential smoothing) over equal time buckets, as pure functions:
// a level, a trend and one seasonal offset per bucket of the season. Each observed bucket moves
// the three by the smoothing factors; a bucket nobody observed (a gap) advances the state along
// its own forecast without learning; the forecast h buckets ahead is level + h x trend + the
// offset of the bucket it lands in.
//
//   level_t  = alpha (x_t - season_{t-m}) + (1 - alpha)(level_{t-1} + trend_{t-1})
//   trend_t  = beta  (level_t - level_{t-1}) + (1 - beta) trend_{t-1}
//   season_t = gamma (x_t - level_t) + (1 - gamma) season_{t-m}
//   forecast_{t+h} = level_t + h trend_t + season_{(t+h) mod m}

export interface Smoothing {
  /** Level: how fast the baseline follows the data (0-1). */
  alpha: number;
  /** Trend: how fast the slope follows the level's changes (0-1). */
  beta: number;
  /** Season: how fast each bucket's offset follows what that bucket saw (0-1). */
  gamma: number;
}

/** Defaults chosen on bench/hpa-predictive.ts: a slow level and trend (the season carries the pattern, so the level
 * does not chase it within a day) and a season that is mostly what the last one saw. */
export const DEFAULT_SMOOTHING: Smoothing = { alpha: 0.02, beta: 0.01, gamma: 0.8 };

export interface HoltWintersState {
  level: number;
  trend: number;
  /** One offset per bucket of the season, indexed by the bucket's phase (bucket number mod m). */
  season: number[];
  /** The phase of the last bucket folded in. */
  phase: number;
}

/** A bucket not seen takes the mean of its nearest seen neighbours on either side (the season wraps). */
function filled(values: readonly (number | undefined)[]): (number | undefined)[] {
  const m = values.length;
  return values.map((value, index) => {
    if (value !== undefined) return value;
    let before: number | undefined;
    let after: number | undefined;
    for (let step = 1; step < m && (before === undefined || after === undefined); step++) {
      before ??= values[(index - step + m) % m];
      after ??= values[(index + step) % m];
    }
    return before === undefined || after === undefined ? undefined : (before + after) / 2;
  });
}

/**
 * The state after the first season: the level is the mean of the buckets, the trend zero, and each
 * bucket's offset its value less the level (a bucket not seen: between its neighbours). `values[i]`
 * is the bucket of phase i; `lastPhase` the phase of the last of them.
 */
export function initialState(values: readonly (number | undefined)[], lastPhase: number): HoltWintersState {
  const complete = filled(values);
  const seen = complete.filter((value): value is number => value !== undefined);
  const level = seen.length === 0 ? 0 : seen.reduce((sum, value) => sum + value, 0) / seen.length;
  return { level, trend: 0, season: complete.map((value) => (value === undefined ? 0 : value - level)), phase: lastPhase };
}

/** Fold in the next bucket's value. */
export function observe(state: HoltWintersState, value: number, smoothing: Smoothing = DEFAULT_SMOOTHING): HoltWintersState {
  const m = state.season.length;
  const phase = (state.phase + 1) % m;
  const previousOffset = state.season[phase] ?? 0;
  const level = smoothing.alpha * (value - previousOffset) + (1 - smoothing.alpha) * (state.level + state.trend);
  const trend = smoothing.beta * (level - state.level) + (1 - smoothing.beta) * state.trend;
  const season = state.season.slice();
  season[phase] = smoothing.gamma * (value - level) + (1 - smoothing.gamma) * previousOffset;
  return { level, trend, season, phase };
}

/** A bucket with no observation: the state moves along its forecast and the season is kept. */
export function skip(state: HoltWintersState): HoltWintersState {
  return { ...state, level: state.level + state.trend, phase: (state.phase + 1) % state.season.length };
}

/** The value expected `steps` buckets after the last one folded in (steps >= 1). */
export function forecast(state: HoltWintersState, steps: number): number {
  const m = state.season.length;
  return state.level + steps * state.trend + (state.season[(state.phase + steps) % m] ?? 0);
}

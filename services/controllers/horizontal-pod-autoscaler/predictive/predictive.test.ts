// Predictive scaling's pure parts: the Holt-Winters updates, the bucketed series (warm-up, gaps,
// bounded memory), forecasts of a known sinusoid and step pattern, the replicas a forecast asks
// for, the annotations, and the decision never going below the reactive proposal.
import test from "ava";
import { readPredictiveConfig } from "../../../../runtime/autoscaling/hpa-predictive.ts";
import { decideReplicas, EMPTY_HISTORY, type MetricOutcome } from "../decide-replicas.ts";
import { bucketsFor, emptySeries, forecastAhead, MAX_BUCKETS, recordSample, warmupProgress, type ForecastSeries } from "./forecast-series.ts";
import { forecast, initialState, observe, skip } from "./holt-winters.ts";
import { formatLoad, predictiveCondition, predictReplicas, replicasForLoad, seriesKey } from "./predict-replicas.ts";

const close = (t: { true(value: boolean, message?: string): void }, actual: number, expected: number, within: number, what = "") =>
  t.true(Math.abs(actual - expected) <= within, `${what} ${actual} not within ${within} of ${expected}`);

test("the first season sets the level to its mean and each bucket's offset to its distance from it", (t) => {
  const state = initialState([10, undefined, 30, 20], 3);
  t.is(state.level, 20, "the bucket not seen counts as between its neighbours: (10 + 30) / 2");
  t.is(state.trend, 0);
  t.deepEqual(state.season, [-10, 0, 10, 0]);
  t.is(state.phase, 3);
});

test("one observation moves level, trend and that bucket's offset by the smoothing factors", (t) => {
  const state = { level: 20, trend: 1, season: [-10, 0, 0, 10], phase: 3 };
  const next = observe(state, 15, { alpha: 0.5, beta: 0.5, gamma: 0.5 });
  // level = 0.5 (15 - -10) + 0.5 (20 + 1) = 23; trend = 0.5 (23 - 20) + 0.5 x 1 = 2; offset = 0.5 (15 - 23) + 0.5 x -10 = -9.
  t.is(next.phase, 0);
  t.is(next.level, 23);
  t.is(next.trend, 2);
  t.is(next.season[0], -9);
  t.deepEqual(next.season.slice(1), [0, 0, 10], "the other offsets are kept");
  t.deepEqual(state.season, [-10, 0, 0, 10], "the input state is not changed");
});

test("a gap advances along the trend and keeps the season; a forecast is level + h x trend + the bucket's offset", (t) => {
  const state = { level: 20, trend: 1, season: [-10, 0, 5, 10], phase: 3 };
  const skipped = skip(state);
  t.deepEqual(skipped, { level: 21, trend: 1, season: [-10, 0, 5, 10], phase: 0 });
  t.is(forecast(state, 1), 20 + 1 - 10);
  t.is(forecast(state, 3), 20 + 3 + 5);
  t.is(forecast(state, 5), 20 + 5 - 10, "past a season the offsets repeat");
});

const SEASON = 60_000;
const SYNC = 1000;
/** Feed `seasons` seasons of f(t) sampled every sync period, with optional missing samples. */
function feed(f: (at: number) => number, seasons: number, missing: (at: number) => boolean = () => false, start = 0): ForecastSeries {
  let series = emptySeries(SEASON, SYNC);
  for (let at = start; at < start + seasons * SEASON; at += SYNC) if (!missing(at)) series = recordSample(series, at, f(at));
  return series;
}
const sinusoid = (at: number) => 50 + 40 * Math.sin((2 * Math.PI * at) / SEASON);

test("a known sinusoid is forecast within a few percent of its amplitude after two seasons", (t) => {
  const series = feed(sinusoid, 3);
  const now = 3 * SEASON;
  for (const ahead of [1000, 10_000, 15_000, 30_000, 45_000]) {
    const expected = forecastAhead(series, now + ahead, 0) ?? Number.NaN;
    close(t, expected, sinusoid(now + ahead), 4, `+${ahead} ms`);
  }
});

test("a daily step (a peak of 100 for a quarter of the season over a base of 10) is forecast before it arrives", (t) => {
  const step = (at: number) => ((at % SEASON) >= 30_000 && (at % SEASON) < 45_000 ? 100 : 10);
  const series = feed(step, 3);
  const now = 3 * SEASON + 20_000;
  close(t, forecastAhead(series, now, 0) ?? Number.NaN, 10, 5, "now, in the base");
  close(t, forecastAhead(series, now, 5000) ?? Number.NaN, 10, 5, "5 s ahead, still the base");
  close(t, forecastAhead(series, now, 12_000) ?? Number.NaN, 100, 10, "12 s ahead reaches into the peak");
});

test("the first season only collects: no forecast, with the progress reported", (t) => {
  const series = feed(sinusoid, 0.5);
  t.is(forecastAhead(series, 30_000, 5000), undefined);
  t.deepEqual(warmupProgress(series), { seen: 30, of: 60 });
  t.not(forecastAhead(feed(sinusoid, 1.05), 63_000, 5000), undefined, "one season and a bucket later it forecasts");
});

test("gaps (every third sample missing, a hole of 10 s) still forecast the pattern", (t) => {
  const missing = (at: number) => at % 3000 === 0 || (at >= 70_000 && at < 80_000);
  const series = feed(sinusoid, 3, missing);
  const now = 3 * SEASON;
  for (const ahead of [5000, 15_000, 45_000]) close(t, forecastAhead(series, now + ahead, 0) ?? Number.NaN, sinusoid(now + ahead), 6, `+${ahead} ms`);
});

test("a silence of more than three seasons forgets the model; the memory stays m buckets", (t) => {
  let series = feed(sinusoid, 2);
  t.is(series.model?.season.length, 60);
  t.is(forecastAhead(series, 2 * SEASON + 4 * SEASON, 1000), undefined, "no forecast from a stale model");
  series = recordSample(series, 6 * SEASON, 50);
  series = recordSample(series, 6 * SEASON + 1000, 50);
  t.is(series.model, undefined, "started over");
  t.is(bucketsFor(24 * 3_600_000, 15_000), MAX_BUCKETS, "a day at 15 s syncs is capped at 288 buckets (5 min each)");
  t.is(bucketsFor(16_000, 1000), 16);
  t.true(JSON.stringify(feed(sinusoid, 10)).length < 4000, "ten seasons take no more room than one");
});

test("replicas for a load: ceil(load / per replica), unchanged within the 10% tolerance", (t) => {
  t.is(replicasForLoad(40, 10, 1), 4);
  t.is(replicasForLoad(40, 10, 4), 4);
  t.is(replicasForLoad(42, 10, 4), 4, "within tolerance");
  t.is(replicasForLoad(30.0000001, 10, 1), 3, "float noise does not add a replica");
  t.is(replicasForLoad(0, 10, 3), 0);
});

test("a forecast load is printed in its metric's units: CPU and memory as the workload's total", (t) => {
  t.is(formatLoad({ type: "Resource", resource: { name: "cpu" } }, 20_499.6), "20500m CPU in total");
  t.is(formatLoad({ type: "ContainerResource", containerResource: { name: "memory", container: "c" } }, 64 * 1024 * 1024), "64Mi memory in total");
  t.is(formatLoad(external, 41.234), "41.23");
  t.is(seriesKey({ ...external, external: { ...external.external, target: { type: "Value", value: "99" } } }), seriesKey(external), "a new target keeps the series");
});

test("the annotations: defaults, durations, and problems named by field path", (t) => {
  t.deepEqual(readPredictiveConfig({}), { problems: [] });
  t.deepEqual(readPredictiveConfig({ "autoscaling.troupe.io/predictive": "true" }).config, { seasonMs: 86_400_000, leadMs: 60_000 });
  t.deepEqual(readPredictiveConfig({ "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": "1h30m", "autoscaling.troupe.io/predictive-lead": "90s" }).config, { seasonMs: 5_400_000, leadMs: 90_000 });
  t.deepEqual(readPredictiveConfig({ "autoscaling.troupe.io/predictive": "false", "autoscaling.troupe.io/predictive-season": "1h" }), { problems: [] }, "off keeps its settings");
  const bad = readPredictiveConfig({ "autoscaling.troupe.io/predictive": "yes", "autoscaling.troupe.io/predictive-season": "5s", "autoscaling.troupe.io/predictive-lead": "soon" }).problems;
  t.deepEqual(bad.map((problem) => problem.field), ["metadata.annotations[autoscaling.troupe.io/predictive]", "metadata.annotations[autoscaling.troupe.io/predictive-season]", "metadata.annotations[autoscaling.troupe.io/predictive-lead]"]);
  t.regex(bad[0]?.detail ?? "", /"true" or "false"/);
  t.regex(bad[1]?.detail ?? "", /between 10s and 168h/);
  const long = readPredictiveConfig({ "autoscaling.troupe.io/predictive": "true", "autoscaling.troupe.io/predictive-season": "1m", "autoscaling.troupe.io/predictive-lead": "2m" }).problems;
  t.regex(long[0]?.detail ?? "", /shorter than the season \(1m\)/);
  t.regex(readPredictiveConfig({ "autoscaling.troupe.io/predictive-lead": "2m" }).problems[0]?.detail ?? "", /need autoscaling\.troupe\.io\/predictive: "true"/);
});

const external = { type: "External", external: { metric: { name: "jetstream_consumer_pending" }, target: { type: "AverageValue", averageValue: "10" } } };
const outcome = (lag: number, currentReplicas: number): MetricOutcome => ({
  ok: true, description: "external metric jetstream_consumer_pending({})",
  proposal: { replicas: Math.max(currentReplicas, Math.ceil(lag / 10)), current: {}, load: { value: lag, perReplica: 10 } },
});

test("predictReplicas learns each metric's load and asks for the peak ahead of it; the condition says so", (t) => {
  const config = { seasonMs: 20_000, leadMs: 4000 };
  const lag = (at: number) => ((at % 20_000) >= 12_000 ? 40 : 0);
  let history;
  let last;
  for (let now = 0; now <= 52_000; now += 1000) {
    last = predictReplicas({ history, config, syncPeriodMs: 1000, metrics: [external], outcomes: [outcome(lag(now), 1)], currentReplicas: 1, now });
    history = last.history;
    if (now === 5000) t.like(predictiveCondition(last, config, 1), { status: "False", reason: "InsufficientHistory" });
  }
  const early = predictReplicas({ history, config, syncPeriodMs: 1000, metrics: [external], outcomes: [outcome(0, 1)], currentReplicas: 1, now: 69_000 });
  t.is(early.replicas, 4, "9 s into the base with the peak 3 s away: the forecast asks for 40 / 10");
  t.like(predictiveCondition(early, config, 1), { status: "True", reason: "ForecastAboveReactive" });
  t.regex(predictiveCondition(early, config, 1).message, /forecast over the next 4s: external metric jetstream_consumer_pending\(\{\}\) at 4\d(\.\d+)? \(4 replicas\), above the 1/);
  t.deepEqual(Object.keys(early.history.series), [seriesKey(external)]);
  const quiet = predictReplicas({ history, config, syncPeriodMs: 1000, metrics: [external], outcomes: [outcome(0, 1)], currentReplicas: 1, now: 62_000 });
  t.true((quiet.replicas ?? 99) <= 1, `2 s into the base, the peak 10 s away: ${quiet.replicas}`);
  const failed = predictReplicas({ history: undefined, config, syncPeriodMs: 1000, metrics: [external], outcomes: [{ ok: false, reason: "FailedGetExternalMetric", message: "x" }], currentReplicas: 1, now: 0 });
  t.is(failed.replicas, undefined);
});

test("the decision takes the larger of the forecast and the metrics, within max and policies, never below the metrics", (t) => {
  const base = { currentReplicas: 2, minReplicas: 1, maxReplicas: 5, history: EMPTY_HISTORY, now: 1_000_000 };
  const raised = decideReplicas({ ...base, metrics: [outcome(20, 2)], forecast: { replicas: 8, description: "external metric x" } });
  t.is(raised.desiredReplicas, 4, "max(2 x 2, 4) without a behavior");
  t.true(raised.forecastRaised);
  t.is(raised.reactiveReplicas, 2);
  t.regex(raised.rescaleReason, /^forecast of external metric x above target$/);
  const capped = decideReplicas({ ...base, currentReplicas: 4, metrics: [outcome(40, 4)], forecast: { replicas: 8, description: "x" } });
  t.is(capped.desiredReplicas, 5, "maxReplicas");
  const below = decideReplicas({ ...base, metrics: [outcome(50, 2)], forecast: { replicas: 1, description: "x" } });
  t.is(below.desiredReplicas, 4, "the metrics' 5, limited to 4: a lower forecast changes nothing");
  t.false(below.forecastRaised);
  const none = decideReplicas({ ...base, metrics: [outcome(50, 2)] });
  t.is(none.desiredReplicas, below.desiredReplicas);
});

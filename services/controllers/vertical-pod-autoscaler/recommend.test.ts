import test from "ava";
import { bucketCount, bucketOf, bucketStart, CPU_BUCKETS, DecayingHistogram } from "./decaying-histogram.ts";
import { ContainerHistory } from "./container-state.ts";
import { DEFAULT_RECOMMEND_OPTIONS, recommend } from "./recommend.ts";

const HOUR = 3600_000;

test("buckets grow by 5% and a value falls in the bucket that holds it", (t) => {
  t.is(bucketStart(CPU_BUCKETS, 0), 0);
  t.is(bucketStart(CPU_BUCKETS, 1), 0.01);
  t.true(Math.abs(bucketStart(CPU_BUCKETS, 2) - 0.0205) < 1e-12);
  for (const value of [0, 0.005, 0.2, 1.7, 63]) {
    const index = bucketOf(CPU_BUCKETS, value);
    t.true(bucketStart(CPU_BUCKETS, index) <= value + 1e-12 && value < bucketStart(CPU_BUCKETS, index + 1), String(value));
  }
  t.is(bucketOf(CPU_BUCKETS, 1e9), bucketCount(CPU_BUCKETS) - 1);
});

test("percentiles are bucket ends; an empty histogram answers 0", (t) => {
  const histogram = new DecayingHistogram(CPU_BUCKETS, 24 * HOUR);
  t.is(histogram.percentile(0.9), 0);
  for (let i = 1; i <= 100; i += 1) histogram.add(i / 100, 1, 0);
  const p50 = histogram.percentile(0.5);
  const p90 = histogram.percentile(0.9);
  t.true(p50 >= 0.5 && p50 < 0.5 * 1.06, String(p50));
  t.true(p90 >= 0.9 && p90 < 0.9 * 1.06, String(p90));
});

test("a sample one half-life newer weighs twice as much", (t) => {
  const histogram = new DecayingHistogram(CPU_BUCKETS, HOUR);
  histogram.add(0.1, 1, 0);
  histogram.add(1, 1, HOUR);
  // 1 + 2 = 3: the old sample holds a third of the weight, so the median is the new one.
  t.true(Math.abs(histogram.totalWeight() - 3) < 1e-9);
  t.true(histogram.percentile(0.5) >= 1);
  t.true(histogram.percentile(0.3) < 0.2);
  // Far in the future the reference moves and the proportions stay.
  histogram.add(1, 1, 500 * HOUR);
  t.true(histogram.percentile(0.01) >= 1);
});

test("memory goes in as the peak of each interval", (t) => {
  const history = new ContainerHistory({ halfLifeMs: 24 * HOUR, memoryIntervalMs: HOUR });
  history.addSample(0, 0.1, 100e6);
  history.addSample(HOUR / 2, 0.1, 400e6);
  history.addSample(HOUR, 0.1, 50e6);
  history.addSample(HOUR * 1.5, 0.1, 60e6);
  // Peaks: 400 MB (first hour) and 60 MB so far: the median is the smaller, the 90th the larger.
  const peaks = history.memoryPeaks();
  t.true(Math.abs(peaks.totalWeight() - (1 + 2 ** (1 / 24))) < 1e-9);
  t.true(peaks.percentile(0.9) >= 400e6 && peaks.percentile(0.9) < 400e6 * 1.06);
  t.true(peaks.percentile(0.4) < 70e6);
});

test("a steady container is recommended its usage plus the 15% margin, within the bucket width (about 10% there)", (t) => {
  const history = new ContainerHistory();
  for (let second = 0; second < 3 * 24 * 3600; second += 60) history.addSample(second * 1000, 0.2, 300e6, 0.5);
  const recommendation = recommend(history);
  t.true(recommendation.target.cpu >= 0.2 * 1.15 && recommendation.target.cpu <= 0.2 * 1.15 * 1.11, String(recommendation.target.cpu));
  t.true(recommendation.target.memory >= 300e6 * 1.15 && recommendation.target.memory <= 300e6 * 1.15 * 1.11);
  t.true(recommendation.lowerBound.cpu <= recommendation.target.cpu && recommendation.upperBound.cpu >= recommendation.target.cpu);
  // Three days of history: the upper bound is the 95th percentile times 1 + 1/3.
  t.true(recommendation.upperBound.cpu > recommendation.target.cpu * 1.3);
  t.deepEqual(recommendation.uncappedTarget, recommendation.target);
});

test("minAllowed and maxAllowed cap the target; uncappedTarget keeps what usage asks", (t) => {
  const history = new ContainerHistory();
  for (let second = 0; second < 3600; second += 1) history.addSample(second * 1000, 2, 10e6);
  const recommendation = recommend(history, { max: { cpu: 1 }, min: { memory: 512 * 1024 * 1024 } });
  t.is(recommendation.target.cpu, 1);
  t.true(recommendation.uncappedTarget.cpu > 2);
  t.is(recommendation.target.memory, 512 * 1024 * 1024);
  // 10 MB is under the VPA's minimum of 250Mi.
  t.is(recommendation.uncappedTarget.memory, DEFAULT_RECOMMEND_OPTIONS.minimum.memory);
  t.is(recommendation.upperBound.cpu, 1);
});

test("a short history widens the bounds; no history recommends the minimum", (t) => {
  const short = new ContainerHistory();
  for (let second = 0; second < 600; second += 1) short.addSample(second * 1000, 0.5, 300e6);
  const recommendation = recommend(short);
  t.true(recommendation.upperBound.cpu > recommendation.target.cpu * 10);
  t.true(recommendation.lowerBound.cpu < recommendation.target.cpu);
  const empty = recommend(new ContainerHistory());
  t.is(empty.target.cpu, DEFAULT_RECOMMEND_OPTIONS.minimum.cpu);
});

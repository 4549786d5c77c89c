import test from "ava";
import { DEFAULT_SCORE_WEIGHTS, numFeasibleNodesToFind, resolveScheduleOptions } from "./schedule-options.ts";

test("small clusters are scored whole and large ones adaptively, as kube-scheduler does", (t) => {
  t.is(numFeasibleNodesToFind(50, 0), 50);
  t.is(numFeasibleNodesToFind(150, 0), 100);
  t.is(numFeasibleNodesToFind(1000, 0), 420);
  t.is(numFeasibleNodesToFind(5000, 0), 500);
  t.is(numFeasibleNodesToFind(20000, 0), 1000);
  t.is(numFeasibleNodesToFind(1000, 100), 1000);
  t.is(numFeasibleNodesToFind(1000, 5), 100);
});

test("options resolve to Kubernetes' defaults and keep given weights", (t) => {
  const resolved = resolveScheduleOptions({ weights: { selectorSpread: 0 }, percentageOfNodesToScore: 250, startIndex: -3 });
  t.deepEqual(resolved.weights, { ...DEFAULT_SCORE_WEIGHTS, selectorSpread: 0 });
  t.is(resolved.percentageOfNodesToScore, 100);
  t.is(resolved.startIndex, 0);
  t.deepEqual(resolveScheduleOptions().weights, DEFAULT_SCORE_WEIGHTS);
});

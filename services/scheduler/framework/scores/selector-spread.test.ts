import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { assume, newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { selectorSpread } from "./selector-spread.ts";

test("nodes running fewer pods of the same controller score higher", (t) => {
  const infos = ["a", "b", "c"].map((name) => newNodeInfo(makeNode(name)));
  assume(infos[0], makePod("web-1", { owner: "rs-web" }));
  assume(infos[0], makePod("web-2", { owner: "rs-web" }));
  assume(infos[1], makePod("web-3", { owner: "rs-web" }));
  assume(infos[2], makePod("db-1", { owner: "rs-db" }));
  const pod = podRequestOf(makePod("web-4", { owner: "rs-web" }));
  const scores = Float64Array.from(infos, (info) => selectorSpread.score(pod, info));
  t.deepEqual([...scores], [2, 1, 0]);
  selectorSpread.normalize?.(scores, scores.length);
  t.deepEqual([...scores], [0, 50, 100]);
});

test("spreading is skipped for a pod without a controller", (t) => {
  t.false(selectorSpread.applies(podRequestOf(makePod("bare"))));
  t.true(selectorSpread.applies(podRequestOf(makePod("web-1", { owner: "rs-web" }))));
});

test("when no node runs the controller's pods every node scores 100", (t) => {
  const scores = new Float64Array([0, 0, 0]);
  selectorSpread.normalize?.(scores, 3);
  t.deepEqual([...scores], [100, 100, 100]);
});

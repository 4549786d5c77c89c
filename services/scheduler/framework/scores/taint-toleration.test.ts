import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { taintToleration } from "./taint-toleration.ts";

const spot = { key: "spot", value: "true", effect: "PreferNoSchedule" };
const infos = [makeNode("clean"), makeNode("spot", { taints: [spot] }), makeNode("both", { taints: [spot, { key: "old", effect: "PreferNoSchedule" }] })].map(newNodeInfo);

function scoresOf(tolerations: { key?: string; operator?: string; effect?: string }[]): number[] {
  const pod = podRequestOf(makePod("p", { tolerations }));
  const scores = Float64Array.from(infos, (info) => taintToleration.score(pod, info));
  taintToleration.normalize?.(scores, scores.length);
  return [...scores];
}

test("nodes with untolerated PreferNoSchedule taints score lower", (t) => {
  t.deepEqual(scoresOf([]), [100, 50, 0]);
});

test("tolerated PreferNoSchedule taints do not lower the score", (t) => {
  t.deepEqual(scoresOf([{ key: "spot", operator: "Exists" }]), [100, 100, 0]);
  t.deepEqual(scoresOf([{ key: "spot", operator: "Exists", effect: "NoSchedule" }]), [100, 50, 0]);
  t.deepEqual(scoresOf([{ operator: "Exists" }]), [100, 100, 100]);
});

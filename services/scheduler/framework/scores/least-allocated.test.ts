import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { assume, newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { leastAllocatedScore } from "./least-allocated.ts";

test("least-allocated averages the free cpu and memory shares left after placing the pod", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "4", memory: "8Gi" }));
  assume(info, makePod("old", { cpu: "1", memory: "2Gi" }));
  // cpu: (4000 - 2000) / 4000 = 50; memory: (8 - 4) / 8 = 50.
  t.is(leastAllocatedScore(podRequestOf(makePod("p", { cpu: "1", memory: "2Gi" })), info), 50);
  // An explicit zero request: cpu 3000 of 4000 free → 75; memory 6 of 8 → 75.
  t.is(leastAllocatedScore(podRequestOf(makePod("p", { cpu: "0", memory: "0" })), info), 75);
});

test("least-allocated prefers the emptier node", (t) => {
  const busy = newNodeInfo(makeNode("busy"));
  assume(busy, makePod("old", { cpu: "2", memory: "4Gi" }));
  const empty = newNodeInfo(makeNode("empty"));
  const pod = podRequestOf(makePod("p", { cpu: "500m", memory: "512Mi" }));
  t.true(leastAllocatedScore(pod, empty) > leastAllocatedScore(pod, busy));
});

test("pods without requests count as 100m and 200Mi", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "1", memory: "1000Mi" }));
  // cpu: 900 / 1000 → 90; memory: 800 / 1000 → 80.
  t.is(leastAllocatedScore(podRequestOf(makePod("p")), info), 85);
});

test("an overcommitted resource scores zero and a missing one is left out", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "1", memory: "0" }));
  t.is(leastAllocatedScore(podRequestOf(makePod("p", { cpu: "2" })), info), 0);
  t.is(leastAllocatedScore(podRequestOf(makePod("p", { cpu: "500m" })), info), 50);
});

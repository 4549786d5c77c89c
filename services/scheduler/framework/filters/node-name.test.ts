import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { nodeName } from "./node-name.ts";

test("a pod naming its node fits that node only", (t) => {
  const pod = podRequestOf(makePod("p", { nodeName: "b" }));
  t.true(nodeName(pod, newNodeInfo(makeNode("b"))).feasible);
  t.deepEqual(nodeName(pod, newNodeInfo(makeNode("a"))), { feasible: false, reasons: ["node(s) didn't match the requested node name"] });
});

test("a pod without a node name fits any node", (t) => {
  t.true(nodeName(podRequestOf(makePod("p")), newNodeInfo(makeNode("a"))).feasible);
});

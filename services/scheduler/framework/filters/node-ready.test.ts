import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { nodeReady } from "./node-ready.ts";

const pod = podRequestOf(makePod("p"));

test("only nodes whose Ready condition is True take pods", (t) => {
  t.true(nodeReady(pod, newNodeInfo(makeNode("n"))).feasible);
  t.deepEqual(nodeReady(pod, newNodeInfo(makeNode("n", { ready: "False" }))), { feasible: false, reasons: ["node(s) were not ready"] });
  t.false(nodeReady(pod, newNodeInfo(makeNode("n", { ready: "Unknown" }))).feasible);
});

test("a node that never reported a Ready condition is not ready", (t) => {
  const node = makeNode("n");
  const silent = { ...node, status: { ...node.status, conditions: [] } };
  t.false(nodeReady(pod, newNodeInfo(silent)).feasible);
});

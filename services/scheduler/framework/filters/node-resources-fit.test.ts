import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { assume, newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { nodeResourcesFit } from "./node-resources-fit.ts";

test("a pod fits when its requests fit in what the node's pods leave", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "2", memory: "4Gi" }));
  assume(info, makePod("old", { cpu: "1", memory: "2Gi" }));
  t.true(nodeResourcesFit(podRequestOf(makePod("p", { cpu: "1", memory: "2Gi" })), info).feasible);
  t.deepEqual(nodeResourcesFit(podRequestOf(makePod("p", { cpu: "1001m" })), info), { feasible: false, reasons: ["Insufficient cpu"] });
  t.deepEqual(nodeResourcesFit(podRequestOf(makePod("p", { memory: "3Gi" })), info), { feasible: false, reasons: ["Insufficient memory"] });
});

test("every shortfall is reported, pods first", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "1", memory: "1Gi", pods: "1" }));
  assume(info, makePod("old"));
  const status = nodeResourcesFit(podRequestOf(makePod("p", { cpu: "2", memory: "2Gi" })), info);
  t.deepEqual(status, { feasible: false, reasons: ["Too many pods", "Insufficient cpu", "Insufficient memory"] });
});

test("a pod requesting nothing still needs a free pod slot", (t) => {
  const info = newNodeInfo(makeNode("n", { cpu: "0", memory: "0", pods: "1" }));
  t.true(nodeResourcesFit(podRequestOf(makePod("first")), info).feasible);
  assume(info, makePod("first"));
  t.deepEqual(nodeResourcesFit(podRequestOf(makePod("second")), info), { feasible: false, reasons: ["Too many pods"] });
});

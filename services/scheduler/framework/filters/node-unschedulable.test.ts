import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { nodeUnschedulable } from "./node-unschedulable.ts";

test("a cordoned node refuses pods with the unschedulable reason", (t) => {
  const status = nodeUnschedulable(podRequestOf(makePod("p")), newNodeInfo(makeNode("n", { unschedulable: true })));
  t.deepEqual(status, { feasible: false, reasons: ["node(s) were unschedulable"] });
  t.true(nodeUnschedulable(podRequestOf(makePod("p")), newNodeInfo(makeNode("n"))).feasible);
});

test("a pod tolerating node.kubernetes.io/unschedulable:NoSchedule may use a cordoned node", (t) => {
  const cordoned = newNodeInfo(makeNode("n", { unschedulable: true }));
  const tolerating = makePod("p", { tolerations: [{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }] });
  t.true(nodeUnschedulable(podRequestOf(tolerating), cordoned).feasible);
  const wrongEffect = makePod("p", { tolerations: [{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoExecute" }] });
  t.false(nodeUnschedulable(podRequestOf(wrongEffect), cordoned).feasible);
});

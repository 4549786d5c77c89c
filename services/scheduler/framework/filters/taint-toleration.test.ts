import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import type { Toleration } from "../types.ts";
import { taintToleration } from "./taint-toleration.ts";

const dedicated = newNodeInfo(makeNode("n", { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] }));

function fits(tolerations: Toleration[]): boolean {
  return taintToleration(podRequestOf(makePod("p", { tolerations })), dedicated).feasible;
}

test("an untolerated taint is named in the reason", (t) => {
  t.deepEqual(taintToleration(podRequestOf(makePod("p")), dedicated), { feasible: false, reasons: ["node(s) had untolerated taint {dedicated: gpu}"] });
  const notReady = newNodeInfo(makeNode("n", { taints: [{ key: "node.kubernetes.io/not-ready", effect: "NoExecute" }] }));
  t.deepEqual(taintToleration(podRequestOf(makePod("p")), notReady), { feasible: false, reasons: ["node(s) had untolerated taint {node.kubernetes.io/not-ready: }"] });
});

test("Equal tolerations need the same key and value, Exists only the key", (t) => {
  t.true(fits([{ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }]));
  t.true(fits([{ key: "dedicated", value: "gpu" }]));
  t.false(fits([{ key: "dedicated", operator: "Equal", value: "cpu" }]));
  t.true(fits([{ key: "dedicated", operator: "Exists" }]));
  t.false(fits([{ key: "other", operator: "Exists" }]));
});

test("an empty key with Exists tolerates every taint, an effect must match unless empty", (t) => {
  t.true(fits([{ operator: "Exists" }]));
  t.false(fits([{ key: "dedicated", operator: "Exists", effect: "NoExecute" }]));
  t.false(fits([{ key: "dedicated", operator: "Sometimes" }]));
});

test("PreferNoSchedule taints do not filter", (t) => {
  const preferred = newNodeInfo(makeNode("n", { taints: [{ key: "spot", value: "true", effect: "PreferNoSchedule" }] }));
  t.true(taintToleration(podRequestOf(makePod("p")), preferred).feasible);
});

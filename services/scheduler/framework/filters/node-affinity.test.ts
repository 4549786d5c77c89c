import test from "ava";
import { makeNode, makePod } from "../fixtures.ts";
import { newNodeInfo } from "../node-info.ts";
import { podRequestOf } from "../pod-request.ts";
import { nodeAffinity } from "./node-affinity.ts";

const REASON = "node(s) didn't match Pod's node affinity/selector";
const ssdInZoneA = newNodeInfo(makeNode("a", { labels: { zone: "a", disk: "ssd" } }));
const hddInZoneB = newNodeInfo(makeNode("b", { labels: { zone: "b", disk: "hdd" } }));

function required(key: string, operator: string, values: string[] = []) {
  return { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator, values }] }] } } };
}

test("nodeSelector keeps pods off nodes missing a label", (t) => {
  const pod = podRequestOf(makePod("p", { nodeSelector: { disk: "ssd" } }));
  t.true(nodeAffinity(pod, ssdInZoneA).feasible);
  t.deepEqual(nodeAffinity(pod, hddInZoneB), { feasible: false, reasons: [REASON] });
});

test("required node affinity with In, NotIn and Exists", (t) => {
  const inA = podRequestOf(makePod("p", { affinity: required("zone", "In", ["a"]) }));
  t.true(nodeAffinity(inA, ssdInZoneA).feasible);
  t.false(nodeAffinity(inA, hddInZoneB).feasible);
  const notInA = podRequestOf(makePod("p", { affinity: required("zone", "NotIn", ["a"]) }));
  t.false(nodeAffinity(notInA, ssdInZoneA).feasible);
  t.true(nodeAffinity(notInA, hddInZoneB).feasible);
  const gpu = podRequestOf(makePod("p", { affinity: required("gpu", "Exists") }));
  t.false(nodeAffinity(gpu, ssdInZoneA).feasible);
});

test("nodeSelector and required affinity must both hold", (t) => {
  const pod = podRequestOf(makePod("p", { nodeSelector: { disk: "hdd" }, affinity: required("zone", "In", ["a"]) }));
  t.false(nodeAffinity(pod, ssdInZoneA).feasible);
  t.false(nodeAffinity(pod, hddInZoneB).feasible);
});

test("a pod without selector or affinity fits any node", (t) => {
  t.true(nodeAffinity(podRequestOf(makePod("p")), hddInZoneB).feasible);
});

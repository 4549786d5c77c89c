import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { buildNodeInfos } from "./node-info.ts";
import { findPreemption } from "./preemption.ts";
import type { Pod } from "./types.ts";

function withPriority(pod: Pod, priority: number, extra: Record<string, unknown> = {}): Pod {
  return { ...pod, spec: { ...pod.spec, priority, ...extra } };
}

test("the node whose victims are the least important and fewest is chosen, and only as many as needed go", (t) => {
  const infos = buildNodeInfos([makeNode("a", { cpu: "2" }), makeNode("b", { cpu: "2" })], [
    withPriority(makePod("a-low", { nodeName: "a", cpu: "500m" }), 0),
    withPriority(makePod("a-mid", { nodeName: "a", cpu: "1500m" }), 500),
    withPriority(makePod("b-low-1", { nodeName: "b", cpu: "1" }), 0),
    withPriority(makePod("b-low-2", { nodeName: "b", cpu: "1" }), 0),
  ]);
  const result = findPreemption(withPriority(makePod("high", { cpu: "1" }), 1000), infos);
  t.is(result?.nodeName, "b");
  // One of b's two equal pods makes room; the other is reprieved.
  t.is(result?.victims.length, 1);
  t.regex(result?.victims[0].metadata?.name ?? "", /^b-low-/);
});

test("no preemption for pods of equal or higher priority, for preemptionPolicy Never, or when eviction would not help", (t) => {
  const infos = buildNodeInfos([makeNode("a", { cpu: "2" })], [withPriority(makePod("peer", { nodeName: "a", cpu: "2" }), 1000)]);
  t.is(findPreemption(withPriority(makePod("high", { cpu: "1" }), 1000), infos), undefined);
  const low = buildNodeInfos([makeNode("a", { cpu: "2" })], [withPriority(makePod("low", { nodeName: "a", cpu: "2" }), 0)]);
  t.is(findPreemption(withPriority(makePod("polite", { cpu: "1" }), 1000, { preemptionPolicy: "Never" }), low), undefined);
  t.is(findPreemption(withPriority(makePod("huge", { cpu: "3" }), 1000), low), undefined);
  t.is(findPreemption(withPriority(makePod("high", { cpu: "1" }), 1000), low)?.victims.length, 1);
});

test("a pod whose earlier victims are still terminating on its nominated node does not preempt again", (t) => {
  const terminating = withPriority(makePod("low", { nodeName: "a", cpu: "2" }), 0);
  terminating.metadata = { ...terminating.metadata, deletionTimestamp: "2026-01-01T00:00:00Z" };
  const infos = buildNodeInfos([makeNode("a", { cpu: "2" })], [terminating, withPriority(makePod("other", { nodeName: "a", cpu: "0" }), 0)]);
  const pod = { ...withPriority(makePod("high", { cpu: "1" }), 1000), status: { phase: "Pending", nominatedNodeName: "a" } };
  t.is(findPreemption(pod, infos), undefined);
});

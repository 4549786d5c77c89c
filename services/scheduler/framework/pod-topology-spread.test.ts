import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { assume, buildNodeInfos } from "./node-info.ts";
import { ERR_CONSTRAINTS_NOT_MATCH, ERR_NODE_LABEL_NOT_MATCH } from "./pod-topology-spread.ts";
import { schedulePod, type ScheduleResult } from "./schedule.ts";
import type { NodeInfo, Pod } from "./types.ts";

const ZONE = "topology.kubernetes.io/zone";

function zonedNodes(layout: Record<string, string>) {
  return Object.entries(layout).map(([name, zone]) => makeNode(name, { labels: { [ZONE]: zone } }));
}

function spreadPod(name: string, constraint: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Pod {
  return makePod(name, {
    labels: { app: "web" },
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { app: "web" } }, ...constraint }],
    ...extra,
  });
}

function zoneOf(infos: NodeInfo[], name: string): string {
  return infos.find((info) => info.name === name)?.node.metadata?.labels?.[ZONE] ?? "";
}

function placeAll(infos: NodeInfo[], pods: Pod[]): ScheduleResult[] {
  return pods.map((pod, index) => {
    const result = schedulePod(pod, infos, { tieBreak: index });
    if (!result.unschedulable) assume(infos.find((info) => info.name === result.nodeName) as NodeInfo, { ...pod, spec: { ...pod.spec, nodeName: result.nodeName } });
    return result;
  });
}

test("6 replicas with a zone constraint of maxSkew 1 over 3 uneven zones land 2/2/2", (t) => {
  // Zone a has three nodes: spreading per node alone would put half the pods there.
  const infos = buildNodeInfos(zonedNodes({ a1: "a", a2: "a", a3: "a", b1: "b", c1: "c" }), []);
  const results = placeAll(infos, [1, 2, 3, 4, 5, 6].map((i) => spreadPod(`web-${i}`)));
  const perZone: Record<string, number> = {};
  for (const result of results) {
    if (result.unschedulable) return t.fail(result.message);
    const zone = zoneOf(infos, result.nodeName);
    perZone[zone] = (perZone[zone] ?? 0) + 1;
  }
  t.deepEqual(perZone, { a: 2, b: 2, c: 2 });
});

test("a node whose domain would exceed maxSkew is filtered with Kubernetes' reason", (t) => {
  const infos = buildNodeInfos(zonedNodes({ a1: "a", b1: "b" }), [makePod("old", { nodeName: "a1", labels: { app: "web" } })]);
  // nodeAffinityPolicy Ignore: zone b counts although the pod may not go there, so a's skew is 2.
  const ignore = schedulePod(spreadPod("p", { nodeAffinityPolicy: "Ignore" }, { nodeSelector: { [ZONE]: "a" } }), infos);
  t.is(ignore.unschedulable && ignore.message, `0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 ${ERR_CONSTRAINTS_NOT_MATCH}.`);
  // Honor (the default): zone b is not a domain for this pod, so a is the minimum and fits.
  const honor = schedulePod(spreadPod("p", {}, { nodeSelector: { [ZONE]: "a" } }), infos);
  t.is(!honor.unschedulable && honor.nodeName, "a1");
});

test("a node without the constraint's key is filtered as missing the required label", (t) => {
  const infos = buildNodeInfos([makeNode("bare"), makeNode("zoned", { labels: { [ZONE]: "a" } })], []);
  const result = schedulePod(spreadPod("p"), infos, { recordScores: true });
  t.deepEqual(Object.keys(result.unschedulable ? {} : result.scores), ["zoned"]);
  const none = schedulePod(spreadPod("p"), buildNodeInfos([makeNode("bare")], []));
  t.is(none.unschedulable && none.message, `0/1 nodes are available: 1 ${ERR_NODE_LABEL_NOT_MATCH}.`);
});

test("with fewer domains than minDomains the global minimum counts as 0", (t) => {
  const pods = [makePod("a", { nodeName: "a1", labels: { app: "web" } }), makePod("b", { nodeName: "b1", labels: { app: "web" } })];
  const infos = buildNodeInfos(zonedNodes({ a1: "a", b1: "b" }), pods);
  t.false(schedulePod(spreadPod("p"), infos).unschedulable);
  const result = schedulePod(spreadPod("p", { minDomains: 3 }), infos);
  t.is(result.unschedulable && result.message, `0/2 nodes are available: 2 ${ERR_CONSTRAINTS_NOT_MATCH}.`);
});

test("nodeTaintsPolicy Honor leaves tainted nodes' domains out of the count", (t) => {
  const tainted = makeNode("b1", { labels: { [ZONE]: "b" }, taints: [{ key: "dedicated", value: "x", effect: "NoSchedule" }] });
  const infos = buildNodeInfos([makeNode("a1", { labels: { [ZONE]: "a" } }), tainted], [makePod("old", { nodeName: "a1", labels: { app: "web" } })]);
  t.true(schedulePod(spreadPod("p"), infos).unschedulable);
  t.false(schedulePod(spreadPod("p", { nodeTaintsPolicy: "Honor" }), infos).unschedulable);
});

test("matchLabelKeys counts only pods with the incoming pod's values (one revision at a time)", (t) => {
  const old = [1, 2].map((i) => makePod(`old-${i}`, { nodeName: "a1", labels: { app: "web", hash: "v1" } }));
  const infos = buildNodeInfos(zonedNodes({ a1: "a", b1: "b" }), old);
  const pod = (keys: string[]) => makePod("new", { labels: { app: "web", hash: "v2" }, nodeSelector: { [ZONE]: "a" }, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable: "DoNotSchedule", nodeAffinityPolicy: "Ignore", labelSelector: { matchLabels: { app: "web" } }, matchLabelKeys: keys }] });
  t.true(schedulePod(pod([]), infos).unschedulable);
  t.false(schedulePod(pod(["hash"]), infos).unschedulable);
});

test("ScheduleAnyway prefers the emptier domain without filtering", (t) => {
  const infos = buildNodeInfos(zonedNodes({ a1: "a", a2: "a", b1: "b" }), [makePod("old", { nodeName: "a1", labels: { app: "web" } })]);
  const result = schedulePod(spreadPod("p", { whenUnsatisfiable: "ScheduleAnyway", maxSkew: 1 }), infos, { recordScores: true, weights: { leastAllocated: 0 } });
  if (result.unschedulable) return t.fail(result.message);
  t.deepEqual(Object.keys(result.scores).sort(), ["a1", "a2", "b1"]);
  t.is(result.nodeName, "b1");
  t.true(result.scores.b1 > result.scores.a2);
});

test("the system default constraints spread a controller's pods over zones, not only nodes", (t) => {
  const infos = buildNodeInfos(zonedNodes({ a1: "a", a2: "a", b1: "b" }), [makePod("web-1", { nodeName: "a1", owner: "rs-web" })]);
  const pod = makePod("web-2", { owner: "rs-web" });
  const on = schedulePod(pod, infos, { recordScores: true, weights: { leastAllocated: 0 } });
  if (on.unschedulable) return t.fail(on.message);
  t.true(on.scores.b1 > on.scores.a2, JSON.stringify(on.scores));
  t.true(on.scores.a2 > on.scores.a1, JSON.stringify(on.scores));
  // The baseline (plugins off) spreads per node only: a2 and b1 tie.
  const off = schedulePod(pod, infos, { recordScores: true, weights: { leastAllocated: 0 }, plugins: { podTopologySpread: false } });
  if (off.unschedulable) return t.fail(off.message);
  t.is(off.scores.b1, off.scores.a2);
});

import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { assume, buildNodeInfos } from "./node-info.ts";
import { schedulePod, type ScheduleResult } from "./schedule.ts";
import type { Node, NodeInfo, Pod } from "./types.ts";

function nodeNameOf(result: ScheduleResult): string {
  if (result.unschedulable) throw new Error(`unexpectedly unschedulable: ${result.message}`);
  return result.nodeName;
}

function bigNodes(names: string[]): Node[] {
  return names.map((name) => makeNode(name, { cpu: "1000", memory: "1Ti" }));
}

// Schedules pods one after another, assuming each decision, with a tie-break that never rotates.
function placeAll(pods: Pod[], infos: NodeInfo[], weights = {}): string[] {
  return pods.map((pod) => {
    const name = nodeNameOf(schedulePod(pod, infos, { weights, tieBreak: 0 }));
    assume(infos.find((info) => info.name === name) as NodeInfo, pod);
    return name;
  });
}

test("a pod requesting more cpu than any node is unschedulable with the aggregated message", (t) => {
  const infos = buildNodeInfos([makeNode("a"), makeNode("b"), makeNode("c")], []);
  const result = schedulePod(makePod("huge", { cpu: "8" }), infos);
  t.deepEqual(result, {
    unschedulable: true,
    message: "0/3 nodes are available: 3 Insufficient cpu.",
    reasons: { "Insufficient cpu": 3 },
    nextStartIndex: 0,
  });
});

test("reasons from different nodes are counted together", (t) => {
  const notReady = { key: "node.kubernetes.io/not-ready", effect: "NoExecute" };
  const nodes = [
    makeNode("a", { memory: "1Gi" }),
    makeNode("b", { memory: "1Gi" }),
    ...["c", "d", "e"].map((name) => makeNode(name, { ready: "False", taints: [notReady] })),
  ];
  const result = schedulePod(makePod("p", { memory: "2Gi" }), buildNodeInfos(nodes, []));
  t.true(result.unschedulable);
  t.is(result.unschedulable && result.message, "0/5 nodes are available: 2 Insufficient memory, 3 node(s) had untolerated taint {node.kubernetes.io/not-ready: }.");
});

test("a not-ready node without the taint is reported as not ready", (t) => {
  const result = schedulePod(makePod("p"), buildNodeInfos([makeNode("a", { ready: "Unknown" })], []));
  t.is(result.unschedulable && result.message, "0/1 nodes are available: 1 node(s) were not ready.");
});

test("taints keep pods away unless tolerated", (t) => {
  const nodes = [makeNode("gpu", { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] }), makeNode("plain", { cpu: "1" })];
  const infos = buildNodeInfos(nodes, [makePod("busy", { nodeName: "plain", cpu: "900m" })]);
  t.is(nodeNameOf(schedulePod(makePod("p", { cpu: "200m", tolerations: [{ key: "dedicated", operator: "Exists" }] }), infos)), "gpu");
  const refused = schedulePod(makePod("p", { cpu: "200m" }), infos);
  t.is(refused.unschedulable && refused.message, "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {dedicated: gpu}.");
});

test("nodeSelector and required affinity choose among the nodes", (t) => {
  const infos = buildNodeInfos([makeNode("a", { labels: { disk: "hdd" } }), makeNode("b", { labels: { disk: "ssd" } })], []);
  t.is(nodeNameOf(schedulePod(makePod("p", { nodeSelector: { disk: "ssd" } }), infos)), "b");
  const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "disk", operator: "NotIn", values: ["ssd"] }] }] } } };
  t.is(nodeNameOf(schedulePod(makePod("p", { affinity }), infos)), "a");
  const nowhere = schedulePod(makePod("p", { nodeSelector: { disk: "nvme" } }), infos);
  t.is(nowhere.unschedulable && nowhere.message, "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.");
});

test("preferred node affinity steers the choice among feasible nodes", (t) => {
  const infos = buildNodeInfos(bigNodes(["a", "b", "c"]).map((node, i) => ({ ...node, metadata: { ...node.metadata, labels: { tier: String(i) } } })), []);
  const affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, preference: { matchExpressions: [{ key: "tier", operator: "In", values: ["2"] }] } }] } };
  t.is(nodeNameOf(schedulePod(makePod("p", { affinity }), infos, { tieBreak: 0 })), "c");
});

test("a host port conflict sends the second pod to another node", (t) => {
  const infos = buildNodeInfos([makeNode("a"), makeNode("b")], [makePod("old", { nodeName: "a", ports: [{ containerPort: 80, hostPort: 80 }] })]);
  const pod = makePod("p", { ports: [{ containerPort: 8080, hostPort: 80 }] });
  t.is(nodeNameOf(schedulePod(pod, infos, { tieBreak: 0 })), "b");
  assume(infos[1], pod);
  const third = schedulePod(makePod("q", { ports: [{ containerPort: 8080, hostPort: 80 }] }), infos);
  t.is(third.unschedulable && third.message, "0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports.");
});

test("spreading puts 3 replicas on 3 different nodes when resources are equal", (t) => {
  const replicas = ["web-1", "web-2", "web-3"].map((name) => makePod(name, { owner: "rs-web" }));
  const placed = placeAll(replicas, buildNodeInfos(bigNodes(["a", "b", "c"]), []));
  t.deepEqual([...placed].sort(), ["a", "b", "c"]);
  // Without spreading, resources this large tie and the fixed tie-break piles them on one node.
  t.deepEqual(placeAll(replicas, buildNodeInfos(bigNodes(["a", "b", "c"]), []), { podTopologySpread: 0 }), ["a", "a", "a"]);
});

test("least-allocated prefers the emptier node", (t) => {
  const infos = buildNodeInfos([makeNode("busy"), makeNode("empty")], [makePod("old", { nodeName: "busy", cpu: "2", memory: "4Gi" })]);
  const result = schedulePod(makePod("p", { cpu: "500m", memory: "512Mi" }), infos, { recordScores: true });
  t.is(nodeNameOf(result), "empty");
  t.true(!result.unschedulable && result.scores.empty > result.scores.busy);
});

test("assume makes the next pod see the used resources", (t) => {
  const infos = buildNodeInfos([makeNode("a", { cpu: "1" })], []);
  const first = makePod("first", { cpu: "1" });
  t.is(nodeNameOf(schedulePod(first, infos)), "a");
  t.is(nodeNameOf(schedulePod(makePod("second", { cpu: "1" }), infos)), "a");
  assume(infos[0], first);
  const second = schedulePod(makePod("second", { cpu: "1" }), infos);
  t.is(second.unschedulable && second.message, "0/1 nodes are available: 1 Insufficient cpu.");
});

test("equal top scores are broken by the caller's counter, deterministically", (t) => {
  const infos = buildNodeInfos(bigNodes(["a", "b", "c", "d"]), []);
  const chosen = [0, 1, 2, 3, 4].map((tieBreak) => nodeNameOf(schedulePod(makePod("bare"), infos, { tieBreak })));
  t.deepEqual(chosen, ["a", "b", "c", "d", "a"]);
  t.is(nodeNameOf(schedulePod(makePod("bare"), infos, { tieBreak: 2 })), "c");
});

test("a pod that names its node is only placed there", (t) => {
  const infos = buildNodeInfos([makeNode("a"), makeNode("b")], []);
  t.is(nodeNameOf(schedulePod(makePod("p", { nodeName: "b" }), infos)), "b");
  const missing = schedulePod(makePod("p", { nodeName: "z" }), infos);
  t.is(missing.unschedulable && missing.message, "0/2 nodes are available: 2 node(s) didn't match the requested node name.");
});

test("on large clusters only enough feasible nodes are scored, from a rotating start", (t) => {
  const names = Array.from({ length: 1000 }, (_, i) => `node-${String(i).padStart(4, "0")}`);
  const infos = buildNodeInfos(names.map((name) => makeNode(name)), []);
  const first = schedulePod(makePod("p"), infos);
  t.false(first.unschedulable);
  t.is(!first.unschedulable && first.feasibleNodes, 420);
  t.is(first.nextStartIndex, 420);
  const second = schedulePod(makePod("p"), infos, { startIndex: 900, tieBreak: 0, recordScores: true });
  t.is(second.nextStartIndex, 320);
  t.is(nodeNameOf(second), "node-0900");
  t.true(!second.unschedulable && !("node-0899" in second.scores) && "node-0319" in second.scores);
  const everything = schedulePod(makePod("p"), infos, { percentageOfNodesToScore: 100 });
  t.is(!everything.unschedulable && everything.feasibleNodes, 1000);
});

test("an unschedulable pod is checked against every node, whatever the percentage", (t) => {
  const infos = buildNodeInfos(Array.from({ length: 300 }, (_, i) => makeNode(`n${i}`)), []);
  const result = schedulePod(makePod("p", { cpu: "5" }), infos, { startIndex: 7 });
  t.is(result.unschedulable && result.message, "0/300 nodes are available: 300 Insufficient cpu.");
  t.is(result.nextStartIndex, 7);
});

test("no nodes means no decision", (t) => {
  const result = schedulePod(makePod("p"), []);
  t.is(result.unschedulable && result.message, "no nodes available to schedule pods");
});

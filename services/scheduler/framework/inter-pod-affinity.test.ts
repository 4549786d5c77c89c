import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { ERR_AFFINITY, ERR_ANTI_AFFINITY, ERR_EXISTING_ANTI_AFFINITY, interPodAffinityScores } from "./inter-pod-affinity.ts";
import { assume, buildNodeInfos, forget } from "./node-info.ts";
import { podRequestOf } from "./pod-request.ts";
import { schedulePod, type ScheduleResult } from "./schedule.ts";
import type { NodeInfo, Pod } from "./types.ts";

const HOSTNAME = "kubernetes.io/hostname";
const ZONE = "topology.kubernetes.io/zone";

function zonedNodes(layout: Record<string, string>) {
  return Object.entries(layout).map(([name, zone]) => makeNode(name, { labels: { [ZONE]: zone } }));
}

function placed(result: ScheduleResult): string {
  if (result.unschedulable) throw new Error(`unexpectedly unschedulable: ${result.message}`);
  return result.nodeName;
}

function antiAffinityPod(name: string, app: string, topologyKey = HOSTNAME, nodeName?: string): Pod {
  return makePod(name, {
    nodeName,
    labels: { app },
    affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app } }, topologyKey }] } },
  });
}

function place(infos: NodeInfo[], pod: Pod, tieBreak = 0): ScheduleResult {
  const result = schedulePod(pod, infos, { tieBreak });
  if (!result.unschedulable) assume(infos.find((info) => info.name === result.nodeName) as NodeInfo, pod);
  return result;
}

test("required anti-affinity on hostname puts one replica per node and leaves the 4th unschedulable with Kubernetes' reason", (t) => {
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "b", n3: "c" }), []);
  const nodes = [1, 2, 3].map((i) => placed(place(infos, antiAffinityPod(`web-${i}`, "web"))));
  t.deepEqual([...nodes].sort(), ["n1", "n2", "n3"]);
  const fourth = place(infos, antiAffinityPod("web-4", "web"));
  t.true(fourth.unschedulable);
  t.is(fourth.unschedulable && fourth.message, `0/3 nodes are available: 3 ${ERR_ANTI_AFFINITY}.`);
});

test("an existing pod's required anti-affinity keeps a matching pod off its domain (symmetry)", (t) => {
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "a", n3: "b" }), [antiAffinityPod("guard", "web", ZONE, "n1")]);
  const result = schedulePod(makePod("plain", { labels: { app: "web" } }), infos, { recordScores: true });
  t.is(placed(result), "n3");
  t.deepEqual(Object.keys(result.unschedulable ? {} : result.scores), ["n3"]);
  const zoneB = buildNodeInfos(zonedNodes({ n1: "a", n2: "a" }), [antiAffinityPod("guard", "web", ZONE, "n1")]);
  const refused = schedulePod(makePod("plain", { labels: { app: "web" } }), zoneB);
  t.is(refused.unschedulable && refused.message, `0/2 nodes are available: 2 ${ERR_EXISTING_ANTI_AFFINITY}.`);
  // A pod the term does not select is not affected.
  t.false(schedulePod(makePod("other", { labels: { app: "db" } }), zoneB).unschedulable);
});

function affinityTo(app: string, topologyKey: string, labels: Record<string, string> = {}, extra: Record<string, unknown> = {}): Pod {
  return makePod("client", { labels, affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app } }, topologyKey, ...extra }] } } });
}

test("required pod affinity co-locates with the selected pod's domain, and fails when none exists", (t) => {
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "b", n3: "b", n4: "c" }), [makePod("db", { nodeName: "n3", labels: { app: "db" } })]);
  const zoneResult = schedulePod(affinityTo("db", ZONE), infos, { recordScores: true });
  t.deepEqual(Object.keys(zoneResult.unschedulable ? {} : zoneResult.scores).sort(), ["n2", "n3"]);
  t.is(placed(schedulePod(affinityTo("db", HOSTNAME), infos)), "n3");
  const none = schedulePod(affinityTo("cache", ZONE), infos);
  t.is(none.unschedulable && none.message, `0/4 nodes are available: 4 ${ERR_AFFINITY}.`);
  // The first pod of a group with affinity to itself may go anywhere.
  t.false(schedulePod(affinityTo("cache", ZONE, { app: "cache" }), infos).unschedulable);
});

test("a node without the term's topology key never satisfies pod affinity", (t) => {
  const infos = buildNodeInfos([makeNode("zoned", { labels: { [ZONE]: "a" } }), makeNode("bare")], [makePod("db", { nodeName: "zoned", labels: { app: "db" } })]);
  const result = schedulePod(affinityTo("db", ZONE), infos, { recordScores: true });
  t.deepEqual(Object.keys(result.unschedulable ? {} : result.scores), ["zoned"]);
});

test("namespaces and namespaceSelector choose which namespaces' pods a term sees", (t) => {
  const db = makePod("db", { nodeName: "n2", namespace: "data", labels: { app: "db" } });
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "b" }), [db]);
  // By default a term only looks at the pod's own namespace.
  t.true(schedulePod(affinityTo("db", ZONE), infos).unschedulable);
  t.is(placed(schedulePod(affinityTo("db", ZONE, {}, { namespaces: ["data"] }), infos)), "n2");
  const labels = (name: string): Record<string, string> => (name === "data" ? { team: "storage" } : {});
  t.is(placed(schedulePod(affinityTo("db", ZONE, {}, { namespaceSelector: { matchLabels: { team: "storage" } } }), infos, { namespaceLabels: labels })), "n2");
  t.true(schedulePod(affinityTo("db", ZONE, {}, { namespaceSelector: { matchLabels: { team: "web" } } }), infos, { namespaceLabels: labels }).unschedulable);
  // An empty namespaceSelector selects every namespace.
  t.is(placed(schedulePod(affinityTo("db", ZONE, {}, { namespaceSelector: {} }), infos)), "n2");
});

test("matchLabelKeys and mismatchLabelKeys add the incoming pod's own label values to the selector", (t) => {
  const old = makePod("old", { nodeName: "n1", labels: { app: "web", hash: "v1" } });
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "b" }), [old]);
  const term = (keys: Record<string, string[]>) => ({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: "web" } }, topologyKey: HOSTNAME, ...keys }] } });
  const fresh = (keys: Record<string, string[]>) => makePod("new", { labels: { app: "web", hash: "v2" }, affinity: term(keys) });
  const plain = schedulePod(fresh({}), infos, { recordScores: true });
  t.deepEqual(Object.keys(plain.unschedulable ? {} : plain.scores), ["n2"]);
  const matchKeys = schedulePod(fresh({ matchLabelKeys: ["hash"] }), infos, { recordScores: true });
  t.deepEqual(Object.keys(matchKeys.unschedulable ? {} : matchKeys.scores).sort(), ["n1", "n2"]);
  const mismatch = schedulePod(fresh({ mismatchLabelKeys: ["hash"] }), infos, { recordScores: true });
  t.deepEqual(Object.keys(mismatch.unschedulable ? {} : mismatch.scores), ["n2"]);
});

test("preferred terms score domains both ways, and existing pods' terms count toward the incoming pod", (t) => {
  const db = makePod("db", { nodeName: "n1", labels: { app: "db" } });
  const infos = buildNodeInfos(zonedNodes({ n1: "a", n2: "a", n3: "b" }), [db]);
  const prefer = makePod("p", { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 10, podAffinityTerm: { labelSelector: { matchLabels: { app: "db" } }, topologyKey: ZONE } }] } } });
  const scores = interPodAffinityScores(podRequestOf(prefer), infos, () => undefined);
  t.deepEqual([...(scores.get(ZONE) ?? [])], [["a", 10]]);
  const avoid = makePod("q", { affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, podAffinityTerm: { labelSelector: { matchLabels: { app: "db" } }, topologyKey: ZONE } }] } } });
  t.is(placed(schedulePod(avoid, infos, { weights: { leastAllocated: 0 } })), "n3");
  // The existing pod's own preferred affinity for the incoming pod's labels pulls it in.
  const friendly = makePod("f", { nodeName: "n3", affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { app: "web" } }, topologyKey: HOSTNAME } }] } } });
  const withFriend = buildNodeInfos(zonedNodes({ n1: "a", n2: "a", n3: "b" }), [friendly]);
  const result = schedulePod(makePod("w", { labels: { app: "web" } }), withFriend, { recordScores: true, weights: { leastAllocated: 0 } });
  t.is(placed(result), "n3");
  // With the plugin off the same decision does not see the term.
  const off = schedulePod(makePod("w", { labels: { app: "web" } }), withFriend, { recordScores: true, weights: { leastAllocated: 0 }, plugins: { interPodAffinity: false } });
  t.false(off.unschedulable);
  if (!off.unschedulable) t.is(new Set(Object.values(off.scores)).size, 1);
});

test("the NodeInfo keeps its pods with affinity terms through assume and forget", (t) => {
  const [info] = buildNodeInfos([makeNode("n1")], []);
  const pod = antiAffinityPod("web-1", "web");
  assume(info, pod);
  assume(info, makePod("plain"));
  t.is(info.podsWithAffinity.length, 1);
  t.is(info.podsWithRequiredAntiAffinity.length, 1);
  forget(info, pod);
  t.is(info.podsWithAffinity.length, 0);
  t.is(info.podsWithRequiredAntiAffinity.length, 0);
});

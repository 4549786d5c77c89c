import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { assume, buildNodeInfos, forget, newNodeInfo } from "./node-info.ts";
import { schedulePod } from "./schedule.ts";
import { sharedZoneIndex } from "./zone-index.ts";

const ZONE = "topology.kubernetes.io/zone";
const nodes = () => ["a1", "a2", "b1", "c1"].map((name) => makeNode(name, { labels: { [ZONE]: name[0] } }));
const pods = () => [makePod("w1", { nodeName: "a1", owner: "rs" }), makePod("w2", { nodeName: "a2", owner: "rs" }), makePod("w3", { nodeName: "b1", owner: "rs" }), makePod("x", { nodeName: "c1", owner: "other" })];

test("buildNodeInfos links every node to one zone index that assume and forget keep current", (t) => {
  const infos = buildNodeInfos(nodes(), pods());
  const index = sharedZoneIndex(infos);
  if (!index) return t.fail("no shared index");
  t.deepEqual(["a", "b", "c"].map((zone) => index.count("rs", zone)), [2, 1, 0]);
  const extra = makePod("w4", { owner: "rs" });
  assume(infos[3], extra);
  t.is(index.count("rs", "c"), 1);
  forget(infos[3], extra);
  t.is(index.count("rs", "c"), 0);
  index.unlink(infos[0]);
  t.is(index.count("rs", "a"), 1);
  t.is(sharedZoneIndex(infos), undefined);
});

test("the default spreading scores the same from the index as from a walk over the nodes", (t) => {
  const indexed = buildNodeInfos(nodes(), pods());
  const walked = nodes().map(newNodeInfo);
  for (const pod of pods()) assume(walked.find((info) => info.name === pod.spec?.nodeName) ?? walked[0], pod);
  t.is(sharedZoneIndex(walked), undefined);
  const pod = makePod("w5", { owner: "rs" });
  const a = schedulePod(pod, indexed, { recordScores: true });
  const b = schedulePod(pod, walked, { recordScores: true });
  t.false(a.unschedulable);
  t.deepEqual(a.unschedulable ? {} : a.scores, b.unschedulable ? {} : b.scores);
  t.is(!a.unschedulable && a.nodeName, "c1");
});

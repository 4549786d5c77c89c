import test from "ava";
import { makeNode, makePod } from "./framework/fixtures.ts";
import { SchedulerCache } from "./scheduler-cache.ts";

test("the scheduler cache keeps node infos sorted by name as nodes come and go", (t) => {
  const cache = new SchedulerCache();
  for (const name of ["node-c", "node-a", "node-b"]) cache.setNode(makeNode(name));
  t.deepEqual(cache.nodeInfos.map((info) => info.name), ["node-a", "node-b", "node-c"]);
  cache.removeNode("node-b");
  t.deepEqual(cache.nodeInfos.map((info) => info.name), ["node-a", "node-c"]);
});

test("bound pods count on their node, also when the pod arrives before its node", (t) => {
  const cache = new SchedulerCache();
  cache.setPod(makePod("early", { cpu: "500m", nodeName: "node-a" }));
  cache.setNode(makeNode("node-a"));
  t.is(cache.nodeInfo("node-a")?.requested.milliCpu, 500);
  cache.setPod(makePod("late", { cpu: "250m", nodeName: "node-a" }));
  t.is(cache.nodeInfo("node-a")?.requested.milliCpu, 750);
});

test("a node update keeps the pods already counted on it", (t) => {
  const cache = new SchedulerCache();
  cache.setNode(makeNode("node-a", { cpu: "2" }));
  cache.setPod(makePod("p", { cpu: "1", nodeName: "node-a" }));
  cache.setNode(makeNode("node-a", { cpu: "4" }));
  t.like(cache.nodeInfo("node-a"), { allocatable: { milliCpu: 4000 }, requested: { milliCpu: 1000, pods: 1 } });
});

test("an assumed pod is forgotten after a failed bind but kept once the informer shows it bound", (t) => {
  const cache = new SchedulerCache();
  cache.setNode(makeNode("node-a"));
  cache.setNode(makeNode("node-b"));
  const pod = makePod("p", { cpu: "1" });
  cache.assume(pod, "node-a");
  t.true(cache.isAssumed("default/p"));
  t.is(cache.nodeInfo("node-a")?.requested.pods, 1);
  t.true(cache.forget("default/p"));
  t.is(cache.nodeInfo("node-a")?.requested.pods, 0);

  cache.assume(pod, "node-a");
  // Another scheduler won the race: the informer shows the pod on node-b before our bind fails.
  cache.setPod(makePod("p", { cpu: "1", nodeName: "node-b" }));
  t.false(cache.forget("default/p"));
  t.is(cache.nodeInfo("node-a")?.requested.pods, 0);
  t.is(cache.nodeInfo("node-b")?.requested.pods, 1);
  t.is(cache.nodeOf("default/p"), "node-b");
});

test("terminated and deleted pods stop counting", (t) => {
  const cache = new SchedulerCache();
  cache.setNode(makeNode("node-a"));
  cache.setPod(makePod("done", { cpu: "1", nodeName: "node-a" }));
  cache.setPod(makePod("gone", { cpu: "1", nodeName: "node-a" }));
  cache.setPod(makePod("done", { cpu: "1", nodeName: "node-a", phase: "Succeeded" }));
  cache.removePod("default/gone");
  t.like(cache.nodeInfo("node-a"), { requested: { milliCpu: 0, pods: 0 } });
  t.is(cache.nodeOf("default/done"), undefined);
});

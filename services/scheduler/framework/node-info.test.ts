import test from "ava";
import { makeNode, makePod } from "./fixtures.ts";
import { assume, buildNodeInfos, forget, newNodeInfo } from "./node-info.ts";

const GI = 1024 ** 3;

test("node infos count the bound pods that have not terminated, sorted by node name", (t) => {
  const nodes = [makeNode("b"), makeNode("a")];
  const pods = [
    makePod("running", { nodeName: "a", cpu: "1", memory: "1Gi", phase: "Running" }),
    makePod("pending", { nodeName: "a", cpu: "500m" }),
    makePod("done", { nodeName: "a", cpu: "2", phase: "Succeeded" }),
    makePod("failed", { nodeName: "b", cpu: "2", phase: "Failed" }),
    makePod("unbound", { cpu: "3" }),
    makePod("elsewhere", { nodeName: "gone", cpu: "3" }),
  ];
  const [a, b] = buildNodeInfos(nodes, pods);
  t.is(a.name, "a");
  t.deepEqual(a.pods.map((pod) => pod.metadata?.name), ["running", "pending"]);
  t.deepEqual(a.requested, { milliCpu: 1500, memoryBytes: GI, pods: 2 });
  t.is(b.name, "b");
  t.deepEqual(b.requested, { milliCpu: 0, memoryBytes: 0, pods: 0 });
});

test("allocatable defaults to 110 pods and falls back to capacity", (t) => {
  const node = makeNode("n", { cpu: "2", memory: "1Gi" });
  t.deepEqual(newNodeInfo(node).allocatable, { milliCpu: 2000, memoryBytes: GI, pods: 110 });
  const capacityOnly = { ...node, status: { capacity: { cpu: "3", memory: "2Gi", pods: "20" } } };
  t.deepEqual(newNodeInfo(capacityOnly).allocatable, { milliCpu: 3000, memoryBytes: 2 * GI, pods: 20 });
});

test("assume adds a pod's requests, ports and controller to the node, and forget removes them", (t) => {
  const info = newNodeInfo(makeNode("n"));
  const pod = makePod("web-1", { cpu: "250m", memory: "64Mi", owner: "rs-1", ports: [{ containerPort: 80, hostPort: 8080 }] });
  assume(info, pod);
  t.deepEqual(info.requested, { milliCpu: 250, memoryBytes: 64 * 1024 * 1024, pods: 1 });
  t.is(info.controllerPods.get("rs-1"), 1);
  t.true(info.usedPorts.has("TCP/8080"));
  t.true(forget(info, pod));
  t.deepEqual(info.requested, { milliCpu: 0, memoryBytes: 0, pods: 0 });
  t.deepEqual(info.nonZeroRequested, { milliCpu: 0, memoryBytes: 0, pods: 0 });
  t.is(info.controllerPods.size, 0);
  t.is(info.usedPorts.size, 0);
  t.is(info.pods.length, 0);
  t.false(forget(info, pod));
});

import test from "ava";
import { makeNode, makePod } from "../../scheduler/framework/fixtures.ts";
import { InvalidClusterAutoscalerConfigError, parseClusterAutoscalerConfig, type NodeGroup } from "./node-group-config.ts";
import { planScaleDown, type ScaleDownInput } from "./scale-down.ts";
import { planScaleUp, type GroupState } from "./scale-up.ts";

const group = (name: string, overrides: Partial<NodeGroup> = {}, labels: Record<string, string> = {}): NodeGroup => ({
  name, minSize: 1, maxSize: 4, template: { cpu: "8", memory: "16Gi", pods: 110, labels, taints: [] }, ...overrides,
});
const state = (g: NodeGroup, size = 1, upcoming = 0): GroupState => ({ group: g, size, upcoming });
const names = (pods: { metadata?: { name?: string | null } | null }[]) => pods.map((pod) => pod.metadata?.name);

test("scale-up adds as few template nodes as fit the pending pods", (t) => {
  const nodes = [makeNode("node-1", { cpu: "2" })];
  const pending = ["a", "b", "c", "d"].map((name) => makePod(name, { cpu: "2500m", owner: "rs" }));
  const plan = planScaleUp({ pending, nodes, pods: [], groups: [state(group("default", {}, {}))] });
  t.deepEqual(plan.increase && { group: plan.increase.group, delta: plan.increase.delta, from: plan.increase.from, to: plan.increase.to }, { group: "default", delta: 2, from: 1, to: 3 });
  t.deepEqual(names(plan.increase?.pods ?? []), ["a", "b", "c", "d"]);
  t.deepEqual(plan.noScaleUp, []);
});

test("scale-up stays within the group's max and says so for the pods left over", (t) => {
  const pending = ["a", "b", "c"].map((name) => makePod(name, { cpu: "5", owner: "rs" }));
  const plan = planScaleUp({ pending, nodes: [], pods: [], groups: [state(group("g", { maxSize: 3 }), 1)] });
  t.is(plan.increase?.delta, 2);
  t.deepEqual(names(plan.noScaleUp.map((entry) => entry.pod)), ["c"]);
  t.is(plan.noScaleUp[0].message, "pod didn't trigger scale-up: 1 max node group size reached");
});

test("a pod whose nodeSelector no group satisfies triggers no scale-up, with the scheduler's reason", (t) => {
  const pending = [makePod("picky", { cpu: "100m", nodeSelector: { disk: "ssd" } })];
  const plan = planScaleUp({ pending, nodes: [], pods: [], groups: [state(group("a")), state(group("b", {}, { disk: "hdd" }))] });
  t.is(plan.increase, undefined);
  t.is(plan.noScaleUp[0].message, "pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector");
});

test("scale-up picks the group whose labels and taints the pod accepts", (t) => {
  const gpu = group("gpu", {}, { accelerator: "yes" });
  const tainted = group("tainted", { template: { ...group("x").template, taints: [{ key: "dedicated", value: "batch", effect: "NoSchedule" }] } });
  const pending = [makePod("p", { cpu: "1", nodeSelector: { accelerator: "yes" } })];
  t.is(planScaleUp({ pending, nodes: [], pods: [], groups: [state(tainted), state(gpu)] }).increase?.group, "gpu");
  const tolerating = [makePod("q", { cpu: "1", tolerations: [{ key: "dedicated", operator: "Equal", value: "batch", effect: "NoSchedule" }] })];
  const plan = planScaleUp({ pending: tolerating, nodes: [], pods: [], groups: [state(tainted)] });
  t.is(plan.increase?.group, "tainted");
  const refused = planScaleUp({ pending: [makePod("r", { cpu: "1" })], nodes: [], pods: [], groups: [state(tainted)] });
  t.regex(refused.noScaleUp[0].message, /^pod didn't trigger scale-up: 1 node\(s\) had untolerated taint/);
});

test("pods that fit an existing node or a node asked for already add no node", (t) => {
  const nodes = [makeNode("node-1", { cpu: "4" })];
  const pending = [makePod("fits", { cpu: "1" }), makePod("upcoming", { cpu: "6" })];
  const plan = planScaleUp({ pending, nodes, pods: [], groups: [state(group("g"), 2, 1)] });
  t.is(plan.increase, undefined);
  t.deepEqual(names(plan.schedulable), ["fits"]);
  t.deepEqual(names(plan.waitingForUpcoming), ["upcoming"]);
});

const downInput = (overrides: Partial<ScaleDownInput>): ScaleDownInput => ({
  now: 100_000,
  nodes: [makeNode("node-1", { cpu: "4" }), makeNode("node-2", { cpu: "4" })],
  pods: [],
  budgets: [],
  groupOfNode: new Map([["node-1", { name: "g", minSize: 1, size: 2 }], ["node-2", { name: "g", minSize: 1, size: 2 }]]),
  unneededSince: new Map(),
  threshold: 0.5,
  unneededMs: 10_000,
  delayAfterAddMs: 0,
  skipNodesWithLocalStorage: true,
  ...overrides,
});

test("an under-utilized node is unneeded at once and removed after the unneeded time", (t) => {
  const pods = [makePod("busy", { cpu: "3", nodeName: "node-1", owner: "rs", phase: "Running" }), makePod("light", { cpu: "500m", nodeName: "node-2", owner: "rs", phase: "Running" })];
  const first = planScaleDown(downInput({ pods }));
  t.deepEqual([...first.unneeded], [["node-2", 100_000]]);
  t.is(first.unremovable.get("node-1"), "NotUnderutilized");
  t.is(first.remove, undefined);
  const later = planScaleDown(downInput({ pods, now: 110_000, unneededSince: first.unneeded }));
  t.is(later.remove?.node, "node-2");
  t.deepEqual(names(later.remove?.pods ?? []), ["light"]);
});

test("a node whose pods cannot go elsewhere is never removed", (t) => {
  const pods = [makePod("busy", { cpu: "3800m", nodeName: "node-1", owner: "rs", phase: "Running" }), makePod("light", { cpu: "1", nodeName: "node-2", owner: "rs", phase: "Running" })];
  const plan = planScaleDown(downInput({ pods, now: 1_000_000, unneededSince: new Map([["node-2", 0]]) }));
  t.is(plan.unremovable.get("node-2"), "NoPlaceToMovePods");
  t.is(plan.remove, undefined);
  const bare = planScaleDown(downInput({ pods: [makePod("bare", { cpu: "100m", nodeName: "node-2", phase: "Running" })] }));
  t.is(bare.unremovable.get("node-2"), "NotReplicated");
});

test("scale-down honours the group's min, the PDBs, the delay after a scale-up and nodes of no group", (t) => {
  const atMin = new Map([["node-1", { name: "g", minSize: 2, size: 2 }], ["node-2", { name: "g", minSize: 2, size: 2 }]]);
  t.is(planScaleDown(downInput({ groupOfNode: atMin, unneededSince: new Map([["node-1", 0], ["node-2", 0]]) })).remove, undefined);
  const pod = { ...makePod("guarded", { cpu: "100m", nodeName: "node-2", owner: "rs", phase: "Running" }) };
  pod.metadata = { ...pod.metadata, labels: { app: "x" } };
  const budget = { metadata: { name: "pdb", namespace: "default" }, spec: { selector: { matchLabels: { app: "x" } } }, status: { disruptionsAllowed: 0 } };
  const guarded = planScaleDown(downInput({ pods: [pod], budgets: [budget], groupOfNode: new Map([["node-2", { name: "g", minSize: 0, size: 2 }]]) }));
  t.is(guarded.unremovable.get("node-2"), "NotEnoughPdb");
  t.false(guarded.unneeded.has("node-1"), "node-1 belongs to no group");
  const recent = planScaleDown(downInput({ unneededSince: new Map([["node-1", 0]]), lastScaleUpAt: 99_000, delayAfterAddMs: 5000 }));
  t.is(recent.remove, undefined);
});

test("the node group configuration is refused field by field", (t) => {
  const good = { nodeGroups: [{ name: "default", minSize: 1, maxSize: 3, template: { cpu: "4", memory: "8Gi" } }], scaleDownUnneededTime: "30s" };
  const config = parseClusterAutoscalerConfig(good);
  t.is(config.scaleDownUnneededMs, 30_000);
  t.is(config.scaleDownUtilizationThreshold, 0.5);
  t.is(config.nodeGroups[0].template.pods, 110);
  const refused = (value: unknown) => t.throws(() => parseClusterAutoscalerConfig(value), { instanceOf: InvalidClusterAutoscalerConfigError })?.message;
  t.is(refused({ nodeGroups: [{ ...good.nodeGroups[0], minSize: 4 }] }), "nodeGroups[0].maxSize: Invalid value: 3: must be >= minSize (4)");
  t.regex(refused({ nodeGroups: [{ ...good.nodeGroups[0], template: { cpu: "x", memory: "1Gi" } }] }) ?? "", /^nodeGroups\[0\]\.template\.cpu: /);
  t.regex(refused({ ...good, scaleDownUtilizationThreshold: 2 }) ?? "", /^scaleDownUtilizationThreshold: /);
  t.regex(refused({ nodeGroups: [{ ...good.nodeGroups[0], template: { cpu: "1", memory: "1Gi", taints: [{ key: "k", effect: "Sometimes" }] } }] }) ?? "", /taints\[0\]\.effect: Invalid value: "Sometimes": supported values: "NoSchedule"/);
  t.regex(refused({ nodeGroups: [] }) ?? "", /^nodeGroups: /);
});

import test from "ava";
import { newDaemonPod, targetNodeName } from "./daemon-pod.ts";
import { planDaemonSet, rollingCounts } from "./daemon-set-plan.ts";
import { daemonSetStatus } from "./daemon-set-status.ts";
import { eligibilityOf } from "./node-eligibility.ts";
import type { DaemonSet, Node, Pod } from "./types.ts";

const NOW = new Date("2026-01-01T00:10:00Z");

function daemonSet(spec: Record<string, unknown> = {}, strategy?: Record<string, unknown>): DaemonSet {
  return {
    metadata: { name: "agent", namespace: "default", uid: "ds-uid", generation: 2 },
    spec: {
      selector: { matchLabels: { app: "agent" } },
      template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "agent:1" }], ...spec } },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: { intVal: 1 }, maxSurge: { intVal: 0 }, ...strategy } },
    },
  };
}

function node(name: string, extra: { labels?: Record<string, string>; taints?: { key: string; effect: string; value?: string }[]; unschedulable?: boolean } = {}): Node {
  return { metadata: { name, labels: { "kubernetes.io/hostname": name, ...extra.labels } }, spec: { taints: extra.taints ?? [], unschedulable: extra.unschedulable ?? false } };
}

let serial = 0;
function pod(nodeName: string, hash: string, state: { ready?: boolean; phase?: string; deleting?: boolean; created?: string } = {}): Pod {
  serial++;
  return {
    metadata: {
      name: `agent-${serial}`, uid: `pod-${serial}`, namespace: "default",
      labels: { app: "agent", "controller-revision-hash": hash },
      creationTimestamp: state.created ?? `2026-01-01T00:00:${String(serial % 60).padStart(2, "0")}Z`,
      ...(state.deleting ? { deletionTimestamp: "2026-01-01T00:09:00Z" } : {}),
    },
    spec: { nodeName },
    status: {
      phase: state.phase ?? "Running",
      conditions: [{ type: "Ready", status: state.ready === false ? "False" : "True", lastTransitionTime: "2026-01-01T00:00:00Z" }],
    },
  };
}

const names = (pods: readonly Pod[]) => pods.map((item) => item.metadata?.name).sort();

test("daemonset eligibility follows nodeSelector, required node affinity and nodeName", (t) => {
  const bySelector = eligibilityOf(daemonSet({ nodeSelector: { role: "edge" } }));
  t.true(bySelector(node("a", { labels: { role: "edge" } })).shouldRun);
  t.deepEqual(bySelector(node("b")), { shouldRun: false, shouldContinueRunning: false });
  const byAffinity = eligibilityOf(daemonSet({
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "zone", operator: "In", values: ["z1"] }] }] } } },
  }));
  t.true(byAffinity(node("a", { labels: { zone: "z1" } })).shouldRun);
  t.false(byAffinity(node("b", { labels: { zone: "z2" } })).shouldContinueRunning);
  t.false(eligibilityOf(daemonSet({ nodeName: "a" }))(node("b")).shouldRun);
});

test("daemonset eligibility: an untolerated NoSchedule taint keeps new pods off, NoExecute removes them, daemon tolerations cover node conditions", (t) => {
  const eligibility = eligibilityOf(daemonSet());
  t.deepEqual(eligibility(node("a", { taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] })), { shouldRun: false, shouldContinueRunning: true });
  t.deepEqual(eligibility(node("a", { taints: [{ key: "dedicated", value: "db", effect: "NoExecute" }] })), { shouldRun: false, shouldContinueRunning: false });
  t.true(eligibility(node("a", { taints: [{ key: "dedicated", effect: "PreferNoSchedule" }] })).shouldRun);
  for (const key of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) t.true(eligibility(node("a", { taints: [{ key, effect: "NoExecute" }] })).shouldRun, key);
  for (const key of ["node.kubernetes.io/disk-pressure", "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable"]) {
    t.true(eligibility(node("a", { taints: [{ key, effect: "NoSchedule" }] })).shouldRun, key);
  }
  // A cordoned node keeps (and gets) its daemon pod.
  t.true(eligibility(node("a", { unschedulable: true })).shouldRun);
  const networkUnavailable = node("a", { taints: [{ key: "node.kubernetes.io/network-unavailable", effect: "NoSchedule" }] });
  t.false(eligibility(networkUnavailable).shouldRun);
  t.true(eligibilityOf(daemonSet({ hostNetwork: true }))(networkUnavailable).shouldRun);
  const tolerant = eligibilityOf(daemonSet({ tolerations: [{ key: "dedicated", operator: "Equal", value: "db", effect: "NoSchedule" }] }));
  t.true(tolerant(node("a", { taints: [{ key: "dedicated", value: "db", effect: "NoSchedule" }] })).shouldRun);
});

test("a daemon pod is pinned to its node by a matchFields affinity, keeps the template's terms and carries the revision labels", (t) => {
  const set = daemonSet({
    affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "zone", operator: "In", values: ["z1"] }] }] } } },
  });
  const made = newDaemonPod(set, "worker-1", "abc");
  const terms = made.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  t.deepEqual(terms, [{ matchExpressions: [{ key: "zone", operator: "In", values: ["z1"] }], matchFields: [{ key: "metadata.name", operator: "In", values: ["worker-1"] }] }]);
  t.is(made.spec?.nodeName, undefined);
  t.is(targetNodeName(made), "worker-1");
  t.deepEqual(made.metadata?.labels, { app: "agent", "controller-revision-hash": "abc", "pod-template-generation": "2" });
  t.is(made.metadata?.ownerReferences?.[0]?.kind, "DaemonSet");
  t.true((made.spec?.tolerations ?? []).some((item) => item.key === "node.kubernetes.io/unschedulable" && item.effect === "NoSchedule" && item.operator === "Exists"));
  t.is(made.spec?.tolerations?.length, 6);
});

test("daemonset manage creates a pod on each eligible node, deletes pods on ineligible or vanished nodes and extra pods", (t) => {
  const set = daemonSet({ nodeSelector: { agent: "yes" } });
  const nodes = [node("a", { labels: { agent: "yes" } }), node("b", { labels: { agent: "yes" } }), node("c"), node("d", { labels: { agent: "yes" } })];
  const onC = pod("c", "h1");
  const onGone = pod("gone", "h1");
  const oldest = pod("d", "h1", { created: "2026-01-01T00:00:00Z" });
  const extra = pod("d", "h1", { created: "2026-01-01T00:05:00Z" });
  const onA = pod("a", "h1");
  const plan = planDaemonSet({ daemonSet: set, nodes, pods: [onA, onC, onGone, oldest, extra], hash: "h1", now: NOW });
  t.deepEqual(plan.create, ["b"]);
  t.deepEqual(names(plan.delete), names([onC, onGone, extra]));
});

test("daemonset manage replaces a failed pod unless its node is backing off", (t) => {
  const failed = pod("a", "h1", { phase: "Failed" });
  const plan = planDaemonSet({ daemonSet: daemonSet(), nodes: [node("a")], pods: [failed], hash: "h1", now: NOW });
  t.deepEqual(names(plan.delete), names([failed]));
  t.deepEqual(names(plan.failed), names([failed]));
  const waiting = planDaemonSet({ daemonSet: daemonSet(), nodes: [node("a")], pods: [failed], hash: "h1", now: NOW, inBackoff: () => true });
  t.deepEqual(waiting.delete, []);
  t.deepEqual(waiting.backingOff, ["a"]);
});

test("daemonset rolling update with maxUnavailable 1 replaces one node at a time", (t) => {
  const nodes = ["a", "b", "c"].map((name) => node(name));
  const old = nodes.map((item) => pod(item.metadata?.name ?? "", "h1"));
  const first = planDaemonSet({ daemonSet: daemonSet(), nodes, pods: old, hash: "h2", now: NOW });
  t.deepEqual(first.create, []);
  t.deepEqual(names(first.delete), names([old[0]]));
  // The first node's old pod is going: nothing else is touched until its new pod is available.
  const deleting = { ...old[0], metadata: { ...old[0].metadata, deletionTimestamp: "2026-01-01T00:09:00Z" } };
  t.deepEqual(planDaemonSet({ daemonSet: daemonSet(), nodes, pods: [deleting, old[1], old[2]], hash: "h2", now: NOW }).delete, []);
  const starting = pod("a", "h2", { ready: false });
  t.deepEqual(planDaemonSet({ daemonSet: daemonSet(), nodes, pods: [starting, old[1], old[2]], hash: "h2", now: NOW }).delete, []);
  const ready = pod("a", "h2");
  t.deepEqual(names(planDaemonSet({ daemonSet: daemonSet(), nodes, pods: [ready, old[1], old[2]], hash: "h2", now: NOW }).delete), names([old[1]]));
});

test("daemonset rolling update deletes unavailable old pods at once and honours a percent maxUnavailable", (t) => {
  const nodes = ["a", "b", "c", "d"].map((name) => node(name));
  const broken = pod("a", "h1", { ready: false });
  const old = [broken, pod("b", "h1"), pod("c", "h1"), pod("d", "h1")];
  t.deepEqual(names(planDaemonSet({ daemonSet: daemonSet(), nodes, pods: old, hash: "h2", now: NOW }).delete), names([broken, old[1]]));
  const half = daemonSet({}, { maxUnavailable: { strVal: "50%" } });
  t.is(planDaemonSet({ daemonSet: half, nodes, pods: old.slice(1).concat(pod("a", "h1")), hash: "h2", now: NOW }).delete.length, 2);
  t.deepEqual(rollingCounts(half, 3), { desired: 3, maxSurge: 0, maxUnavailable: 2 });
  t.deepEqual(rollingCounts(daemonSet({}, { maxUnavailable: { intVal: 0 }, maxSurge: { intVal: 0 } }), 3).maxUnavailable, 1);
});

test("daemonset rolling update with maxSurge starts new pods beside old ones and deletes the old once the new is available", (t) => {
  const surge = daemonSet({}, { maxUnavailable: { intVal: 0 }, maxSurge: { intVal: 1 } });
  const nodes = ["a", "b"].map((name) => node(name));
  const oldA = pod("a", "h1");
  const oldB = pod("b", "h1");
  const first = planDaemonSet({ daemonSet: surge, nodes, pods: [oldA, oldB], hash: "h2", now: NOW });
  t.deepEqual(first.create, ["a"]);
  t.deepEqual(first.delete, []);
  const newA = pod("a", "h2", { ready: false });
  // Surge pod not available yet: it holds the one surge slot, and both old pods stay.
  const waiting = planDaemonSet({ daemonSet: surge, nodes, pods: [oldA, newA, oldB], hash: "h2", now: NOW });
  t.deepEqual([waiting.create, waiting.delete], [[], []]);
  const readyA = pod("a", "h2");
  const next = planDaemonSet({ daemonSet: surge, nodes, pods: [oldA, readyA, oldB], hash: "h2", now: NOW });
  // As in Kubernetes, a node whose new pod is available frees its surge slot for the next node.
  t.deepEqual(names(next.delete), names([oldA]));
  t.deepEqual(next.create, ["b"]);
});

test("daemonset OnDelete leaves old pods until they are deleted, then recreates them from the new template", (t) => {
  const onDelete: DaemonSet = { ...daemonSet(), spec: { ...daemonSet().spec, updateStrategy: { type: "OnDelete" } } };
  const nodes = [node("a"), node("b")];
  const plan = planDaemonSet({ daemonSet: onDelete, nodes, pods: [pod("a", "h1")], hash: "h2", now: NOW });
  t.deepEqual(plan.create, ["b"]);
  t.deepEqual(plan.delete, []);
});

test("daemonset status counts desired, current, ready, available, updated, misscheduled and unavailable nodes", (t) => {
  const set = daemonSet({ nodeSelector: { agent: "yes" } }, {});
  const nodes = [node("a", { labels: { agent: "yes" } }), node("b", { labels: { agent: "yes" } }), node("c", { labels: { agent: "yes" } }), node("d"), node("e", { labels: { agent: "yes" } })];
  const pods = [pod("a", "h2"), pod("b", "h1"), pod("c", "h2", { ready: false }), pod("d", "h1")];
  const status = daemonSetStatus(set, nodes, pods, "h2", 0, NOW);
  t.like(status, {
    desiredNumberScheduled: 4, currentNumberScheduled: 3, numberReady: 2, numberAvailable: 2, numberUnavailable: 2,
    updatedNumberScheduled: 2, numberMisscheduled: 1, observedGeneration: 2, collisionCount: 0,
  });
  const slow = daemonSet({ nodeSelector: { agent: "yes" } });
  slow.spec = { ...slow.spec, minReadySeconds: 3600 };
  t.is(daemonSetStatus(slow, nodes, pods, "h2", 0, NOW).numberAvailable, 0);
});

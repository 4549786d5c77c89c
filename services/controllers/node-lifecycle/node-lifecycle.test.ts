import test from "ava";
import type { troupe } from "../../../proto/gen/troupe.js";
import type { Pod } from "../replicaset/types.ts";
import { nodeHealth, type Node } from "./node-health.ts";
import { nodeUpdates, type Taint } from "./node-updates.ts";
import { resolveNodeLifecycleOptions } from "./options.ts";
import { podsToEvict } from "./taint-eviction.ts";

type Toleration = troupe.v1.Toleration.$Properties;

const at = (seconds: number) => new Date(Date.parse("2026-11-21T10:00:00Z") + seconds * 1000);
const GRACE_MS = 4000;

function node(ready = "True", taints: Taint[] = []): Node {
  return {
    metadata: { name: "n1", creationTimestamp: "2026-11-21T09:00:00Z" },
    spec: { taints },
    status: {
      conditions: [
        { type: "Ready", status: ready, reason: "KubeletReady", lastHeartbeatTime: "2026-11-21T10:00:00Z", lastTransitionTime: "2026-11-21T09:00:00Z" },
        { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory" },
        { type: "NetworkUnavailable", status: "False" },
      ],
    },
  };
}

function pod(name: string, tolerations: Toleration[] = []): Pod {
  return { metadata: { name }, spec: { nodeName: "n1", tolerations }, status: { phase: "Running" } };
}

function applied(target: Node, now: Date): Node {
  const health = nodeHealth(target, undefined, now, GRACE_MS);
  const update = nodeUpdates(target, health, now);
  return { ...target, spec: { ...target.spec, taints: update.taints ?? target.spec?.taints }, status: { ...target.status, conditions: update.conditions ?? target.status?.conditions } };
}

test("a node is healthy within the grace period and Unknown once heartbeats stop for longer", (t) => {
  const healthy = node();
  t.is(nodeHealth(healthy, at(0), at(3), GRACE_MS), "Ready");
  t.is(nodeHealth(healthy, at(0), at(4), GRACE_MS), "Ready");
  t.is(nodeHealth(healthy, at(0), at(4.001), GRACE_MS), "Unknown");
  t.is(nodeHealth(node("False"), at(0), at(1), GRACE_MS), "NotReady", "the kubelet's own Ready=False");
  const fresh = { ...node(), metadata: { creationTimestamp: "2026-11-21T10:00:00Z" } };
  t.is(nodeHealth(fresh, undefined, at(2), GRACE_MS), "Ready", "a new node gets the grace period from its creation");
  t.is(nodeHealth(fresh, undefined, at(5), GRACE_MS), "Unknown");
});

test("missed heartbeats set kubelet conditions to Unknown and taint the node unreachable", (t) => {
  const update = nodeUpdates(node(), "Unknown", at(10));
  t.like(update.conditions?.[0], { type: "Ready", status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting node status.", lastTransitionTime: "2026-11-21T10:00:10Z", lastHeartbeatTime: "2026-11-21T10:00:00Z" });
  t.like(update.conditions?.[1], { type: "MemoryPressure", status: "Unknown" });
  t.like(update.conditions?.[2], { type: "NetworkUnavailable", status: "False" }, "conditions the kubelet does not post are left alone");
  t.deepEqual(update.taints, [
    { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unreachable", effect: "NoExecute", timeAdded: "2026-11-21T10:00:10Z" },
  ]);
});

test("an unknown node already marked is left as it is, keeping the taint's timeAdded", (t) => {
  const marked = { ...node(), spec: { taints: nodeUpdates(node(), "Unknown", at(10)).taints } };
  marked.status = { conditions: nodeUpdates(node(), "Unknown", at(10)).conditions };
  t.deepEqual(nodeUpdates(marked, "Unknown", at(30)), {});
});

test("a node that never posted status gets Ready Unknown with NodeStatusNeverUpdated", (t) => {
  const silent: Node = { metadata: { name: "n1", creationTimestamp: "2026-11-21T09:00:00Z" }, status: {} };
  t.like(nodeUpdates(silent, "Unknown", at(0)).conditions?.[0], { type: "Ready", status: "Unknown", reason: "NodeStatusNeverUpdated", lastHeartbeatTime: "2026-11-21T09:00:00Z" });
});

test("a node reporting not ready is tainted not-ready instead of unreachable, and its conditions are the kubelet's", (t) => {
  const unreachable = nodeUpdates(node(), "Unknown", at(0)).taints ?? [];
  const update = nodeUpdates(node("False", [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }, ...unreachable]), "NotReady", at(5));
  t.is(update.conditions, undefined);
  t.deepEqual(update.taints, [
    { key: "dedicated", value: "gpu", effect: "NoSchedule" },
    { key: "node.kubernetes.io/not-ready", effect: "NoSchedule" },
    { key: "node.kubernetes.io/not-ready", effect: "NoExecute", timeAdded: "2026-11-21T10:00:05Z" },
  ]);
});

test("recovery removes the node's unreachable taints, keeps others, and restores the Ready it set to Unknown", (t) => {
  const down = applied({ ...node(), spec: { taints: [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }] } }, at(3600));
  t.is(down.spec?.taints?.length, 3);
  const update = nodeUpdates(down, nodeHealth(down, at(3601), at(3602), GRACE_MS), at(3602));
  t.deepEqual(update.taints, [{ key: "dedicated", value: "gpu", effect: "NoSchedule" }]);
  t.like(update.conditions?.[0], { type: "Ready", status: "True", lastTransitionTime: "2026-11-21T11:00:02Z" });
  t.like(update.conditions?.[1], { type: "MemoryPressure", status: "Unknown" }, "pressure is left for the kubelet to report");
  t.deepEqual(nodeUpdates(node(), "Ready", at(0)), {}, "a healthy node needs nothing");
});

const unreachable: Taint[] = [
  { key: "node.kubernetes.io/unreachable", effect: "NoSchedule" },
  { key: "node.kubernetes.io/unreachable", effect: "NoExecute", timeAdded: "2026-11-21T10:00:00Z" },
];

test("pods without tolerations leave an unreachable node after the default toleration of 5 seconds", (t) => {
  t.is(resolveNodeLifecycleOptions().defaultTolerationSeconds, 5);
  const pods = [pod("a"), pod("b")];
  t.deepEqual(podsToEvict(unreachable, pods, at(4)), { evict: [], recheckAfterMs: 1000 });
  t.deepEqual(podsToEvict(unreachable, pods, at(5)).evict.map((p) => p.metadata?.name), ["a", "b"]);
  t.deepEqual(podsToEvict(unreachable, pods, at(1), { defaultTolerationSeconds: 1 }).evict.length, 2);
});

test("a pod's own tolerationSeconds replaces the default, and a toleration without seconds stays forever", (t) => {
  const patient = pod("patient", [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }]);
  const forever = pod("forever", [{ operator: "Exists" }]);
  const impatient = pod("impatient", [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 0 }]);
  const pods = [patient, forever, impatient];
  t.deepEqual(podsToEvict(unreachable, pods, at(0)), { evict: [impatient], recheckAfterMs: 60_000 });
  t.deepEqual(podsToEvict(unreachable, pods, at(59)).evict, [impatient]);
  t.deepEqual(podsToEvict(unreachable, pods, at(60)).evict, [patient, impatient]);
});

test("other NoExecute taints evict untolerating pods at once; NoSchedule taints and finished pods evict nothing", (t) => {
  const maintenance: Taint[] = [{ key: "maintenance", value: "true", effect: "NoExecute", timeAdded: "2026-11-21T10:00:00Z" }];
  const tolerant = pod("tolerant", [{ key: "maintenance", operator: "Equal", value: "true", effect: "NoExecute" }]);
  const wrongValue = pod("wrong-value", [{ key: "maintenance", operator: "Equal", value: "false", effect: "NoExecute" }]);
  const finished: Pod = { ...pod("done"), status: { phase: "Succeeded" } };
  t.deepEqual(podsToEvict(maintenance, [tolerant, wrongValue, finished], at(0)).evict, [wrongValue]);
  t.deepEqual(podsToEvict([unreachable[0]], [pod("a")], at(100)), { evict: [], recheckAfterMs: undefined });
});

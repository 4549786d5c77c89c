import test from "ava";
import { makePod } from "./framework/fixtures.ts";
import type { Pod } from "./framework/mod.ts";
import { isPendingFor, schedulingPropertiesChanged, withUnschedulableCondition } from "./pod-state.ts";

const now = new Date("2026-11-02T10:00:00.123Z");

test("a pod is pending for a scheduler when unassigned, its own, alive and unfinished", (t) => {
  const pod = makePod("p");
  t.true(isPendingFor(pod, "default-scheduler"));
  t.true(isPendingFor({ ...pod, spec: { ...pod.spec, schedulerName: "default-scheduler" } }, "default-scheduler"));
  t.false(isPendingFor({ ...pod, spec: { ...pod.spec, schedulerName: "other" } }, "default-scheduler"));
  t.false(isPendingFor(makePod("p", { nodeName: "node-a" }), "default-scheduler"));
  t.false(isPendingFor(makePod("p", { phase: "Failed" }), "default-scheduler"));
  t.false(isPendingFor({ ...pod, metadata: { ...pod.metadata, deletionTimestamp: "2026-11-02T10:00:00Z" } }, "default-scheduler"));
});

test("status and resourceVersion changes are not scheduling changes, spec and label changes are", (t) => {
  const pod: Pod = { ...makePod("p"), metadata: { ...makePod("p").metadata, resourceVersion: "5" } };
  const statusOnly = withUnschedulableCondition(pod, "0/1 nodes are available: 1 Insufficient cpu.", now) as Pod;
  t.false(schedulingPropertiesChanged(pod, { ...statusOnly, metadata: { ...pod.metadata, resourceVersion: "6" } }));
  t.true(schedulingPropertiesChanged(pod, makePod("p", { cpu: "1" })));
  t.true(schedulingPropertiesChanged(pod, { ...pod, metadata: { ...pod.metadata, labels: { tier: "web" } } }));
});

test("the unschedulable condition is written only when its message changes", (t) => {
  const first = withUnschedulableCondition(makePod("p"), "0/3 nodes are available: 3 Insufficient cpu.", now);
  t.deepEqual(first?.status?.conditions, [
    { type: "PodScheduled", status: "False", reason: "Unschedulable", message: "0/3 nodes are available: 3 Insufficient cpu.", lastProbeTime: "", lastTransitionTime: "2026-11-02T10:00:00Z" },
  ]);
  t.is(withUnschedulableCondition(first as Pod, "0/3 nodes are available: 3 Insufficient cpu.", now), undefined);
  const later = new Date("2026-11-02T10:05:00Z");
  const changed = withUnschedulableCondition(first as Pod, "0/4 nodes are available: 4 Insufficient cpu.", later);
  t.like(changed?.status?.conditions?.[0], { message: "0/4 nodes are available: 4 Insufficient cpu.", lastTransitionTime: "2026-11-02T10:00:00Z" });
  t.is(changed?.status?.phase, "Pending");
});

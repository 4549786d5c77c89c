import test from "ava";
import { parse } from "yaml";
import { statusYaml, type GroupStatusInput } from "./autoscaler-status.ts";

const group = (overrides: Partial<GroupStatusInput> = {}): GroupStatusInput => ({ name: "default", minSize: 0, maxSize: 4, target: 2, ready: 1, upcoming: 1, unready: 0, unneeded: 0, ...overrides });

test("the status ConfigMap says what the Kubernetes CA's says: health, node counts, scale-up and scale-down state", (t) => {
  const status = parse(statusYaml({ groups: [group()], registeredNodes: 3, readyNodes: 3, scaleUpInProgress: true, lastScaleUpAt: "2026-12-07T10:00:00Z" }, "2026-12-07T10:00:01Z"));
  t.is(status.autoscalerStatus, "Running");
  t.deepEqual(status.clusterWide.scaleUp, { status: "InProgress", lastTransitionTime: "2026-12-07T10:00:00Z" });
  t.deepEqual(status.clusterWide.health.nodeCounts.registered, { total: 3, ready: 3, notStarted: 1 });
  t.deepEqual(status.nodeGroups[0].health, { status: "Healthy", nodeCounts: { registered: { total: 1, ready: 1, notStarted: 1, unready: 0 } }, cloudProviderTarget: 2, minSize: 0, maxSize: 4 });
  t.is(status.nodeGroups[0].scaleUp.status, "InProgress");
});

test("a group whose provider does not answer is Unhealthy with the reason; candidates show in scale-down", (t) => {
  const status = parse(statusYaml({ groups: [group({ upcoming: 0, unneeded: 1 }), group({ name: "cloud", providerError: "no provider answered" })], registeredNodes: 2, readyNodes: 2, scaleUpInProgress: false }, "t"));
  t.is(status.clusterWide.health.status, "Unhealthy");
  t.deepEqual(status.clusterWide.scaleDown, { status: "CandidatesPresent", candidates: 1 });
  t.deepEqual([status.nodeGroups[1].health.status, status.nodeGroups[1].health.message], ["Unhealthy", "no provider answered"]);
  t.is(status.nodeGroups[0].scaleDown.status, "CandidatesPresent");
});

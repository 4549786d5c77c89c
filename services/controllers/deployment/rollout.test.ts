import test from "ava";
import { applyPlan, deployment, replicaSet } from "./deployment-fixtures.ts";
import { countOldPodsRunning } from "./recreate.ts";
import { planRollout } from "./rollout.ts";
import type { Pod, ReplicaSet } from "./types.ts";
import { DeploymentAnnotations } from "./well-known.ts";

const sizes = (...replicaSets: ReplicaSet[]) => replicaSets.map((replicaSet) => replicaSet.spec?.replicas);

test("a deployment without a replicaset for its template asks for one to be created", (t) => {
  const owner = deployment();
  t.deepEqual(planRollout(owner, undefined, []), { createNewReplicaSet: true, scale: [] });
});

test("a rolling update of 3 replicas with 25%/25% surges one pod at a time and never drops below 3 available", (t) => {
  const owner = deployment({ replicas: 3 });
  const old = replicaSet(owner, { replicas: 3, image: "web:1", created: "2026-11-21T09:00:00Z" });
  const current = replicaSet(owner, { replicas: 0 });
  const steps: (number | null | undefined)[][] = [];
  for (let step = 0; step < 10; step++) {
    const plan = planRollout(owner, current, [old]);
    if (plan.scale.length === 0) break;
    applyPlan(plan, [old, current], true);
    steps.push(sizes(current, old));
    t.true((current.spec!.replicas ?? 0) + (old.spec!.replicas ?? 0) <= 4, "never more than desired + maxSurge");
    t.true((current.status!.availableReplicas ?? 0) + (old.status!.availableReplicas ?? 0) >= 3, "never fewer than desired - maxUnavailable");
  }
  t.deepEqual(steps, [[1, 3], [1, 2], [2, 2], [2, 1], [3, 1], [3, 0]]);
  t.is(current.metadata?.annotations?.[DeploymentAnnotations.desiredReplicas], "3");
  t.is(old.metadata?.annotations?.[DeploymentAnnotations.maxReplicas], "4");
});

test("a rolling update of 10 replicas surges 3 and then drops 5 old pods (25% rounds up for surge, down for unavailable)", (t) => {
  const owner = deployment({ replicas: 10 });
  const old = replicaSet(owner, { replicas: 10, image: "web:1", created: "2026-11-21T09:00:00Z" });
  const current = replicaSet(owner, { replicas: 0 });
  applyPlan(planRollout(owner, current, [old]), [old, current], true);
  t.deepEqual(sizes(current, old), [3, 10]);
  applyPlan(planRollout(owner, current, [old]), [old, current], true);
  t.deepEqual(sizes(current, old), [3, 5]);
});

test("a rolling update does not scale old replicasets down while new pods are unavailable", (t) => {
  const owner = deployment({ replicas: 3 });
  const old = replicaSet(owner, { replicas: 3, image: "web:1" });
  const current = replicaSet(owner, { replicas: 1, available: 0 });
  t.deepEqual(planRollout(owner, current, [old]).scale, []);
});

test("a rolling update removes unhealthy old replicas first, then the oldest replicaset's", (t) => {
  const owner = deployment({ replicas: 3, maxSurge: { intVal: 1 }, maxUnavailable: { intVal: 1 } });
  const oldest = replicaSet(owner, { replicas: 3, image: "web:1", created: "2026-11-21T08:00:00Z" });
  const broken = replicaSet(owner, { replicas: 2, available: 0, image: "web:bad", created: "2026-11-21T09:00:00Z" });
  const current = replicaSet(owner, { replicas: 1 });
  const plan = planRollout(owner, current, [broken, oldest]);
  t.deepEqual(plan.scale.map(({ name, replicas }) => ({ name, replicas })), [
    { name: broken.metadata!.name!, replicas: 0 },
    { name: oldest.metadata!.name!, replicas: 1 },
  ]);
});

test("cleaning up unhealthy old replicas does not count on new pods that are not available yet", (t) => {
  const owner = deployment({ replicas: 3, maxSurge: { intVal: 1 }, maxUnavailable: { intVal: 1 } });
  const old = replicaSet(owner, { replicas: 3, available: 0, image: "web:1" });
  const current = replicaSet(owner, { replicas: 1, available: 0 });
  // 4 pods, 2 must stay, 1 new one is unavailable: only 1 unhealthy old pod may go.
  t.deepEqual(planRollout(owner, current, [old]).scale.map(({ replicas }) => replicas), [2]);
});

test("a fractional surge rounds up to 1, and fenceposts both resolving to 0 allow one unavailable pod", (t) => {
  const owner = deployment({ replicas: 2, maxSurge: { strVal: "10%" }, maxUnavailable: { strVal: "10%" } });
  const old = replicaSet(owner, { replicas: 2, image: "web:1" });
  const current = replicaSet(owner, { replicas: 0 });
  // 10% of 2 is 0.2: surge rounds up to 1, so the new replicaset may grow by one.
  applyPlan(planRollout(owner, current, [old]), [old, current], false);
  t.deepEqual(sizes(current, old), [1, 2]);
  const noSurge = deployment({ replicas: 2, maxSurge: { intVal: 0 }, maxUnavailable: { strVal: "10%" } });
  const old2 = replicaSet(noSurge, { replicas: 2, image: "web:1" });
  const current2 = replicaSet(noSurge, { replicas: 0 });
  applyPlan(planRollout(noSurge, current2, [old2]), [old2, current2], true);
  t.deepEqual(sizes(current2, old2), [0, 1], "maxUnavailable becomes 1 so one old pod may go");
});

test("recreate scales old replicasets to 0 and starts the new one only once no old pod runs", (t) => {
  const owner = deployment({ replicas: 3, strategy: "Recreate" });
  const old = replicaSet(owner, { replicas: 3, image: "web:1" });
  const current = replicaSet(owner, { replicas: 0 });
  const first = planRollout(owner, current, [old], { oldPodsRunning: 3 });
  t.deepEqual(first.scale.map(({ name, replicas }) => ({ name, replicas })), [{ name: old.metadata!.name!, replicas: 0 }]);
  applyPlan(first, [old, current], false);
  t.deepEqual(planRollout(owner, current, [old], { oldPodsRunning: 3 }).scale, [], "waits while old pods run");
  old.status = { replicas: 0, availableReplicas: 0 };
  t.deepEqual(planRollout(owner, current, [old], { oldPodsRunning: 1 }).scale, [], "a terminating old pod still blocks");
  const last = planRollout(owner, current, [old], { oldPodsRunning: 0 });
  t.deepEqual(last.scale.map(({ name, replicas }) => ({ name, replicas })), [{ name: current.metadata!.name!, replicas: 3 }]);
});

test("recreate counts old pods that have not terminated, including those being deleted", (t) => {
  const owner = deployment({ strategy: "Recreate" });
  const old = replicaSet(owner, { replicas: 0, image: "web:1" });
  const owned = (phase: string, deleting = false): Pod => ({
    metadata: { ownerReferences: [{ uid: old.metadata!.uid!, controller: true }], deletionTimestamp: deleting ? "2026-11-21T10:00:00Z" : "" },
    status: { phase },
  });
  const pods = [owned("Running"), owned("Running", true), owned("Succeeded"), owned("Failed"), { metadata: { ownerReferences: [{ uid: "new", controller: true }] }, status: { phase: "Running" } }];
  t.is(countOldPodsRunning(pods, [old]), 2);
});

test("changing replicas without changing the template scales the one active replicaset", (t) => {
  const owner = deployment({ replicas: 5 });
  const current = replicaSet(deployment({ replicas: 3 }), { replicas: 3 });
  const plan = planRollout(owner, current, []);
  t.deepEqual(plan, {
    createNewReplicaSet: false,
    scale: [{ name: current.metadata!.name!, replicas: 5, annotations: { [DeploymentAnnotations.desiredReplicas]: "5", [DeploymentAnnotations.maxReplicas]: "7" } }],
  });
  applyPlan(plan, [current], true);
  t.deepEqual(planRollout(owner, current, []).scale, [], "settled: nothing more to do");
});

test("scaling in the middle of a rollout grows every active replicaset in proportion", (t) => {
  const before = deployment({ replicas: 10 });
  const old = replicaSet(before, { replicas: 8, image: "web:1", created: "2026-11-21T09:00:00Z" });
  const current = replicaSet(before, { replicas: 5, available: 0 });
  const owner = deployment({ replicas: 20 });
  const plan = planRollout(owner, current, [old]);
  applyPlan(plan, [old, current], false);
  // 20 + 25% surge = 25 allowed, from 13 sized for a maximum of 13.
  t.deepEqual(sizes(current, old), [10, 15]);
});

test("a paused deployment does not start a rollout for a new template, but still scales", (t) => {
  const owner = deployment({ replicas: 4, paused: true, image: "web:2" });
  const old = replicaSet(deployment({ replicas: 2 }), { replicas: 2, image: "web:1" });
  const plan = planRollout(owner, undefined, [old]);
  t.false(plan.createNewReplicaSet);
  t.deepEqual(plan.scale.map(({ replicas }) => replicas), [4]);
});

test("a deployment being deleted plans nothing", (t) => {
  const owner = deployment();
  owner.metadata!.deletionTimestamp = "2026-11-21T10:00:00Z";
  t.deepEqual(planRollout(owner, undefined, []), { createNewReplicaSet: false, scale: [] });
});

import test from "ava";
import { deployment, replicaSet } from "./deployment-fixtures.ts";
import { deploymentComplete, progressRecheckAfterMs } from "./deployment-progress.ts";
import { deploymentStatus, sameDeploymentStatus } from "./deployment-status.ts";
import type { Condition, Deployment, DeploymentStatus } from "./types.ts";

const T0 = new Date("2026-11-21T10:00:00Z");
const T1 = new Date("2026-11-21T10:01:00Z");
const T2 = new Date("2026-11-21T10:20:00Z");

function condition(status: DeploymentStatus, type: string): Condition | undefined {
  return status.conditions?.find((candidate) => candidate.type === type);
}

function withStatus(owner: Deployment, status: DeploymentStatus): Deployment {
  return { ...owner, status };
}

test("status sums the replicasets' counts and reports updated replicas from the new one", (t) => {
  const owner = deployment({ replicas: 3, generation: 4 });
  const old = replicaSet(owner, { replicas: 2, image: "web:1" });
  const current = replicaSet(owner, { replicas: 2, available: 1 });
  const status = deploymentStatus(owner, current, [old], T0);
  t.like(status, { observedGeneration: 4, replicas: 4, updatedReplicas: 2, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 1 });
});

test("available is true at desired minus maxUnavailable and false below it", (t) => {
  const owner = deployment({ replicas: 4 });
  const enough = deploymentStatus(owner, replicaSet(owner, { replicas: 4, available: 3 }), [], T0);
  t.like(condition(enough, "Available"), { status: "True", reason: "MinimumReplicasAvailable", lastTransitionTime: "2026-11-21T10:00:00Z" });
  const short = deploymentStatus(withStatus(owner, enough), replicaSet(owner, { replicas: 4, available: 2 }), [], T1);
  t.like(condition(short, "Available"), { status: "False", reason: "MinimumReplicasUnavailable", lastTransitionTime: "2026-11-21T10:01:00Z" });
  const recreate = deployment({ replicas: 4, strategy: "Recreate" });
  t.like(condition(deploymentStatus(recreate, replicaSet(recreate, { replicas: 4, available: 3 }), [], T0), "Available"), { status: "False" });
});

test("an unchanged available condition keeps its times", (t) => {
  const owner = deployment({ replicas: 2 });
  const first = deploymentStatus(owner, replicaSet(owner, { replicas: 2 }), [], T0);
  const again = deploymentStatus(withStatus(owner, first), replicaSet(owner, { replicas: 2 }), [], T1);
  t.deepEqual(condition(again, "Available"), condition(first, "Available"));
});

test("progressing moves from NewReplicaSetCreated to ReplicaSetUpdated to NewReplicaSetAvailable", (t) => {
  // The stored status of a deployment whose template just changed: all pods are old.
  const owner = withStatus(deployment({ replicas: 2 }), { replicas: 2, updatedReplicas: 0, readyReplicas: 2, availableReplicas: 2 });
  const old = replicaSet(owner, { replicas: 2, image: "web:1" });
  const current = replicaSet(owner, { replicas: 0 });
  const created = deploymentStatus(owner, current, [old], T0, { createdNewReplicaSet: true });
  t.like(condition(created, "Progressing"), { status: "True", reason: "NewReplicaSetCreated", message: `Created new replica set "${current.metadata!.name}"` });

  const rolling = replicaSet(owner, { replicas: 1 });
  const updated = deploymentStatus(withStatus(owner, created), rolling, [old], T1);
  t.like(condition(updated, "Progressing"), { status: "True", reason: "ReplicaSetUpdated", lastUpdateTime: "2026-11-21T10:01:00Z", lastTransitionTime: "2026-11-21T10:00:00Z" });

  const done = deploymentStatus(withStatus(owner, updated), replicaSet(owner, { replicas: 2 }), [replicaSet(owner, { replicas: 0, image: "web:1" })], T2);
  t.true(deploymentComplete(owner, done));
  t.like(condition(done, "Progressing"), {
    status: "True",
    reason: "NewReplicaSetAvailable",
    message: `ReplicaSet "${current.metadata!.name}" has successfully progressed.`,
    lastUpdateTime: "2026-11-21T10:20:00Z",
    lastTransitionTime: "2026-11-21T10:00:00Z",
  }, "still True: the transition time stays");
  t.is(progressRecheckAfterMs(owner, done, T2), undefined);
});

test("a rollout with no progress past its deadline is reported as ProgressDeadlineExceeded", (t) => {
  const owner = withStatus(deployment({ replicas: 2, progressDeadlineSeconds: 600 }), { replicas: 2, readyReplicas: 2, availableReplicas: 2 });
  const old = replicaSet(owner, { replicas: 2, image: "web:1" });
  const stuck = replicaSet(owner, { replicas: 1, available: 0 });
  stuck.status!.readyReplicas = 0;
  const first = deploymentStatus(owner, stuck, [old], T0, { createdNewReplicaSet: true });
  t.is(progressRecheckAfterMs(owner, first, T1), 541_000, "recheck a second after the deadline");
  const before = deploymentStatus(withStatus(owner, first), stuck, [old], T1);
  t.like(condition(before, "Progressing"), { status: "True" });
  const after = deploymentStatus(withStatus(owner, before), stuck, [old], T2);
  t.like(condition(after, "Progressing"), { status: "False", reason: "ProgressDeadlineExceeded", lastTransitionTime: "2026-11-21T10:20:00Z" });
});

test("a paused deployment reports Progressing Unknown, and resuming says so", (t) => {
  const paused = deployment({ paused: true });
  const status = deploymentStatus(paused, replicaSet(paused, { replicas: 3 }), [], T0);
  t.like(condition(status, "Progressing"), { status: "Unknown", reason: "DeploymentPaused" });
  const resumed = deployment();
  const next = deploymentStatus(withStatus(resumed, status), replicaSet(resumed, { replicas: 3 }), [], T1);
  t.not(condition(next, "Progressing")?.reason, "DeploymentPaused");
});

test("sameDeploymentStatus notices count and condition changes only", (t) => {
  const owner = deployment();
  const status = deploymentStatus(owner, replicaSet(owner, { replicas: 3 }), [], T0);
  t.true(sameDeploymentStatus(status, structuredClone(status)));
  t.true(sameDeploymentStatus(status, { ...status, conditions: [...(status.conditions ?? [])].reverse() }));
  t.false(sameDeploymentStatus(status, { ...status, availableReplicas: 2 }));
  t.false(sameDeploymentStatus(status, { ...status, conditions: status.conditions?.map((c) => ({ ...c, lastUpdateTime: "2026-11-21T11:00:00Z" })) }));
  t.false(sameDeploymentStatus(undefined, status));
});

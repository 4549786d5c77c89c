import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { rolloutProgress } from "./status-viewers.ts";
import { NoRolloutError, rolloutKind } from "./rollout-kinds.ts";

const deployment = (status: Record<string, unknown>, generation = 2, replicas = 3): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "x", generation },
  spec: { replicas },
  status: { observedGeneration: 2, ...status },
});

test("deployment status lines follow kubectl's viewer, in its order", (t) => {
  t.is(rolloutProgress(deployment({}, 3)).message, "Waiting for deployment spec update to be observed...");
  t.is(rolloutProgress(deployment({ updatedReplicas: 1, replicas: 4 })).message, 'Waiting for deployment "x" rollout to finish: 1 out of 3 new replicas have been updated...');
  t.is(rolloutProgress(deployment({ updatedReplicas: 3, replicas: 4 })).message, 'Waiting for deployment "x" rollout to finish: 1 old replicas are pending termination...');
  t.is(rolloutProgress(deployment({ updatedReplicas: 3, replicas: 3, availableReplicas: 1 })).message, 'Waiting for deployment "x" rollout to finish: 1 of 3 updated replicas are available...');
  t.deepEqual(rolloutProgress(deployment({ updatedReplicas: 3, replicas: 3, availableReplicas: 3 })), { done: true, message: 'deployment "x" successfully rolled out' });
});

test("a deployment past its progress deadline is a failed rollout", (t) => {
  const progress = rolloutProgress(deployment({ updatedReplicas: 1, conditions: [{ type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded" }] }));
  t.is(progress.error, 'deployment "x" exceeded its progress deadline');
});

test("stateful set status waits for ready pods, then the update revision", (t) => {
  const set = (status: Record<string, unknown>, strategy = "RollingUpdate"): KubeObject => ({
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "db", generation: 1 },
    spec: { replicas: 2, updateStrategy: { type: strategy } },
    status: { observedGeneration: 1, ...status },
  });
  t.is(rolloutProgress(set({ readyReplicas: 1 })).message, "Waiting for 1 pods to be ready...");
  t.is(rolloutProgress(set({ readyReplicas: 2, updatedReplicas: 1, updateRevision: "db-b", currentRevision: "db-a" })).message, "waiting for statefulset rolling update to complete 1 pods at revision db-b...");
  t.like(rolloutProgress(set({ readyReplicas: 2, currentReplicas: 2, updateRevision: "db-b", currentRevision: "db-b" })), { done: true, message: "statefulset rolling update complete 2 pods at revision db-b..." });
  t.is(rolloutProgress(set({}, "OnDelete")).error, "rollout status is only available for RollingUpdate strategy type");
});

test("kinds without a rollout are refused by name", (t) => {
  t.is(rolloutKind("deploy").kind, "Deployment");
  t.is(rolloutKind("statefulsets.apps").kind, "StatefulSet");
  const error = t.throws(() => rolloutKind("pods"), { instanceOf: NoRolloutError });
  t.is(error?.message, 'no rollout for resource type "pods": rollout works on deployments, statefulsets and daemonsets');
});

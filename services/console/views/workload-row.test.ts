import test from "ava";
import { workloadRow } from "./workload-row.ts";

test("a Deployment rolling out counts updated, ready and available of desired", (t) => {
  const deployment = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "hello", namespace: "default", generation: 2 }, spec: { replicas: 3 }, status: { observedGeneration: 2, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 3 } };
  t.like(workloadRow("Deployment", deployment), { desired: 3, updated: 1, ready: 3, available: 3, complete: false });
  t.true(workloadRow("Deployment", { ...deployment, status: { ...deployment.status, updatedReplicas: 3 } }).complete);
  // A spec the controller has not seen yet is not complete, whatever the counts.
  t.false(workloadRow("Deployment", { ...deployment, metadata: { ...deployment.metadata, generation: 3 }, status: { ...deployment.status, updatedReplicas: 3 } }).complete);
});

test("a DaemonSet counts scheduled nodes; a ReplicaSet names its Deployment", (t) => {
  t.like(workloadRow("DaemonSet", { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "agent" }, status: { desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberReady: 2, numberAvailable: 2 } }), { desired: 3, updated: 3, ready: 2, available: 2, complete: false });
  t.like(workloadRow("ReplicaSet", { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "hello-abc", ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "hello", uid: "d1" }] }, spec: { replicas: 2 }, status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 } }), { owner: "Deployment/hello", updated: 2, complete: true });
});

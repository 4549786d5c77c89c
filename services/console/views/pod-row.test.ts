import test from "ava";
import { podRow } from "./pod-row.ts";

const pod = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { namespace: "default", name: "hello-1", uid: "u1", resourceVersion: "7", creationTimestamp: "2026-01-01T00:00:00Z", ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "hello-abc", uid: "rs1", controller: true }] },
  spec: { nodeName: "node-2", containers: [{ name: "hello" }, { name: "sidecar" }] },
  status: { phase: "Running", podIP: "127.128.2.1", containerStatuses: [{ name: "hello", ready: true, restartCount: 2, state: { running: {} } }, { name: "sidecar", ready: false, restartCount: 1, state: { waiting: { reason: "CrashLoopBackOff" } } }] },
};

test("a pod row counts ready containers and restarts and names its node and owner", (t) => {
  t.like(podRow(pod), { namespace: "default", name: "hello-1", node: "node-2", phase: "Running", ready: "1/2", restarts: 3, owner: "ReplicaSet/hello-abc", podIP: "127.128.2.1", containers: ["hello", "sidecar"], resourceVersion: "7" });
});

test("a pod row's status is a waiting reason first, Terminating when deleted, else the phase", (t) => {
  t.is(podRow(pod).status, "CrashLoopBackOff");
  t.is(podRow({ ...pod, metadata: { ...pod.metadata, deletionTimestamp: "2026-01-01T00:01:00Z" } }).status, "Terminating");
  t.is(podRow({ ...pod, status: { phase: "Succeeded" } }).status, "Succeeded");
  t.like(podRow({ apiVersion: "v1", kind: "Pod", metadata: { name: "new" } }), { status: "Pending", phase: "Pending", node: "", ready: "0/0", owner: "" });
});

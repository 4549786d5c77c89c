import test from "ava";
import { countPods, podSnapshot, waitingReasonLabel } from "./pod-snapshot.ts";

test("waiting reasons outside the fixed list are counted as other", (t) => {
  t.is(waitingReasonLabel("CrashLoopBackOff"), "CrashLoopBackOff");
  t.is(waitingReasonLabel("CreateContainerConfigError"), "other");
  t.is(waitingReasonLabel(undefined), "other");
});

test("pod snapshots count phases, waiting reasons and running containers", (t) => {
  const running = podSnapshot("default", { phase: "Running", containerStatuses: [{ state: { running: {} } }, { state: { waiting: { reason: "CrashLoopBackOff" } } }] }, [42]);
  const pending = podSnapshot("shop", { phase: "Pending", initContainerStatuses: [{ state: { waiting: { reason: "ErrImagePull" } } }], containerStatuses: [{ state: { waiting: { reason: "PodInitializing" } } }] }, []);
  const odd = podSnapshot("default", { phase: "Weird" }, []);
  const counts = countPods([running, pending, odd]);
  t.like(counts.phases, { Running: 1, Pending: 1, Unknown: 1, Succeeded: 0, Failed: 0 });
  t.like(counts.waiting, { CrashLoopBackOff: 1, ErrImagePull: 1, other: 1, ContainerCreating: 0 });
  t.is(counts.running, 1);
  t.like(counts.byNamespace.get("default"), { Running: 1, Unknown: 1, Pending: 0 });
  t.like(counts.byNamespace.get("shop"), { Pending: 1, Running: 0 });
  t.is(counts.byNamespace.size, 2);
  t.deepEqual(running.pids, [42]);
});

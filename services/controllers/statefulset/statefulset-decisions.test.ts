import test from "ava";
import { claimWithRetention } from "./claim-retention.ts";
import { claimsForOrdinal, newMemberPod } from "./identity.ts";
import { planUpdateRevision, revisionsToTrim } from "../history/revisions.ts";
import { planStatefulSet, type Revision } from "./stateful-set-plan.ts";
import { statefulSetStatus } from "./stateful-set-status.ts";
import type { ControllerRevision, PersistentVolumeClaim, Pod, StatefulSet } from "./types.ts";

const NOW = new Date("2026-12-02T10:00:00Z");
const template = (image = "db:1") => ({ metadata: { labels: { app: "db" } }, spec: { containers: [{ name: "db", image }], volumes: [{ name: "data", emptyDir: {} }] } });
const V1: Revision = { name: "db-v1", template: template("db:1") };
const V2: Revision = { name: "db-v2", template: template("db:2") };

function set(spec: Record<string, unknown> = {}): StatefulSet {
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: "db", namespace: "ns", uid: "set-uid", generation: 2 },
    spec: {
      replicas: 3, serviceName: "db-svc", selector: { matchLabels: { app: "db" } }, template: template(), podManagementPolicy: "OrderedReady",
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
      volumeClaimTemplates: [{ metadata: { name: "data", labels: { tier: "storage" } }, spec: { accessModes: ["ReadWriteOnce"] } }],
      ...spec,
    },
  } as StatefulSet;
}

function pod(ordinal: number, state: "ready" | "pending" | "terminating" | "failed" = "ready", revision = V1.name): Pod {
  const created = newMemberPod(set(), ordinal, V1.template, revision);
  created.metadata!.uid = `uid-${ordinal}`;
  if (state === "terminating") created.metadata!.deletionTimestamp = "2026-12-02T09:59:00Z";
  created.status = state === "pending" ? { phase: "Pending" } : state === "failed" ? { phase: "Failed" } : {
    phase: "Running", conditions: [{ type: "Ready", status: "True", lastTransitionTime: "2026-12-02T09:00:00Z" }],
  };
  return created;
}

function claimsOf(...ordinals: number[]): Map<string, PersistentVolumeClaim> {
  return new Map(ordinals.map((ordinal) => {
    const claim = claimsForOrdinal(set(), ordinal)[0];
    return [claim.metadata?.name ?? "", claim];
  }));
}

const plan = (s: StatefulSet, pods: Pod[], claims = claimsOf(), update = V1) => planStatefulSet({ set: s, pods, claims, current: V1, update, now: NOW });
const summary = (s: StatefulSet, pods: Pod[], claims = claimsOf(), update = V1) => plan(s, pods, claims, update).actions.map((action) =>
  `${action.type} ${action.type === "createClaim" || action.type === "updateClaim" ? action.claim.metadata?.name : action.pod.metadata?.name}`);

test("a member pod has its stable name, hostname, subdomain, labels, owner and claim volume", (t) => {
  const created = newMemberPod(set({ ordinals: { start: 5 } }), 5, V1.template, "db-v1");
  t.is(created.metadata?.name, "db-5");
  t.like(created.spec, { hostname: "db-5", subdomain: "db-svc" });
  t.deepEqual(created.metadata?.labels, { app: "db", "statefulset.kubernetes.io/pod-name": "db-5", "apps.kubernetes.io/pod-index": "5", "controller-revision-hash": "db-v1" });
  t.like(created.metadata?.ownerReferences?.[0], { kind: "StatefulSet", name: "db", uid: "set-uid", controller: true });
  t.deepEqual(created.spec?.volumes, [{ name: "data", persistentVolumeClaim: { claimName: "data-db-5" } }]);
  t.deepEqual(claimsForOrdinal(set(), 1)[0].metadata?.labels, { tier: "storage", app: "db" });
});

test("OrderedReady creates the lowest missing ordinal, its claim first, and waits for it", (t) => {
  const cases: [string, Pod[], ReturnType<typeof claimsOf>, string[]][] = [
    ["empty set", [], claimsOf(), ["createClaim data-db-0", "createPod db-0"]],
    ["claim kept from before", [], claimsOf(0), ["createPod db-0"]],
    ["pod 0 not ready", [pod(0, "pending")], claimsOf(0), []],
    ["pod 0 ready", [pod(0)], claimsOf(0), ["createClaim data-db-1", "createPod db-1"]],
    ["pod 1 deleted by the user", [pod(0), pod(2)], claimsOf(0, 1, 2), ["createPod db-1"]],
    ["pod 1 terminating", [pod(0), pod(1, "terminating"), pod(2)], claimsOf(0, 1, 2), []],
    ["pod 1 failed", [pod(0), pod(1, "failed"), pod(2)], claimsOf(0, 1, 2), ["deletePod db-1"]],
  ];
  for (const [name, pods, claims, expected] of cases) t.deepEqual(summary(set(), pods, claims), expected, name);
});

test("Parallel creates every missing ordinal at once", (t) => {
  t.deepEqual(summary(set({ podManagementPolicy: "Parallel" }), [pod(0, "pending")], claimsOf(0)), ["createClaim data-db-1", "createPod db-1", "createClaim data-db-2", "createPod db-2"]);
});

test("scale down removes the highest ordinal first, one at a time under OrderedReady, all at once under Parallel", (t) => {
  const all = [pod(0), pod(1), pod(2)];
  t.deepEqual(summary(set({ replicas: 1 }), all, claimsOf(0, 1, 2)), ["deletePod db-2"]);
  t.deepEqual(summary(set({ replicas: 1 }), [pod(0), pod(1), pod(2, "terminating")], claimsOf(0, 1, 2)), []);
  t.deepEqual(summary(set({ replicas: 1, podManagementPolicy: "Parallel" }), all, claimsOf(0, 1, 2)), ["deletePod db-2", "deletePod db-1"]);
  t.deepEqual(summary(set({ replicas: 1 }), [pod(0, "pending"), pod(1)], claimsOf(0, 1)), [], "an unready member blocks scale down");
});

test("a rolling update replaces from the highest ordinal down to the partition, one unavailable at a time", (t) => {
  const all = [pod(0), pod(1), pod(2)];
  t.deepEqual(summary(set(), all, claimsOf(0, 1, 2), V2), ["deletePod db-2"]);
  t.deepEqual(summary(set(), [pod(0), pod(1), pod(2, "ready", V2.name)], claimsOf(0, 1, 2), V2), ["deletePod db-1"]);
  t.deepEqual(summary(set(), [pod(0), pod(1), pod(2, "pending", V2.name)], claimsOf(0, 1, 2), V2), [], "waits for the updated pod to be Ready");
  const partitioned = set({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 2 } } });
  t.deepEqual(summary(partitioned, [pod(0), pod(1), pod(2, "ready", V2.name)], claimsOf(0, 1, 2), V2), []);
  const parallel = set({ podManagementPolicy: "Parallel", updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0, maxUnavailable: { intVal: 2 } } } });
  t.deepEqual(summary(parallel, all, claimsOf(0, 1, 2), V2), ["deletePod db-2", "deletePod db-1"]);
  t.deepEqual(summary(set({ updateStrategy: { type: "OnDelete" } }), all, claimsOf(0, 1, 2), V2), [], "OnDelete never deletes");
});

test("a recreated pod below the partition keeps the current revision, above it gets the update", (t) => {
  const partitioned = set({ updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 2 } }, podManagementPolicy: "Parallel" });
  const created = plan(partitioned, [pod(0)], claimsOf(0, 1, 2), V2).actions.filter((action) => action.type === "createPod");
  t.deepEqual(created.map((action) => action.pod.metadata?.labels?.["controller-revision-hash"]), ["db-v1", "db-v2"]);
  const onDelete = plan(set({ updateStrategy: { type: "OnDelete" } }), [pod(0), pod(2)], claimsOf(0, 1, 2), V2).actions;
  t.is(onDelete[0].type === "createPod" ? onDelete[0].pod.metadata?.labels?.["controller-revision-hash"] : "", "db-v2");
});

test("retention puts the set or the condemned pod among a claim's owners", (t) => {
  const claim = claimsForOrdinal(set(), 2)[0];
  const owners = (policy: Record<string, string>, condemned: boolean) =>
    (claimWithRetention(claim, set({ persistentVolumeClaimRetentionPolicy: policy }), pod(2), condemned)?.metadata?.ownerReferences ?? []).map((reference) => reference.kind);
  t.deepEqual(owners({ whenDeleted: "Retain", whenScaled: "Retain" }, true), []);
  t.deepEqual(owners({ whenDeleted: "Delete", whenScaled: "Retain" }, false), ["StatefulSet"]);
  t.deepEqual(owners({ whenDeleted: "Retain", whenScaled: "Delete" }, true), ["Pod"]);
  t.deepEqual(owners({ whenDeleted: "Delete", whenScaled: "Delete" }, true), ["Pod"]);
  t.deepEqual(owners({ whenDeleted: "Delete", whenScaled: "Delete" }, false), ["StatefulSet"]);
  const owned = claimWithRetention(claim, set({ persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" } }), pod(2), false)!;
  t.is(claimWithRetention(owned, set({ persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" } }), pod(2), false), undefined, "no change when already right");
});

test("the update revision is reused, renumbered on a rollback, or created with the next number", (t) => {
  const first = planUpdateRevision(set(), []);
  t.is(first.kind, "create");
  const v1 = first.revision as ControllerRevision;
  t.is(v1.revision, 1);
  t.regex(v1.metadata?.name ?? "", /^db-[bcdfghjklmnpqrstvwxz2456789]+$/);
  t.is(planUpdateRevision(set(), [v1]).kind, "existing");
  const v2 = planUpdateRevision(set({ template: template("db:2") }), [v1]);
  t.like(v2, { kind: "create", revision: { revision: 2 } });
  t.not(v2.revision.metadata?.name, v1.metadata?.name);
  t.like(planUpdateRevision(set(), [v1, v2.revision]), { kind: "renumber", to: 3 });
  const collided = planUpdateRevision({ ...set(), status: { collisionCount: 1 } }, []);
  t.not(collided.revision.metadata?.name, v1.metadata?.name);
});

test("history keeps the limit's newest revisions besides those in use", (t) => {
  const revisions = [1, 2, 3, 4].map((revision) => ({ metadata: { name: `r${revision}` }, revision }));
  t.deepEqual(revisionsToTrim(revisions, new Set(["r4"]), 1).map((revision) => revision.metadata?.name), ["r1", "r2"]);
  t.deepEqual(revisionsToTrim(revisions, new Set(["r1", "r4"]), 0).map((revision) => revision.metadata?.name), ["r2", "r3"]);
});

test("status counts members by readiness and revision, and completes a rolling update", (t) => {
  const mid = statefulSetStatus(set(), [pod(0), pod(1, "pending"), pod(2, "ready", V2.name)], V1.name, V2.name, 0, NOW);
  t.like(mid, { replicas: 3, readyReplicas: 2, availableReplicas: 2, currentReplicas: 2, updatedReplicas: 1, currentRevision: "db-v1", updateRevision: "db-v2", observedGeneration: 2 });
  const done = statefulSetStatus(set(), [0, 1, 2].map((ordinal) => pod(ordinal, "ready", V2.name)), V1.name, V2.name, 0, NOW);
  t.like(done, { currentRevision: "db-v2", currentReplicas: 3, updatedReplicas: 3 });
  const waiting = statefulSetStatus(set({ minReadySeconds: 7200 }), [pod(0)], V1.name, V1.name, 0, NOW);
  t.like(waiting, { readyReplicas: 1, availableReplicas: 0 });
});

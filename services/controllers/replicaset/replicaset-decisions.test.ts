import test from "ava";
import { Expectations } from "./expectations.ts";
import { podFromTemplate } from "./pod-from-template.ts";
import { replicaSetStatus, sameStatus } from "./replica-set-status.ts";
import { decideScale } from "./scale-decision.ts";
import type { Pod, ReplicaSet } from "./types.ts";

function pod(name: string, options: { node?: string; phase?: string; ready?: boolean; created?: string; restarts?: number; deleting?: boolean } = {}): Pod {
  return {
    metadata: { name, creationTimestamp: options.created ?? "2026-11-21T10:00:00Z", deletionTimestamp: options.deleting ? "2026-11-21T11:00:00Z" : "" },
    spec: { nodeName: options.node ?? "" },
    status: {
      phase: options.phase ?? "Pending",
      conditions: options.ready ? [{ type: "Ready", status: "True", lastTransitionTime: "2026-11-21T10:00:00Z" }] : [],
      containerStatuses: [{ restartCount: options.restarts ?? 0 }],
    },
  };
}

const replicaSet: ReplicaSet = {
  apiVersion: "apps/v1",
  kind: "ReplicaSet",
  metadata: { name: "web-abc", namespace: "default", uid: "rs-uid", generation: 3 },
  spec: { replicas: 3, template: { metadata: { labels: { app: "web" }, annotations: { note: "x" } }, spec: { containers: [{ name: "c", image: "img" }] } } },
};

test("a replicaset with too few active pods creates the difference; terminated and deleting pods do not count", (t) => {
  const owned = [pod("a", { phase: "Running" }), pod("b", { phase: "Failed" }), pod("c", { deleting: true })];
  t.deepEqual(decideScale(3, owned), { create: 2, delete: [] });
});

test("a replicaset with too many pods deletes unassigned, then pending, then not-ready, then newest pods first", (t) => {
  const owned = [
    pod("ready-old", { node: "n1", phase: "Running", ready: true, created: "2026-11-21T09:00:00Z" }),
    pod("ready-new", { node: "n1", phase: "Running", ready: true, created: "2026-11-21T10:00:00Z" }),
    pod("unassigned"),
    pod("pending-on-node", { node: "n2", phase: "Pending" }),
    pod("running-not-ready", { node: "n2", phase: "Running" }),
  ];
  const decision = decideScale(1, owned);
  t.is(decision.create, 0);
  t.deepEqual(decision.delete.map((p) => p.metadata?.name), ["unassigned", "pending-on-node", "running-not-ready", "ready-new"]);
});

test("among equally ready pods, the one that restarted most goes first", (t) => {
  const owned = [pod("calm", { node: "n", phase: "Running", ready: true }), pod("crashy", { node: "n", phase: "Running", ready: true, restarts: 7 })];
  t.deepEqual(decideScale(1, owned).delete.map((p) => p.metadata?.name), ["crashy"]);
});

test("a pod from the template carries its labels, a generated name and a controller reference", (t) => {
  const created = podFromTemplate(replicaSet);
  t.is(created.metadata?.generateName, "web-abc-");
  t.deepEqual(created.metadata?.labels, { app: "web" });
  t.deepEqual(created.metadata?.ownerReferences, [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-abc", uid: "rs-uid", controller: true, blockOwnerDeletion: true }]);
  t.deepEqual(created.spec?.containers?.map((c) => c.image), ["img"]);
  created.spec!.containers![0].image = "changed";
  t.is(replicaSet.spec?.template?.spec?.containers?.[0].image, "img", "the template is not shared with the pod");
});

test("status counts active, ready and available pods and records the observed generation", (t) => {
  const now = new Date("2026-11-21T10:00:30Z");
  const withMinReady = { ...replicaSet, spec: { ...replicaSet.spec, minReadySeconds: 60 } };
  const owned = [pod("a", { node: "n", phase: "Running", ready: true }), pod("b", { node: "n", phase: "Running" }), pod("c", { phase: "Succeeded" })];
  const status = replicaSetStatus(withMinReady, owned, () => true, now);
  t.like(status, { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 1, availableReplicas: 0, observedGeneration: 3 });
  t.is(replicaSetStatus(replicaSet, owned, () => true, now).availableReplicas, 1);
  t.true(sameStatus(status, { ...status }));
  t.false(sameStatus(status, { ...status, readyReplicas: 2 }));
});

test("expectations hold back a replicaset until its creations and deletions are observed, or time out", (t) => {
  let now = 0;
  const expectations = new Expectations({ timeoutMs: 1000, now: () => now });
  expectations.expect("default/web", 2, ["uid-1"]);
  t.false(expectations.satisfied("default/web"));
  expectations.creationObserved("default/web");
  expectations.creationFailed("default/web");
  t.false(expectations.satisfied("default/web"));
  expectations.deletionObserved("default/web", "uid-1");
  t.true(expectations.satisfied("default/web"));
  expectations.expect("default/other", 1);
  now = 1001;
  t.true(expectations.satisfied("default/other"));
});

import test from "ava";
import { dependentsOf, orphans } from "./dependents.ts";
import { planGarbageCollection } from "./plan-collection.ts";
import type { GcCommand, GcObject } from "./types.ts";

function object(kind: string, name: string, options: { owners?: string[]; block?: boolean; deleting?: boolean; finalizers?: string[] } = {}): GcObject {
  return {
    apiVersion: kind === "Pod" ? "v1" : "apps/v1",
    kind,
    metadata: {
      namespace: "default",
      name,
      uid: `uid-${name}`,
      deletionTimestamp: options.deleting ? "2026-11-21T10:00:00Z" : "",
      finalizers: options.finalizers ?? [],
      ownerReferences: (options.owners ?? []).map((owner) => ({ apiVersion: "apps/v1", kind: "ReplicaSet", name: owner, uid: `uid-${owner}`, controller: true, blockOwnerDeletion: options.block ?? true })),
    },
  };
}

/** Commands as short strings, sorted, so a test reads like the plan. */
function summary(commands: GcCommand[]): string[] {
  return commands.map((command) => {
    if (command.kind === "delete") return `delete ${command.ref.name} (${command.propagationPolicy})`;
    if (command.kind === "removeOwnerReference") return `unown ${command.ref.name} from ${command.ownerUid}`;
    return `unfinalize ${command.ref.name} ${command.finalizer}`;
  }).sort();
}

test("dependentsOf finds the objects that reference an owner's uid", (t) => {
  const objects = [object("ReplicaSet", "rs"), object("Pod", "a", { owners: ["rs"] }), object("Pod", "b", { owners: ["other"] })];
  t.deepEqual(dependentsOf("uid-rs", objects).map((o) => o.metadata?.name), ["a"]);
});

test("orphans are objects whose every owner is gone; one live owner keeps an object", (t) => {
  const objects = [
    object("Pod", "lost", { owners: ["gone"] }),
    object("Pod", "shared", { owners: ["gone", "rs"] }),
    object("Pod", "free"),
    object("Pod", "leaving", { owners: ["gone"], deleting: true }),
  ];
  t.deepEqual(orphans(objects, new Set(["uid-rs"])).map((o) => o.metadata?.name), ["lost"]);
});

test("background collection deletes orphans and drops dangling references from objects that keep a live owner", (t) => {
  const objects = [object("ReplicaSet", "rs"), object("Pod", "lost", { owners: ["gone"] }), object("Pod", "shared", { owners: ["gone", "rs"] }), object("Pod", "kept", { owners: ["rs"] })];
  t.deepEqual(summary(planGarbageCollection(objects)), ["delete lost (Background)", "unown shared from uid-gone"]);
});

test("owners outside the snapshot count as alive when their uids are given", (t) => {
  const objects = [object("Pod", "a", { owners: ["rs"] })];
  t.deepEqual(planGarbageCollection(objects, new Set(["uid-rs"])), []);
  t.deepEqual(summary(planGarbageCollection(objects)), ["delete a (Background)"]);
});

test("foreground deletion deletes dependents (those with dependents of their own in foreground) and frees the owner when none block", (t) => {
  const deployment = object("Deployment", "web", { deleting: true, finalizers: ["foregroundDeletion"] });
  const replicaSet = object("ReplicaSet", "rs", { owners: ["web"] });
  const pod = object("Pod", "p", { owners: ["rs"] });
  t.deepEqual(summary(planGarbageCollection([deployment, replicaSet, pod])), ["delete rs (Foreground)"]);

  const deletingReplicaSet = object("ReplicaSet", "rs", { owners: ["web"], deleting: true, finalizers: ["foregroundDeletion"] });
  t.deepEqual(summary(planGarbageCollection([deployment, deletingReplicaSet, pod])), ["delete p (Background)"], "the deployment waits for its replicaset");
  t.deepEqual(summary(planGarbageCollection([deployment, deletingReplicaSet])), ["unfinalize rs foregroundDeletion"]);
  t.deepEqual(summary(planGarbageCollection([deployment])), ["unfinalize web foregroundDeletion"]);
});

test("a foreground owner waits only for dependents that block its deletion", (t) => {
  const owner = object("ReplicaSet", "rs", { deleting: true, finalizers: ["foregroundDeletion"] });
  const nonBlocking = object("Pod", "p", { owners: ["rs"], block: false });
  t.deepEqual(summary(planGarbageCollection([owner, nonBlocking])), ["delete p (Background)", "unfinalize rs foregroundDeletion"]);
});

test("a dependent with another live owner is not deleted with a foreground owner, only released", (t) => {
  const owner = object("ReplicaSet", "rs", { deleting: true, finalizers: ["foregroundDeletion"] });
  const other = object("ReplicaSet", "other");
  const shared = object("Pod", "p", { owners: ["rs", "other"] });
  t.deepEqual(summary(planGarbageCollection([owner, other, shared])), ["unown p from uid-rs"]);
});

test("orphan deletion removes the owner references first and the finalizer once no dependent is left", (t) => {
  const owner = object("ReplicaSet", "rs", { deleting: true, finalizers: ["orphan"] });
  const pods = [object("Pod", "a", { owners: ["rs"] }), object("Pod", "b", { owners: ["rs"] })];
  t.deepEqual(summary(planGarbageCollection([owner, ...pods])), ["unown a from uid-rs", "unown b from uid-rs"]);
  const released = pods.map((pod) => ({ ...pod, metadata: { ...pod.metadata, ownerReferences: [] } }));
  t.deepEqual(summary(planGarbageCollection([owner, ...released])), ["unfinalize rs orphan"]);
});

test("an owner that is not being deleted keeps its finalizers", (t) => {
  const owner = object("ReplicaSet", "rs", { finalizers: ["orphan", "foregroundDeletion"] });
  t.deepEqual(planGarbageCollection([owner, object("Pod", "a", { owners: ["rs"] })]), []);
});

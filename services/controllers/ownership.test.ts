import test from "ava";
import { labelSelectorFromMessage } from "../../runtime/selectors/label-selector.ts";
import { claimObjects, controllerRefOf, withControllerReference, withoutOwnerReference, type OwnableObject } from "./ownership.ts";

const owner: OwnableObject = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web", namespace: "default", uid: "rs-uid" } };
const selector = labelSelectorFromMessage({ matchLabels: { app: "web" } });

function pod(name: string, labels: Record<string, string>, options: { controller?: string; deleting?: boolean } = {}): OwnableObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      labels,
      deletionTimestamp: options.deleting ? "2026-11-21T10:00:00Z" : "",
      ownerReferences: options.controller ? [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "x", uid: options.controller, controller: true }] : [],
    },
  };
}

const names = (objects: OwnableObject[]) => objects.map((object) => object.metadata?.name);

test("a controller owns matching controlled objects, adopts matching orphans and releases what no longer matches", (t) => {
  const claim = claimObjects(owner, [
    pod("mine", { app: "web" }, { controller: "rs-uid" }),
    pod("orphan", { app: "web" }),
    pod("stranger", { app: "db" }),
    pod("other-controller", { app: "web" }, { controller: "other" }),
    pod("relabelled", { app: "db" }, { controller: "rs-uid" }),
    pod("leaving-orphan", { app: "web" }, { deleting: true }),
    pod("leaving-relabelled", { app: "db" }, { controller: "rs-uid", deleting: true }),
  ], selector);
  t.deepEqual(names(claim.owned), ["mine", "leaving-relabelled"]);
  t.deepEqual(names(claim.adopt), ["orphan"]);
  t.deepEqual(names(claim.release), ["relabelled"]);
});

test("a deleting owner and an empty selector adopt nothing", (t) => {
  const deleting = { ...owner, metadata: { ...owner.metadata, deletionTimestamp: "2026-11-21T10:00:00Z" } };
  t.deepEqual(claimObjects(deleting, [pod("orphan", { app: "web" })], selector).adopt, []);
  t.deepEqual(claimObjects(owner, [pod("orphan", { app: "web" })], labelSelectorFromMessage({})).adopt, []);
});

test("adoption adds a controller reference and release removes it, leaving other references", (t) => {
  const adopted = withControllerReference(pod("orphan", { app: "web" }), owner);
  t.like(controllerRefOf(adopted), { kind: "ReplicaSet", name: "web", uid: "rs-uid", controller: true, blockOwnerDeletion: true });
  const shared = { ...adopted, metadata: { ...adopted.metadata, ownerReferences: [...(adopted.metadata?.ownerReferences ?? []), { kind: "ConfigMap", name: "c", uid: "cm" }] } };
  t.deepEqual(withoutOwnerReference(shared, "rs-uid").metadata?.ownerReferences?.map((reference) => reference.uid), ["cm"]);
});

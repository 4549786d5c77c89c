import test from "ava";
import type { KubeObject } from "../../runtime/api-client.ts";
import { chooseUndo, findRevision, historyTable, ownedRevisions, templatesEqual } from "./revisions.ts";

const owner: KubeObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", uid: "u-1" } };
const template = (image: string, hash = "h") => ({ metadata: { labels: { app: "web", "pod-template-hash": hash } }, spec: { containers: [{ name: "web", image }] } });

function replicaSet(revision: number, image: string, options: { uid?: string; cause?: string } = {}): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `web-${revision}`,
      annotations: { "deployment.kubernetes.io/revision": String(revision), ...(options.cause ? { "kubernetes.io/change-cause": options.cause } : {}) },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: options.uid ?? "u-1", controller: true }],
    },
    spec: { template: template(image, `h${revision}`) },
  };
}

test("a deployment's history is its own replica sets by revision, oldest first, with change-cause", (t) => {
  const revisions = ownedRevisions(owner, [replicaSet(3, "web:3", { cause: "bump" }), replicaSet(1, "web:1"), replicaSet(2, "web:2", { uid: "other" })], "replicasets");
  t.deepEqual(revisions.map((r) => [r.revision, r.changeCause]), [[1, ""], [3, "bump"]]);
  t.is(historyTable("deployment.apps/web", revisions), "deployment.apps/web\nREVISION  CHANGE-CAUSE\n1         <none>\n3         bump\n\n");
});

test("a stateful set's history comes from the controller revisions it owns", (t) => {
  const set: KubeObject = { apiVersion: "apps/v1", kind: "StatefulSet", metadata: { name: "db", uid: "s-1" } };
  const revision = (n: number, image: string): KubeObject => ({
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: { name: `db-${n}`, ownerReferences: [{ apiVersion: "apps/v1", kind: "StatefulSet", name: "db", uid: "s-1", controller: true }] },
    revision: n,
    data: { spec: { template: template(image) } },
  } as KubeObject);
  const revisions = ownedRevisions(set, [revision(2, "db:2"), revision(1, "db:1")], "controllerrevisions");
  t.deepEqual(revisions.map((r) => r.revision), [1, 2]);
  t.is((revisions[0].template.spec as { containers: { image: string }[] }).containers[0].image, "db:1");
});

test("templates compare without the pod-template-hash label and key order", (t) => {
  t.true(templatesEqual(template("web:1", "a"), { spec: { containers: [{ image: "web:1", name: "web" }] }, metadata: { labels: { app: "web" } } }));
  t.false(templatesEqual(template("web:1"), template("web:2")));
});

test("undo goes to the revision before the newest, or the one asked for", (t) => {
  const revisions = ownedRevisions(owner, [replicaSet(1, "web:1"), replicaSet(2, "web:2"), replicaSet(3, "web:3")], "replicasets");
  const current = template("web:3");
  t.like(chooseUndo(revisions, current, 0), { kind: "rollback", revision: { revision: 2 } });
  t.like(chooseUndo(revisions, current, 1), { kind: "rollback", revision: { revision: 1 } });
});

test("undo to the template already running is skipped, to an unknown revision an error naming it", (t) => {
  const revisions = ownedRevisions(owner, [replicaSet(1, "web:1"), replicaSet(2, "web:2")], "replicasets");
  t.deepEqual(chooseUndo(revisions, template("web:2"), 2), { kind: "skip", revision: 2 });
  t.deepEqual(chooseUndo(revisions, template("web:2"), 7), { kind: "error", message: "unable to find specified revision 7 in history" });
  t.deepEqual(chooseUndo(revisions.slice(0, 1), template("web:1"), 0), { kind: "error", message: "no rollout history found" });
  t.is(findRevision(revisions, 9), "unable to find the specified revision 9");
});

import test from "ava";
import { deployment, replicaSet } from "./deployment-fixtures.ts";
import { findNewReplicaSet, isHashCollision, newReplicaSet, oldReplicaSets, revisionOf, syncedNewReplicaSet } from "./new-replica-set.ts";
import { podTemplateHash } from "./pod-template-hash.ts";
import { DeploymentAnnotations, POD_TEMPLATE_HASH_LABEL } from "./well-known.ts";

test("the new replicaset is named by the template hash and adds it to labels, selector and template", (t) => {
  const owner = deployment({ replicas: 4 });
  owner.metadata!.annotations = { "kubernetes.io/change-cause": "bump", "kubectl.kubernetes.io/last-applied-configuration": "{}" };
  const hash = podTemplateHash(owner.spec!.template);
  const created = newReplicaSet(owner, [replicaSet(owner, { replicas: 0, image: "web:1", revision: 4 })]);
  t.is(created.metadata?.name, `web-${hash}`);
  t.deepEqual(created.metadata?.labels, { app: "web", tier: "front", [POD_TEMPLATE_HASH_LABEL]: hash });
  t.deepEqual(created.spec?.selector?.matchLabels, { app: "web", [POD_TEMPLATE_HASH_LABEL]: hash });
  t.deepEqual(created.spec?.template?.metadata?.labels, { app: "web", tier: "front", [POD_TEMPLATE_HASH_LABEL]: hash });
  t.is(created.spec?.replicas, 0);
  t.deepEqual(created.metadata?.ownerReferences, [{ apiVersion: "apps/v1", kind: "Deployment", name: "web", uid: "deploy-uid", controller: true, blockOwnerDeletion: true }]);
  t.deepEqual(created.metadata?.annotations, {
    "kubernetes.io/change-cause": "bump",
    [DeploymentAnnotations.revision]: "5",
    [DeploymentAnnotations.desiredReplicas]: "4",
    [DeploymentAnnotations.maxReplicas]: "5",
  });
  t.deepEqual(owner.spec?.template?.metadata?.labels, { app: "web", tier: "front" }, "the deployment's template is not changed");
});

test("a collision count gives the new replicaset another name", (t) => {
  const owner = deployment();
  const first = newReplicaSet(owner, []).metadata?.name;
  owner.status!.collisionCount = 1;
  t.not(newReplicaSet(owner, []).metadata?.name, first);
});

test("the new replicaset is the controlled one whose template equals the deployment's, hash label aside", (t) => {
  const owner = deployment({ image: "web:2" });
  const current = replicaSet(owner, { replicas: 1, created: "2026-11-21T11:00:00Z" });
  const old = replicaSet(owner, { replicas: 2, image: "web:1" });
  const foreign = replicaSet(owner, { replicas: 1, created: "2026-11-21T09:00:00Z" });
  foreign.metadata!.ownerReferences = [{ apiVersion: "apps/v1", kind: "Deployment", name: "other", uid: "other-uid", controller: true }];
  // Label order in the stored template must not matter.
  const labels = current.spec!.template!.metadata!.labels!;
  current.spec!.template!.metadata!.labels = Object.fromEntries(Object.entries(labels).reverse());
  t.is(findNewReplicaSet(owner, [old, foreign, current]), current);
  t.deepEqual(oldReplicaSets(owner, [old, foreign, current]), [old]);
  t.is(findNewReplicaSet(owner, [old]), undefined);
  const duplicate = { ...replicaSet(owner, { replicas: 1, created: "2026-11-21T12:00:00Z" }), metadata: { ...current.metadata, name: "web-dup", uid: "dup", creationTimestamp: "2026-11-21T12:00:00Z" } };
  t.is(findNewReplicaSet(owner, [duplicate, current]), current, "the oldest of equal templates is the new one");
  t.deepEqual(oldReplicaSets(owner, [duplicate, current]), [duplicate]);
  t.deepEqual(oldReplicaSets(owner, [old]), [old]);
});

test("rolling back to an old template makes its replicaset the newest revision again", (t) => {
  const owner = deployment({ image: "web:1" });
  const reused = replicaSet(owner, { replicas: 0, revision: 1 });
  const newer = replicaSet(owner, { replicas: 3, image: "web:2", revision: 2 });
  const synced = syncedNewReplicaSet(owner, reused, [newer]);
  t.is(synced && revisionOf(synced), 3);
  t.is(syncedNewReplicaSet(owner, synced!, [newer]), undefined, "an up-to-date replicaset needs no update");
  t.is(revisionOf(reused), 1, "the input is not changed");
});

test("a same-named replicaset is a hash collision unless it is the deployment's own copy of the template", (t) => {
  const owner = deployment();
  const own = newReplicaSet(owner, []);
  t.false(isHashCollision(owner, own));
  const otherTemplate = replicaSet(owner, { replicas: 1, image: "web:9" });
  t.true(isHashCollision(owner, { ...otherTemplate, metadata: own.metadata }));
  t.true(isHashCollision(owner, { ...own, metadata: { ...own.metadata, ownerReferences: [] } }));
});

import test from "ava";
import { deployment, replicaSet } from "./deployment-fixtures.ts";
import { replicaSetsToDelete } from "./history.ts";

test("old replicasets beyond revisionHistoryLimit are deleted oldest revision first", (t) => {
  const owner = deployment({ revisionHistoryLimit: 2 });
  const olds = [4, 1, 3, 2].map((revision) => replicaSet(owner, { replicas: 0, image: `web:${revision}`, revision }));
  t.deepEqual(replicaSetsToDelete(owner, olds).map((rs) => rs.metadata?.name), [olds[1].metadata?.name, olds[3].metadata?.name]);
});

test("history cleanup skips replicasets that still have pods or are already being deleted", (t) => {
  const owner = deployment({ revisionHistoryLimit: 1 });
  const draining = replicaSet(owner, { replicas: 0, image: "web:1", revision: 1 });
  draining.status!.replicas = 1;
  const deleting = replicaSet(owner, { replicas: 0, image: "web:2", revision: 2 });
  deleting.metadata!.deletionTimestamp = "2026-11-21T10:00:00Z";
  const scaledDown = replicaSet(owner, { replicas: 0, image: "web:3", revision: 3 });
  const kept = replicaSet(owner, { replicas: 0, image: "web:4", revision: 4 });
  // Alive: draining, scaledDown, kept; the two oldest are over the limit, but draining has a pod.
  t.deepEqual(replicaSetsToDelete(owner, [kept, scaledDown, deleting, draining]), [scaledDown]);
});

test("without a revisionHistoryLimit, or within it, nothing is deleted", (t) => {
  const owner = deployment({ revisionHistoryLimit: 3 });
  const olds = [1, 2, 3].map((revision) => replicaSet(owner, { replicas: 0, image: `web:${revision}`, revision }));
  t.deepEqual(replicaSetsToDelete(owner, olds), []);
  delete owner.spec!.revisionHistoryLimit;
  t.deepEqual(replicaSetsToDelete(owner, [...olds, replicaSet(owner, { replicas: 0, image: "web:0" })]), []);
});

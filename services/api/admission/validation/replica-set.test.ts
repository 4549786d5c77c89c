import test from "ava";
import { defaultReplicaSet } from "../defaults/workloads.ts";
import { validateReplicaSet, validateReplicaSetUpdate } from "./replica-set.ts";

function replicaSet(spec: Record<string, unknown> = {}): Record<string, any> {
  const value: Record<string, any> = {
    spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "web:1" }] } }, ...spec },
  };
  defaultReplicaSet(value);
  return value;
}

test("a replica set needs a selector matching its template labels", (t) => {
  t.deepEqual(validateReplicaSet(replicaSet()), []);
  t.deepEqual(validateReplicaSet(replicaSet({ selector: { matchLabels: { app: "db" } } })).map((error) => error.field), ["spec.template.metadata.labels"]);
  t.deepEqual(validateReplicaSet(replicaSet({ replicas: -1 })).map((error) => error.field), ["spec.replicas"]);
});

test("a replica set's selector is immutable", (t) => {
  t.deepEqual(validateReplicaSetUpdate(replicaSet({ replicas: 3 }), replicaSet()), []);
  const errors = validateReplicaSetUpdate(replicaSet({ selector: { matchLabels: { app: "db" } } }), replicaSet());
  t.deepEqual(errors.map((error) => `${error.field} ${error.message}`), ['spec.selector Invalid value: {"matchLabels":{"app":"db"}}: field is immutable']);
});

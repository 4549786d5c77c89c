import test from "ava";
import { applyJsonPatch } from "./json-patch.ts";
import type { JsonObject } from "./json-value.ts";

const deployment: JsonObject = { metadata: { name: "web", labels: { app: "web" } }, spec: { replicas: 1, template: { spec: { containers: [{ name: "web", image: "a" }] } } } };

const applies: { title: string; patch: unknown[]; expect: (out: JsonObject) => unknown; value: unknown }[] = [
  { title: "replace sets a value", patch: [{ op: "replace", path: "/spec/replicas", value: 3 }], expect: (o) => (o.spec as JsonObject).replicas, value: 3 },
  { title: "add into a list entry", patch: [{ op: "add", path: "/spec/template/spec/containers/0/image", value: "b" }], expect: (o) => JSON.stringify(o.spec), value: JSON.stringify({ replicas: 1, template: { spec: { containers: [{ name: "web", image: "b" }] } } }) },
  { title: "remove drops a key", patch: [{ op: "remove", path: "/metadata/labels/app" }], expect: (o) => JSON.stringify((o.metadata as JsonObject).labels), value: "{}" },
  { title: "a passing test lets the rest apply", patch: [{ op: "test", path: "/spec/replicas", value: 1 }, { op: "replace", path: "/spec/replicas", value: 2 }], expect: (o) => (o.spec as JsonObject).replicas, value: 2 },
  { title: "escaped keys address annotations", patch: [{ op: "add", path: "/metadata/labels/a~1b", value: "x" }], expect: (o) => ((o.metadata as JsonObject).labels as JsonObject)["a/b"], value: "x" },
];

for (const { title, patch, expect, value } of applies) {
  test(`json patch: ${title}`, (t) => {
    t.deepEqual(expect(applyJsonPatch(deployment, patch)), value);
  });
}

const failures: { title: string; patch: unknown; reason: string; message: RegExp }[] = [
  { title: "a failed test op names its index and path", patch: [{ op: "replace", path: "/spec/replicas", value: 2 }, { op: "test", path: "/spec/replicas", value: 9 }], reason: "Invalid", message: /operation 1 \(test \/spec\/replicas\).*test failed/ },
  { title: "a path that does not resolve", patch: [{ op: "replace", path: "/spec/nothing/here", value: 1 }], reason: "Invalid", message: /operation 0 \(replace \/spec\/nothing\/here\)/ },
  { title: "an unknown op is malformed", patch: [{ op: "frobnicate", path: "/spec" }], reason: "BadRequest", message: /operation 0/ },
  { title: "a patch that is not an array is malformed", patch: { op: "add" }, reason: "BadRequest", message: /must be an array/ },
  { title: "a value missing from replace is malformed", patch: [{ op: "replace", path: "/spec/replicas" }], reason: "BadRequest", message: /value/ },
];

for (const { title, patch, reason, message } of failures) {
  test(`json patch: ${title}`, (t) => {
    const error = t.throws(() => applyJsonPatch(deployment, patch)) as Error & { reason: string };
    t.is(error.reason, reason);
    t.regex(error.message, message);
  });
}

test("json patch leaves the document it was given untouched", (t) => {
  const before = JSON.stringify(deployment);
  applyJsonPatch(deployment, [{ op: "replace", path: "/spec/replicas", value: 7 }]);
  t.throws(() => applyJsonPatch(deployment, [{ op: "replace", path: "/spec/replicas", value: 7 }, { op: "test", path: "/x", value: 1 }]));
  t.is(JSON.stringify(deployment), before);
});
